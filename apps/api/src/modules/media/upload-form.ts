import type { FastifyRequest } from 'fastify';
import { Value } from 'typebox/value';
import { LOCALES } from '../../db/schema/common.js';
import { HttpProblem, PROBLEM_TYPES, invalidField, invalidFields } from '../../shared/problems.js';
import { UploadFields, type MediaTranslationsInput } from './staff-schemas.js';

export interface UploadForm {
  bytes: Buffer;
  /** The name the client gave the file: for display, never for deciding anything. */
  filename: string | undefined;
  fields: UploadFields;
  translations: MediaTranslationsInput;
}

/** Busboy limits: one file, a handful of short text fields. */
const MAX_FIELDS = Object.keys(UploadFields.properties).length;
const FIELD_BYTES = 8 * 1024;

const badForm = (detail: string) =>
  new HttpProblem({
    status: 400,
    title: 'Invalid request',
    type: PROBLEM_TYPES.validation,
    detail,
  });

function tooLarge(maxBytes: number) {
  const mb = maxBytes / (1024 * 1024);
  return new HttpProblem({
    status: 413,
    title: 'Content Too Large',
    type: 'urn:jaryk:problem:file-too-large',
    detail: `The file is larger than ${Number.isInteger(mb) ? mb : mb.toFixed(1)} MB.`,
  });
}

/** What @fastify/multipart and busboy throw, as the problem a client can act on. */
function formProblem(error: unknown, maxBytes: number): HttpProblem {
  if (error instanceof HttpProblem) return error;
  switch ((error as { code?: string }).code) {
    case 'FST_REQ_FILE_TOO_LARGE':
      return tooLarge(maxBytes);
    case 'FST_FILES_LIMIT':
      return badForm('Send one file per upload, in the part named "file".');
    case 'FST_PARTS_LIMIT':
    case 'FST_FIELDS_LIMIT':
      return badForm(`The form has too many parts: one file and at most ${MAX_FIELDS} fields.`);
    default:
      // Busboy's own errors (truncated body, broken part headers) carry no code.
      return badForm('The multipart form data is malformed.');
  }
}

/**
 * Reads a `multipart/form-data` upload: exactly one file in the part `file` (held in memory,
 * at most `maxBytes`) and the optional text fields of `UploadFields`.
 */
export async function readUploadForm(
  request: FastifyRequest,
  maxBytes: number,
): Promise<UploadForm> {
  if (!request.isMultipart()) {
    throw new HttpProblem({
      status: 415,
      title: 'Unsupported Media Type',
      type: 'urn:jaryk:problem:unsupported-media-type',
      detail: 'Send the upload as multipart/form-data.',
    });
  }
  let file: { bytes: Buffer; filename: string | undefined } | undefined;
  const raw: Record<string, string> = {};
  try {
    const parts = request.parts({
      limits: {
        fileSize: maxBytes,
        files: 1,
        fields: MAX_FIELDS,
        parts: MAX_FIELDS + 1,
        fieldSize: FIELD_BYTES,
        fieldNameSize: 100,
        headerPairs: 20,
      },
    });
    for await (const part of parts) {
      if (part.type === 'file') {
        if (part.fieldname !== 'file') {
          part.file.resume();
          throw invalidField('body', part.fieldname, 'is not a known file field (use "file")');
        }
        file = { bytes: await part.toBuffer(), filename: part.filename };
        continue;
      }
      if (part.fieldnameTruncated) throw badForm('A field name is too long.');
      if (!Object.hasOwn(UploadFields.properties, part.fieldname))
        throw invalidField('body', part.fieldname, 'is not a known field');
      if (part.valueTruncated) throw invalidField('body', part.fieldname, 'is too long');
      if (Object.hasOwn(raw, part.fieldname))
        throw invalidField('body', part.fieldname, 'is sent more than once');
      raw[part.fieldname] =
        typeof part.value === 'string' ? part.value : JSON.stringify(part.value);
    }
  } catch (error) {
    const problem = formProblem(error, maxBytes);
    if (problem.status === 400 && !(error instanceof HttpProblem))
      request.log.debug({ err: error }, 'malformed upload');
    throw problem;
  }
  if (!file) throw invalidField('body', 'file', 'is required');
  if (file.bytes.length === 0) throw invalidField('body', 'file', 'is empty');

  // Empty fields are absent (a form sends every input, filled or not).
  const present = Object.fromEntries(Object.entries(raw).filter(([, v]) => v.trim() !== ''));
  const fields = Value.Convert(UploadFields, present);
  if (!Value.Check(UploadFields, fields)) {
    const errors = [...Value.Errors(UploadFields, fields)].map((e) => ({
      in: 'body' as const,
      field: e.instancePath.replace(/^\//, '').replaceAll('~1', '/') || 'body',
      message: e.message,
    }));
    throw invalidFields(errors);
  }
  const translations: MediaTranslationsInput = {};
  for (const locale of LOCALES) {
    const texts = {
      title: fields[`title.${locale}`],
      alt: fields[`alt.${locale}`],
      caption: fields[`caption.${locale}`],
    };
    if (texts.title ?? texts.alt ?? texts.caption) translations[locale] = texts;
  }
  return { bytes: file.bytes, filename: file.filename, fields, translations };
}

import sharp, { type Metadata, type OutputInfo, type Sharp, type SharpOptions } from 'sharp';
import type { MediaVariant } from '../../db/schema/media.js';
import { HttpProblem } from '../../shared/problems.js';

/**
 * The upload pipeline: what a file is (decided by its bytes, never by its name or declared
 * type), and the files we keep of it. Images are decoded and re-encoded, so nothing of the
 * upload's metadata (EXIF, GPS, XMP, IPTC, ICC, comments) can survive; the raw upload itself is
 * never stored.
 */

export type Sniffed =
  | { kind: 'image'; format: 'jpeg' | 'png' | 'gif' | 'webp' | 'heif' }
  | { kind: 'document'; format: 'pdf' };

/** ISO-BMFF brands of AVIF and HEIC/HEIF still images. */
const HEIF_BRANDS = new Set([
  'avif',
  'avis',
  'heic',
  'heix',
  'hevc',
  'hevx',
  'heim',
  'heis',
  'mif1',
  'msf1',
]);

const startsWith = (bytes: Buffer, ascii: string, offset = 0) =>
  bytes.length >= offset + ascii.length &&
  bytes.subarray(offset, offset + ascii.length).toString('latin1') === ascii;

/** The type a file's first bytes announce, among the ones we accept; null for anything else. */
export function sniff(bytes: Buffer): Sniffed | null {
  if (bytes.length >= 3 && bytes[0] === 0xff && bytes[1] === 0xd8 && bytes[2] === 0xff)
    return { kind: 'image', format: 'jpeg' };
  if (startsWith(bytes, '\x89PNG\r\n\x1a\n')) return { kind: 'image', format: 'png' };
  if (startsWith(bytes, 'GIF87a') || startsWith(bytes, 'GIF89a'))
    return { kind: 'image', format: 'gif' };
  if (startsWith(bytes, 'RIFF') && startsWith(bytes, 'WEBP', 8))
    return { kind: 'image', format: 'webp' };
  if (startsWith(bytes, 'ftyp', 4) && HEIF_BRANDS.has(bytes.subarray(8, 12).toString('latin1')))
    return { kind: 'image', format: 'heif' };
  if (startsWith(bytes, '%PDF-')) return { kind: 'document', format: 'pdf' };
  return null;
}

export const unsupportedType = (detail: string) =>
  new HttpProblem({
    status: 415,
    title: 'Unsupported Media Type',
    type: 'urn:jaryk:problem:unsupported-media-type',
    detail,
  });

const ACCEPTED =
  'Upload a photo (JPEG, PNG, WebP, GIF, AVIF or HEIC) or a PDF document. SVG, HTML and other files are not accepted.';

/** Variant widths in CSS pixels; never upscaled. */
export const VARIANT_WIDTHS = [480, 960, 1600] as const;
/** Larger images are refused before decoding (a decompression bomb costs nothing to send). */
export const MAX_INPUT_PIXELS = 120_000_000;

const MIME_OF_FORMAT: Record<Sniffed['format'], string> = {
  jpeg: 'image/jpeg',
  png: 'image/png',
  gif: 'image/gif',
  webp: 'image/webp',
  heif: 'image/heif',
  pdf: 'application/pdf',
};

export interface EncodedFile {
  /** File name inside the upload's key folder. */
  name: string;
  contentType: string;
  bytes: Buffer;
}

export interface ProcessedUpload {
  kind: 'image' | 'document';
  /** Type of the uploaded file, as its bytes say. */
  mimeType: string;
  /** Size of the image once upright (EXIF orientation applied); null for documents. */
  width: number | null;
  height: number | null;
  files: EncodedFile[];
  /** The variants, without their keys (the caller places them). */
  variants: (Omit<MediaVariant, 'key'> & { name: string })[];
  /** File name of the file `url` serves: the PDF, or the largest JPEG/PNG variant. */
  mainName: string;
}

/** The widths to produce for an image this wide: the standard ones below it, then its own. */
export function variantWidths(width: number): number[] {
  const widths: number[] = VARIANT_WIDTHS.filter((w) => w < width);
  widths.push(Math.min(width, VARIANT_WIDTHS[VARIANT_WIDTHS.length - 1]!));
  return [...new Set(widths)];
}

const ENCODERS = {
  // AVIF dominates the time: effort 1 is ~4x faster than the default (4) for a few % in size.
  avif: (s: Sharp) => s.avif({ quality: 55, effort: 1 }),
  webp: (s: Sharp) => s.webp({ quality: 78, effort: 2 }),
  jpeg: (s: Sharp) => s.jpeg({ quality: 82, mozjpeg: true }),
  png: (s: Sharp) => s.png({ compressionLevel: 8 }),
} as const;
const EXTENSIONS = { avif: 'avif', webp: 'webp', jpeg: 'jpg', png: 'png' } as const;
const OUTPUT_TYPES = {
  avif: 'image/avif',
  webp: 'image/webp',
  jpeg: 'image/jpeg',
  png: 'image/png',
} as const;

/** Images decoded at once: each takes a core and ~100 MB at 12 MP; the rest wait their turn. */
const MAX_CONCURRENT_IMAGES = 2;
let running = 0;
const waiting: (() => void)[] = [];

async function withImageSlot<T>(work: () => Promise<T>): Promise<T> {
  if (running >= MAX_CONCURRENT_IMAGES) await new Promise<void>((go) => waiting.push(go));
  running++;
  try {
    return await work();
  } finally {
    running--;
    waiting.shift()?.();
  }
}

async function processImage(bytes: Buffer, format: Sniffed['format']): Promise<ProcessedUpload> {
  const options: SharpOptions = { limitInputPixels: MAX_INPUT_PIXELS, failOn: 'error' };
  let metadata: Metadata;
  try {
    // The header only (no pixel limit yet, so that a too large image gets its own answer).
    metadata = await sharp(bytes, { ...options, limitInputPixels: false }).metadata();
  } catch {
    throw unsupportedType(`The file could not be read as an image. ${ACCEPTED}`);
  }
  // The decoder is the authority: its verdict must agree with the magic bytes.
  if (metadata.format !== format || !metadata.width || !metadata.height) {
    throw unsupportedType(`The file is not a valid image. ${ACCEPTED}`);
  }
  if (metadata.width * metadata.height > MAX_INPUT_PIXELS) {
    throw new HttpProblem({
      status: 413,
      title: 'Content Too Large',
      type: 'urn:jaryk:problem:image-too-large',
      detail: `The image has more than ${MAX_INPUT_PIXELS / 1_000_000} megapixels.`,
    });
  }
  const upright = (metadata.orientation ?? 1) >= 5;
  const width = upright ? metadata.height : metadata.width;
  const height = upright ? metadata.width : metadata.height;
  const widths = variantWidths(width);

  let decoded: { data: Buffer; info: OutputInfo };
  try {
    // One decode, turned upright and cut to the largest variant (JPEG shrinks while decoding);
    // the result is sRGB pixels and nothing else: no metadata travels further.
    decoded = await sharp(bytes, options)
      .autoOrient()
      .resize({ width: widths[widths.length - 1]!, withoutEnlargement: true })
      .toColourspace('srgb')
      .raw()
      .toBuffer({ resolveWithObject: true });
  } catch {
    throw unsupportedType(`The image could not be decoded. ${ACCEPTED}`);
  }
  const raw = {
    width: decoded.info.width,
    height: decoded.info.height,
    channels: decoded.info.channels,
  };
  let pixels = sharp(decoded.data, { raw });
  // Transparency that shows: keep it (PNG fallback); an alpha channel that is all opaque: drop it.
  const transparent = raw.channels === 4 && !(await pixels.stats()).isOpaque;
  if (raw.channels === 4 && !transparent) pixels = pixels.removeAlpha();
  const fallback = transparent ? 'png' : 'jpeg';

  const jobs = widths.flatMap((w) =>
    (['avif', 'webp', fallback] as const).map(async (f) => {
      const out = await ENCODERS[f](pixels.clone().resize({ width: w })).toBuffer({
        resolveWithObject: true,
      });
      return {
        name: `image-${w}.${EXTENSIONS[f]}`,
        format: f,
        width: out.info.width,
        height: out.info.height,
        bytes: out.data,
      };
    }),
  );
  const encoded = await Promise.all(jobs);
  const largest = encoded.filter((e) => e.format === fallback).at(-1)!;
  return {
    kind: 'image',
    mimeType: MIME_OF_FORMAT[format],
    width,
    height,
    files: encoded.map((e) => ({
      name: e.name,
      contentType: OUTPUT_TYPES[e.format],
      bytes: e.bytes,
    })),
    variants: encoded.map((e) => ({
      name: e.name,
      format: e.format,
      width: e.width,
      height: e.height,
      bytes: e.bytes.length,
    })),
    mainName: largest.name,
  };
}

/**
 * Reads an upload and produces the files to store, or throws 415 (not a type we take) or 413
 * (an image too large to decode safely).
 */
export async function processUpload(bytes: Buffer): Promise<ProcessedUpload> {
  const sniffed = sniff(bytes);
  if (!sniffed) throw unsupportedType(`This file type is not accepted. ${ACCEPTED}`);
  if (sniffed.kind === 'document') {
    // PDFs are kept as sent: served only as downloads, with nosniff and a CSP that runs nothing.
    return {
      kind: 'document',
      mimeType: 'application/pdf',
      width: null,
      height: null,
      files: [{ name: 'document.pdf', contentType: 'application/pdf', bytes }],
      variants: [],
      mainName: 'document.pdf',
    };
  }
  return withImageSlot(() => processImage(bytes, sniffed.format));
}

/**
 * An uploaded file's name for staff to recognise it: no path, no control or reserved
 * characters, at most 200 characters. Display only; it decides nothing.
 */
export function sanitizeFilename(name: string | undefined): string | null {
  if (!name) return null;
  const base = name.split(/[/\\]/).pop() ?? '';
  const clean = base
    .normalize('NFC')
    // eslint-disable-next-line no-control-regex
    .replace(/[\u0000-\u001f\u007f-\u009f<>:"|?*\u200b-\u200f\u202a-\u202e\u2066-\u2069]/g, '')
    .replace(/\s+/g, ' ')
    .replace(/^[\s.]+|[\s.]+$/g, '');
  return Array.from(clean).slice(0, 200).join('') || null;
}

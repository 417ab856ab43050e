import { Type, type Static } from 'typebox';
import { LOCALES } from '../../db/schema/common.js';
import { consentStatusEnum, mediaKindEnum } from '../../db/schema/media.js';
import { StaffRef } from '../staff/schemas.js';
import {
  DateTime,
  LocaleSchema,
  Nullable,
  QueryString,
  paginationQuery,
} from '../../shared/schemas.js';

/** Staff-side media: every record (with or without consent), all three languages at once. */

export const TITLE_MAX = 300;
export const ALT_MAX = 1000;
export const CAPTION_MAX = 2000;
export const CREDIT_MAX = 300;

export const ConsentSchema = Type.Enum(consentStatusEnum.enumValues, {
  title: 'MediaConsent',
  description:
    'Whether the people shown agreed to publication. Only `obtained` and `not_required` are ever shown publicly.',
});

export const MediaTexts = Type.Object(
  {
    title: Nullable(Type.String()),
    alt: Nullable(Type.String({ description: 'Text alternative (images)' })),
    caption: Nullable(Type.String()),
  },
  { title: 'MediaTexts' },
);

export const MediaTranslations = Type.Object(
  {
    ky: Type.Optional(MediaTexts),
    ru: Type.Optional(MediaTexts),
    en: Type.Optional(MediaTexts),
  },
  { title: 'MediaTranslations', description: 'Texts of each language that has any' },
);

const text = (maxLength: number) => Type.Optional(Nullable(Type.String({ maxLength })));

export const MediaTextsInput = Type.Object(
  { title: text(TITLE_MAX), alt: text(ALT_MAX), caption: text(CAPTION_MAX) },
  {
    title: 'MediaTextsInput',
    additionalProperties: false,
    description: 'Replaces the language’s texts as a whole: fields left out or "" become null',
  },
);

export const MediaTranslationsInput = Type.Object(
  {
    ky: Type.Optional(Nullable(MediaTextsInput)),
    ru: Type.Optional(Nullable(MediaTextsInput)),
    en: Type.Optional(Nullable(MediaTextsInput)),
  },
  {
    title: 'MediaTranslationsInput',
    additionalProperties: false,
    description: 'Per language; null removes that language’s texts',
  },
);
export type MediaTranslationsInput = Static<typeof MediaTranslationsInput>;

export const StaffMediaVariant = Type.Object(
  {
    width: Type.Integer(),
    height: Type.Integer(),
    format: Type.Enum(['avif', 'webp', 'jpeg', 'png']),
    bytes: Nullable(Type.Integer()),
    url: Type.String(),
  },
  { title: 'StaffMediaVariant' },
);

export const StaffMedia = Type.Object(
  {
    id: Type.Integer(),
    kind: Type.Enum(mediaKindEnum.enumValues),
    version: Type.Integer({ description: 'Goes up with every save; the ETag names it' }),
    consent: ConsentSchema,
    publiclyVisible: Type.Boolean({ description: 'Whether the public site may show it' }),
    credit: Nullable(Type.String()),
    focalPoint: Type.Object({ x: Type.Number(), y: Type.Number() }),
    url: Nullable(
      Type.String({ description: 'The document, or the largest JPEG/PNG variant of an image' }),
    ),
    youtubeId: Nullable(Type.String()),
    mimeType: Nullable(
      Type.String({ description: 'Type of the uploaded file, read from its bytes' }),
    ),
    bytes: Nullable(Type.Integer({ description: 'Size of the uploaded file' })),
    width: Nullable(Type.Integer({ description: 'Width of the upright original' })),
    height: Nullable(Type.Integer()),
    checksum: Nullable(Type.String({ description: 'SHA-256 (hex) of the uploaded file' })),
    originalFilename: Nullable(Type.String({ description: 'For display only' })),
    variants: Type.Array(StaffMediaVariant),
    translations: MediaTranslations,
    missingAlt: Type.Array(LocaleSchema, {
      description: 'Languages in which an image has no text alternative yet',
    }),
    createdBy: Nullable(StaffRef),
    createdAt: DateTime,
    updatedAt: DateTime,
  },
  { title: 'StaffMedia' },
);
export type StaffMedia = Static<typeof StaffMedia>;

export const StaffMediaListQuery = QueryString({
  q: Type.Optional(
    Type.String({
      minLength: 1,
      maxLength: 200,
      description: 'Text in a title, alt text, caption, credit or file name',
    }),
  ),
  kind: Type.Optional(Type.Enum(mediaKindEnum.enumValues)),
  // Untitled here: query parameters are documented inline, not as components.
  consent: Type.Optional(Type.Enum(consentStatusEnum.enumValues)),
  missingAlt: Type.Optional(
    Type.Enum(LOCALES, { description: 'Images without alt text in this language' }),
  ),
  mine: Type.Optional(Type.Boolean({ description: 'Only what I uploaded' })),
  ...paginationQuery,
});
export type StaffMediaListQuery = Static<typeof StaffMediaListQuery>;

export const UpdateMediaBody = Type.Object(
  {
    translations: Type.Optional(MediaTranslationsInput),
    credit: Type.Optional(Nullable(Type.String({ maxLength: CREDIT_MAX }))),
    consent: Type.Optional(ConsentSchema),
    focalPoint: Type.Optional(
      Type.Object(
        {
          x: Type.Number({ minimum: 0, maximum: 1 }),
          y: Type.Number({ minimum: 0, maximum: 1 }),
        },
        { additionalProperties: false, description: 'Fractions of width and height' },
      ),
    ),
  },
  { additionalProperties: false, minProperties: 1 },
);
export type UpdateMediaBody = Static<typeof UpdateMediaBody>;

export const AddVideoBody = Type.Object(
  {
    url: Type.String({
      minLength: 1,
      maxLength: 500,
      description:
        'A YouTube link (watch?v=, youtu.be/, /embed/, /shorts/, youtube-nocookie.com/embed/) or a bare video id',
    }),
    translations: Type.Optional(MediaTranslationsInput),
    credit: Type.Optional(Nullable(Type.String({ maxLength: CREDIT_MAX }))),
    consent: Type.Optional(ConsentSchema),
  },
  { additionalProperties: false },
);

const formText = (maxLength: number, description: string) =>
  Type.Optional(Type.String({ maxLength, description }));

/** The text fields of an upload form (validated by hand: multipart fields arrive as strings). */
export const UploadFields = Type.Object(
  {
    'title.ky': formText(TITLE_MAX, 'Title in Kyrgyz'),
    'title.ru': formText(TITLE_MAX, 'Title in Russian'),
    'title.en': formText(TITLE_MAX, 'Title in English'),
    'alt.ky': formText(ALT_MAX, 'Alt text in Kyrgyz'),
    'alt.ru': formText(ALT_MAX, 'Alt text in Russian'),
    'alt.en': formText(ALT_MAX, 'Alt text in English'),
    'caption.ky': formText(CAPTION_MAX, 'Caption in Kyrgyz'),
    'caption.ru': formText(CAPTION_MAX, 'Caption in Russian'),
    'caption.en': formText(CAPTION_MAX, 'Caption in English'),
    credit: formText(CREDIT_MAX, 'Photographer or source'),
    consent: Type.Optional(ConsentSchema),
    focalX: Type.Optional(Type.Number({ minimum: 0, maximum: 1, default: 0.5 })),
    focalY: Type.Optional(Type.Number({ minimum: 0, maximum: 1, default: 0.5 })),
  },
  { additionalProperties: false },
);
export type UploadFields = Static<typeof UploadFields>;

/** The whole form, for the OpenAPI document (the handler reads the parts as a stream). */
export const UploadForm = Type.Object(
  {
    file: Type.String({
      format: 'binary',
      description:
        'A photo (JPEG, PNG, WebP, GIF, AVIF, HEIC) or a PDF; the type is read from the bytes',
    }),
    ...UploadFields.properties,
  },
  { additionalProperties: false },
);

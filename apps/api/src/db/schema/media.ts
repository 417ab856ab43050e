import {
  check,
  doublePrecision,
  index,
  integer,
  jsonb,
  pgEnum,
  pgTable,
  primaryKey,
  text,
} from 'drizzle-orm/pg-core';
import { sql } from 'drizzle-orm';
import { localeEnum, timestamps } from './common.js';
import { users } from './users.js';

export const mediaKindEnum = pgEnum('media_kind', ['image', 'video', 'document']);
/** A photo of people is shown publicly only with consent (or when none is needed). */
export const consentStatusEnum = pgEnum('consent_status', [
  'unknown',
  'obtained',
  'not_required',
  'refused',
]);

export interface MediaVariant {
  width: number;
  height: number;
  format: 'avif' | 'webp' | 'jpeg' | 'png';
  key: string;
  bytes: number;
}

export const media = pgTable(
  'media',
  {
    id: integer().primaryKey().generatedAlwaysAsIdentity(),
    kind: mediaKindEnum().notNull(),
    /** Where the original lives in media storage (images, documents). */
    storageKey: text(),
    mimeType: text(),
    bytes: integer(),
    width: integer(),
    height: integer(),
    checksum: text(),
    /** YouTube video id for videos; embedded through youtube-nocookie on click only. */
    youtubeId: text(),
    /** Focal point as fractions of width and height, kept for crops. */
    focalX: doublePrecision().notNull().default(0.5),
    focalY: doublePrecision().notNull().default(0.5),
    variants: jsonb().$type<MediaVariant[]>().notNull().default([]),
    credit: text(),
    consent: consentStatusEnum().notNull().default('unknown'),
    /** The uploaded file's name, for staff to recognise it; never used to decide its type. */
    originalFilename: text(),
    createdById: integer().references(() => users.id, { onDelete: 'set null' }),
    version: integer().notNull().default(1),
    ...timestamps,
  },
  (t) => [
    index('media_kind_idx').on(t.kind),
    check('media_bytes_nonnegative', sql`${t.bytes} >= 0`),
    check('media_focal_range', sql`${t.focalX} BETWEEN 0 AND 1 AND ${t.focalY} BETWEEN 0 AND 1`),
    check(
      'media_video_has_id',
      sql`${t.kind} <> 'video' OR ${t.youtubeId} ~ '^[A-Za-z0-9_-]{11}$'`,
    ),
  ],
);

export const mediaTranslations = pgTable(
  'media_translations',
  {
    mediaId: integer()
      .notNull()
      .references(() => media.id, { onDelete: 'cascade' }),
    locale: localeEnum().notNull(),
    title: text(),
    alt: text(),
    caption: text(),
  },
  (t) => [primaryKey({ columns: [t.mediaId, t.locale] })],
);

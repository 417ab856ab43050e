import { sql } from 'drizzle-orm';
import { customType, integer, pgEnum, timestamp } from 'drizzle-orm/pg-core';

export const LOCALES = ['ky', 'ru', 'en'] as const;
export type Locale = (typeof LOCALES)[number];
export const localeEnum = pgEnum('locale', LOCALES);

export const CONTENT_STATUSES = ['draft', 'review', 'published', 'archived'] as const;
export type ContentStatus = (typeof CONTENT_STATUSES)[number];
export const contentStatusEnum = pgEnum('content_status', CONTENT_STATUSES);

export const tsvector = customType<{ data: string }>({
  dataType: () => 'tsvector',
});

/** Created/updated timestamps every editable table carries. */
export const timestamps = {
  createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
};

/**
 * Columns of everything that goes through the editorial workflow. Public reads show a row only
 * when it is published and its publish time has passed; `version` backs optimistic concurrency.
 */
export const publishable = {
  status: contentStatusEnum().notNull().default('draft'),
  publishAt: timestamp({ withTimezone: true }),
  version: integer().notNull().default(1),
  ...timestamps,
};

/**
 * Text search vector per translation. Postgres has stemmers for Russian and English; Kyrgyz gets
 * the 'simple' configuration (lower-casing only). Tags are stripped from HTML bodies first.
 */
export function searchVector(fields: { weightA: string; weightB: string; weightC?: string }) {
  const doc = (cfg: string) =>
    `setweight(to_tsvector('${cfg}'::regconfig, coalesce(${fields.weightA}, '')), 'A') || ` +
    `setweight(to_tsvector('${cfg}'::regconfig, coalesce(${fields.weightB}, '')), 'B')` +
    (fields.weightC
      ? ` || setweight(to_tsvector('${cfg}'::regconfig, regexp_replace(coalesce(${fields.weightC}, ''), '<[^>]*>', ' ', 'g')), 'C')`
      : '');
  return sql.raw(
    `CASE locale WHEN 'ru' THEN ${doc('russian')} WHEN 'en' THEN ${doc('english')} ELSE ${doc('simple')} END`,
  );
}

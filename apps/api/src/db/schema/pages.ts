import { integer, pgTable, primaryKey, text, uniqueIndex } from 'drizzle-orm/pg-core';
import { localeEnum, publishable } from './common.js';

/** Static pages such as "about" and "contacts"; `key` is the stable name the site links to. */
export const pages = pgTable(
  'pages',
  {
    id: integer().primaryKey().generatedAlwaysAsIdentity(),
    key: text().notNull(),
    ...publishable,
  },
  (t) => [uniqueIndex('pages_key_key').on(t.key)],
);

export const pageTranslations = pgTable(
  'page_translations',
  {
    pageId: integer()
      .notNull()
      .references(() => pages.id, { onDelete: 'cascade' }),
    locale: localeEnum().notNull(),
    title: text().notNull(),
    slug: text().notNull(),
    /** Sanitized HTML. */
    body: text().notNull().default(''),
    seoTitle: text(),
    seoDescription: text(),
  },
  (t) => [
    primaryKey({ columns: [t.pageId, t.locale] }),
    uniqueIndex('page_translations_locale_slug_key').on(t.locale, t.slug),
  ],
);

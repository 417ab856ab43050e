import { integer, pgTable, primaryKey, text, uniqueIndex } from 'drizzle-orm/pg-core';
import { localeEnum, timestamps } from './common.js';

export const tags = pgTable(
  'tags',
  {
    id: integer().primaryKey().generatedAlwaysAsIdentity(),
    slug: text().notNull(),
    ...timestamps,
  },
  (t) => [uniqueIndex('tags_slug_key').on(t.slug)],
);

export const tagTranslations = pgTable(
  'tag_translations',
  {
    tagId: integer()
      .notNull()
      .references(() => tags.id, { onDelete: 'cascade' }),
    locale: localeEnum().notNull(),
    name: text().notNull(),
  },
  (t) => [primaryKey({ columns: [t.tagId, t.locale] })],
);

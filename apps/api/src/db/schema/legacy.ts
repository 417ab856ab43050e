import { index, integer, pgTable, primaryKey, text, timestamp } from 'drizzle-orm/pg-core';
import { localeEnum } from './common.js';

/**
 * What an import brought over from an older site: one row per item of the source (a Joomla
 * article is one language of one item), so a second run updates instead of duplicating, and
 * old URLs carrying the source's id still find their item.
 */
export const legacyItems = pgTable(
  'legacy_items',
  {
    /** e.g. 'joomla'. */
    source: text().notNull(),
    /** e.g. 'article', 'category', 'menu'. */
    legacyKind: text().notNull(),
    legacyId: integer().notNull(),
    entityType: text().notNull(),
    entityId: integer().notNull(),
    locale: localeEnum(),
    /** Hash of the source content last imported: unchanged items are skipped. */
    contentHash: text().notNull(),
    importedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.source, t.legacyKind, t.legacyId] }),
    index('legacy_items_entity_idx').on(t.entityType, t.entityId),
  ],
);

/** Exact old paths (static aliases such as /en/about-us.html) and the item they now are. */
export const legacyPaths = pgTable(
  'legacy_paths',
  {
    path: text().primaryKey(),
    entityType: text().notNull(),
    entityId: integer().notNull(),
    locale: localeEnum(),
  },
  (t) => [index('legacy_paths_entity_idx').on(t.entityType, t.entityId)],
);

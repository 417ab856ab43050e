import {
  type AnyPgColumn,
  check,
  doublePrecision,
  index,
  integer,
  pgEnum,
  pgTable,
  primaryKey,
  text,
  uniqueIndex,
} from 'drizzle-orm/pg-core';
import { sql } from 'drizzle-orm';
import { localeEnum, timestamps } from './common.js';

export const PLACE_KINDS = [
  'country',
  'oblast',
  'city',
  'district',
  'rural_district',
  'settlement',
] as const;
export const placeKindEnum = pgEnum('place_kind', PLACE_KINDS);

/**
 * The place tree: country > oblast (or a city of republican significance) > district >
 * rural district (aiyl aimak) > settlement. `path` holds the ids from the root, e.g. `/1/4/9/`,
 * so "this place and everything under it" is one indexed prefix match.
 */
export const places = pgTable(
  'places',
  {
    id: integer().primaryKey().generatedAlwaysAsIdentity(),
    parentId: integer().references((): AnyPgColumn => places.id, { onDelete: 'restrict' }),
    kind: placeKindEnum().notNull(),
    slug: text().notNull(),
    path: text().notNull(),
    depth: integer().notNull(),
    latitude: doublePrecision(),
    longitude: doublePrecision(),
    /** Other spellings found in sources (Bazar-Kurgan for Bazar-Korgon); accepted in search. */
    aliases: text()
      .array()
      .notNull()
      .default(sql`'{}'::text[]`),
    version: integer().notNull().default(1),
    ...timestamps,
  },
  (t) => [
    uniqueIndex('places_slug_key').on(t.slug),
    index('places_parent_idx').on(t.parentId),
    index('places_path_idx').using('btree', sql`${t.path} text_pattern_ops`),
    check('places_latitude_range', sql`${t.latitude} BETWEEN -90 AND 90`),
    check('places_longitude_range', sql`${t.longitude} BETWEEN -180 AND 180`),
  ],
);

export const placeTranslations = pgTable(
  'place_translations',
  {
    placeId: integer()
      .notNull()
      .references(() => places.id, { onDelete: 'cascade' }),
    locale: localeEnum().notNull(),
    name: text().notNull(),
  },
  (t) => [primaryKey({ columns: [t.placeId, t.locale] })],
);

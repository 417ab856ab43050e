import { sql, type SQL } from 'drizzle-orm';
import type { Database } from '../db/client.js';
import type { Locale } from '../db/schema/common.js';

/** Runs a raw query and returns its rows (both drivers answer `{ rows }`). */
export async function rowsOf<T>(db: Database, query: SQL): Promise<T[]> {
  const result = (await db.execute(query)) as unknown as { rows: T[] };
  return result.rows;
}

/** Timestamps leave the database as ISO 8601 UTC strings, identical on both drivers. */
export function isoUtc(column: SQL | string): SQL {
  const col = typeof column === 'string' ? sql.raw(column) : column;
  return sql`to_char(${col} AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"')`;
}

/** Published and due: the one rule for what the public may see. */
export function publiclyVisible(alias: string): SQL {
  const a = sql.raw(alias);
  return sql`(${a}.status = 'published' AND ${a}.publish_at IS NOT NULL AND ${a}.publish_at <= now())`;
}

/**
 * Order of preference among an item's translations: the requested locale, then the site's default
 * locale, then any other in a fixed order.
 */
function localePreference(localeColumn: SQL, requested: Locale): SQL {
  return sql`CASE WHEN ${localeColumn} = ${requested} THEN 0
    WHEN ${localeColumn} = (SELECT default_locale FROM site_settings WHERE id = 1) THEN 1
    ELSE 2 END, ${localeColumn}`;
}

/**
 * A LATERAL subquery picking the best translation of one row: use it as
 * `JOIN LATERAL ${bestTranslation(...)} alias ON true`. `columns` are read from alias `x`.
 */
export function bestTranslation(opts: {
  table: string;
  foreignKey: string;
  parentId: SQL | string;
  columns: string;
  locale: Locale;
}): SQL {
  const parent = typeof opts.parentId === 'string' ? sql.raw(opts.parentId) : opts.parentId;
  return sql`(SELECT x.locale::text AS locale, ${sql.raw(opts.columns)}
    FROM ${sql.raw(opts.table)} x WHERE x.${sql.raw(opts.foreignKey)} = ${parent}
    ORDER BY ${localePreference(sql.raw('x.locale'), opts.locale)} LIMIT 1)`;
}

/** The locales an item exists in, as a JSON array. */
export function availableLocales(opts: {
  table: string;
  foreignKey: string;
  parentId: string;
}): SQL {
  return sql`(SELECT json_agg(x.locale::text ORDER BY x.locale) FROM ${sql.raw(opts.table)} x
    WHERE x.${sql.raw(opts.foreignKey)} = ${sql.raw(opts.parentId)})`;
}

/**
 * A scalar subquery: the id of the item one of whose translations has this slug. Slugs are
 * unique per locale only, so the requested locale wins, then the usual preference order.
 */
export function idBySlug(opts: {
  table: string;
  foreignKey: string;
  slug: string;
  locale: Locale;
}): SQL {
  return sql`(SELECT x.${sql.raw(opts.foreignKey)} FROM ${sql.raw(opts.table)} x WHERE x.slug = ${opts.slug}
    ORDER BY ${localePreference(sql.raw('x.locale'), opts.locale)} LIMIT 1)`;
}

/** The slug of each translation of an item, as a JSON object keyed by locale. */
export function slugsByLocale(opts: { table: string; foreignKey: string; parentId: string }): SQL {
  return sql`(SELECT json_object_agg(x.locale, x.slug) FROM ${sql.raw(opts.table)} x
    WHERE x.${sql.raw(opts.foreignKey)} = ${sql.raw(opts.parentId)})`;
}

/**
 * Ids (`foreignKey` of `table`, a translations table with a `search` tsvector) whose text in
 * any language matches `q`, each translation searched with its own language's configuration
 * (the GIN index serves each branch).
 */
export function fullTextMatches(opts: { table: string; foreignKey: string; q: string }): SQL {
  const { q } = opts;
  return sql`(SELECT st.${sql.raw(opts.foreignKey)} FROM ${sql.raw(opts.table)} st WHERE
    (st.locale = 'ru' AND st.search @@ websearch_to_tsquery('russian', ${q})) OR
    (st.locale = 'en' AND st.search @@ websearch_to_tsquery('english', ${q})) OR
    (st.locale = 'ky' AND st.search @@ websearch_to_tsquery('simple', ${q})))`;
}

export function offsetOf(page: number, pageSize: number): number {
  return (page - 1) * pageSize;
}

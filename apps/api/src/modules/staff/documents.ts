import { sql, type SQL } from 'drizzle-orm';
import type { Database } from '../../db/client.js';
import { LOCALES, type Locale } from '../../db/schema/common.js';
import { isoUtc } from '../../shared/sql.js';
import { stateOf } from './editable.js';

const snake = (name: string) => name.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`);

/**
 * Writes the translations of a PATCH or create: a language given is replaced as a whole
 * (upsert), one set to null is deleted, one left out stays. `columns` are the camelCase fields.
 */
export async function saveTranslations(
  db: Database,
  opts: {
    table: string;
    foreignKey: string;
    id: number;
    columns: readonly string[];
    translations: Partial<Record<Locale, Record<string, unknown> | null>> | undefined;
  },
): Promise<void> {
  if (!opts.translations) return;
  const table = sql.raw(opts.table);
  const fk = sql.raw(opts.foreignKey);
  for (const locale of LOCALES) {
    if (!(locale in opts.translations)) continue;
    const value = opts.translations[locale];
    if (value === null || value === undefined) {
      await db.execute(sql`DELETE FROM ${table} WHERE ${fk} = ${opts.id} AND locale = ${locale}`);
      continue;
    }
    const cols = opts.columns.map((c) => sql.raw(snake(c)));
    const values = opts.columns.map((c) => sql`${value[c] ?? null}`);
    await db.execute(sql`INSERT INTO ${table} (${fk}, locale, ${sql.join(cols, sql`, `)})
      VALUES (${opts.id}, ${locale}, ${sql.join(values, sql`, `)})
      ON CONFLICT (${fk}, locale) DO UPDATE SET
        ${sql.join(
          cols.map((c) => sql`${c} = EXCLUDED.${c}`),
          sql`, `,
        )}`);
  }
}

/** A JSON object of an item's translations keyed by locale, with the given camelCase fields. */
export function translationsJson(opts: {
  table: string;
  foreignKey: string;
  parentId: SQL;
  columns: readonly string[];
}): SQL {
  const fields = opts.columns.map((c) => sql`${c}::text, t.${sql.raw(snake(c))}`);
  return sql`(SELECT coalesce(json_object_agg(t.locale, json_build_object(${sql.join(fields, sql`, `)})), '{}'::json)
    FROM ${sql.raw(opts.table)} t WHERE t.${sql.raw(opts.foreignKey)} = ${opts.parentId})`;
}

/** The locales an item lacks, as a JSON array. */
export function missingLocalesJson(opts: {
  table: string;
  foreignKey: string;
  parentId: SQL;
}): SQL {
  return sql`(SELECT coalesce(json_agg(l ORDER BY l), '[]'::json) FROM unnest(enum_range(NULL::locale)) l
    WHERE NOT EXISTS (SELECT 1 FROM ${sql.raw(opts.table)} t WHERE t.${sql.raw(opts.foreignKey)} = ${opts.parentId} AND t.locale = l))`;
}

/** Replaces the rows of a link table (gallery, tags, partners) of one item. */
export async function replaceLinks(
  db: Database,
  opts: {
    table: string;
    ownerColumn: string;
    ownerId: number;
    rows: Record<string, unknown>[] | undefined;
  },
): Promise<void> {
  if (!opts.rows) return;
  const table = sql.raw(opts.table);
  await db.execute(sql`DELETE FROM ${table} WHERE ${sql.raw(opts.ownerColumn)} = ${opts.ownerId}`);
  for (const row of opts.rows) {
    const cols = [opts.ownerColumn, ...Object.keys(row).map(snake)];
    const values = [sql`${opts.ownerId}`, ...Object.values(row).map((v) => sql`${v}`)];
    await db.execute(sql`INSERT INTO ${table} (${sql.raw(cols.join(', '))})
      VALUES (${sql.join(values, sql`, `)}) ON CONFLICT DO NOTHING`);
  }
}

/**
 * The columns every staff document starts with (see documentMeta and workflowMeta in
 * schemas.ts), for the row aliased `x`.
 */
export function documentMetaColumns(opts: {
  translationsTable: string;
  foreignKey: string;
  workflow: boolean;
}): SQL {
  const missing = missingLocalesJson({
    table: opts.translationsTable,
    foreignKey: opts.foreignKey,
    parentId: sql`x.id`,
  });
  return sql`x.id, x.version, ${isoUtc('x.created_at')} AS "createdAt", ${isoUtc('x.updated_at')} AS "updatedAt",
    ${missing} AS "missingLocales"
    ${opts.workflow ? sql`, x.status, ${stateOf('x')} AS state, ${isoUtc('x.publish_at')} AS "publishAt"` : sql``}`;
}

/** The staff member a column names, as {id, displayName} or null. */
export function staffRefJson(column: string): SQL {
  return sql`(SELECT json_build_object('id', u.id, 'displayName', u.display_name) FROM users u
    WHERE u.id = ${sql.raw(column)})`;
}

import { sql, type SQL } from 'drizzle-orm';
import type { Static } from 'typebox';
import type { Database } from '../../db/client.js';
import type { Locale } from '../../db/schema/common.js';
import type { Page } from '../../shared/list.js';
import { isoUtc, offsetOf, rowsOf } from '../../shared/sql.js';
import { missingLocalesJson, saveTranslations, translationsJson } from '../staff/documents.js';
import type { TagCreate, TagDocument } from './staff-schemas.js';

export type TagDoc = Static<typeof TagDocument>;
export type TagInput = Static<typeof TagCreate>;

/** The ETag of a tag: tags have no version column, so the last change's time names it. */
const stampOf = sql`(extract(epoch FROM x.updated_at) * 1000000)::bigint::text`;

const tagColumns = sql`x.id, x.slug, ${isoUtc('x.created_at')} AS "createdAt", ${isoUtc('x.updated_at')} AS "updatedAt",
  ${missingLocalesJson({ table: 'tag_translations', foreignKey: 'tag_id', parentId: sql`x.id` })} AS "missingLocales",
  (SELECT count(*)::int FROM article_tags l WHERE l.tag_id = x.id) AS "articleCount",
  ${translationsJson({ table: 'tag_translations', foreignKey: 'tag_id', parentId: sql`x.id`, columns: ['name'] })} AS translations`;

export async function loadTagDocument(
  db: Database,
  id: number,
  opts: { lock?: boolean } = {},
): Promise<{ doc: TagDoc; stamp: string } | null> {
  // FOR UPDATE cannot go with the aggregates: lock the row first.
  if (opts.lock) await db.execute(sql`SELECT 1 FROM tags WHERE id = ${id} FOR UPDATE`);
  const [row] = await rowsOf<{ doc: TagDoc; stamp: string }>(
    db,
    sql`SELECT row_to_json(d) AS doc, d.stamp FROM (
        SELECT ${tagColumns}, ${stampOf} AS stamp FROM tags x WHERE x.id = ${id}) d`,
  );
  if (!row) return null;
  const { stamp: _s, ...doc } = row.doc as TagDoc & { stamp: string };
  return { doc, stamp: row.stamp };
}

export async function listStaffTags(
  db: Database,
  f: { page: number; pageSize: number; q?: string | undefined; locale: Locale },
): Promise<Page<TagDoc>> {
  const conditions: SQL[] = [sql`true`];
  if (f.q) {
    const like = `%${f.q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
    conditions.push(sql`(x.slug ILIKE ${like} OR EXISTS (SELECT 1 FROM tag_translations s
      WHERE s.tag_id = x.id AND s.name ILIKE ${like}))`);
  }
  const rows = await rowsOf<{ total: number; item: TagDoc }>(
    db,
    sql`SELECT count(*) OVER ()::int AS total, row_to_json(d) AS item FROM (
        SELECT ${tagColumns},
          (SELECT s.name FROM tag_translations s WHERE s.tag_id = x.id
            ORDER BY s.locale = ${f.locale} DESC, s.locale LIMIT 1) AS sort_name
        FROM tags x WHERE ${sql.join(conditions, sql` AND `)}) d
      ORDER BY lower(coalesce(d.sort_name, d.slug)), d.id
      LIMIT ${f.pageSize} OFFSET ${offsetOf(f.page, f.pageSize)}`,
  );
  return {
    items: rows.map(({ item }) => {
      const { sort_name: _n, ...doc } = item as TagDoc & { sort_name: unknown };
      return doc;
    }),
    total: rows[0]?.total ?? 0,
  };
}

async function saveNames(db: Database, id: number, input: Partial<TagInput>) {
  const translations = input.translations
    ? Object.fromEntries(
        Object.entries(input.translations).map(([l, t]) => [l, t && { name: t.name.trim() }]),
      )
    : undefined;
  await saveTranslations(db, {
    table: 'tag_translations',
    foreignKey: 'tag_id',
    id,
    columns: ['name'],
    translations,
  });
}

export async function insertTag(db: Database, input: TagInput): Promise<number> {
  const [row] = await rowsOf<{ id: number }>(
    db,
    sql`INSERT INTO tags (slug) VALUES (${input.slug}) RETURNING id`,
  );
  await saveNames(db, row!.id, input);
  return row!.id;
}

/** Saves a change; `updated_at` takes the wall clock so every save gets a new ETag. */
export async function updateTag(db: Database, id: number, patch: Partial<TagInput>) {
  await db.execute(sql`UPDATE tags SET updated_at = clock_timestamp()
    ${patch.slug !== undefined ? sql`, slug = ${patch.slug}` : sql``} WHERE id = ${id}`);
  await saveNames(db, id, patch);
}

/** Deletes a tag; the articles carrying it simply lose it. */
export async function deleteTag(db: Database, id: number) {
  await db.execute(sql`DELETE FROM tags WHERE id = ${id}`);
}

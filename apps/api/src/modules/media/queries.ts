import { sql, type SQL } from 'drizzle-orm';
import type { Database } from '../../db/client.js';
import type { Locale } from '../../db/schema/common.js';
import { availableLocales, bestTranslation, offsetOf, rowsOf } from '../../shared/sql.js';
import type { Page } from '../../shared/list.js';
import type { Static } from 'typebox';
import type { Media } from './schemas.js';

type MediaRow = Static<typeof Media>;

/** Where stored files are served from; storage arrives with the media pipeline. */
export const MEDIA_FILES_PREFIX = '/media/';

/** Media the public may see: never a photo without consent. */
export const mediaVisible = (alias: string) =>
  sql.raw(`${alias}.consent IN ('obtained', 'not_required')`);

/** One media record as JSON, in the best available language; NULL when hidden or absent. */
function mediaObject(alias: string, locale: Locale): SQL {
  const m = sql.raw(alias);
  return sql`json_build_object(
    'id', ${m}.id, 'kind', ${m}.kind, 'locale', coalesce(mt.locale, ${locale}),
    'availableLocales', coalesce(${availableLocales({ table: 'media_translations', foreignKey: 'media_id', parentId: `${alias}.id` })}, '[]'::json),
    'title', mt.title, 'alt', mt.alt, 'caption', mt.caption, 'credit', ${m}.credit,
    'width', ${m}.width, 'height', ${m}.height, 'mimeType', ${m}.mime_type,
    'url', CASE WHEN ${m}.storage_key IS NULL THEN NULL ELSE ${MEDIA_FILES_PREFIX} || ${m}.storage_key END,
    'youtubeId', ${m}.youtube_id,
    'focalPoint', json_build_object('x', ${m}.focal_x, 'y', ${m}.focal_y),
    'variants', (SELECT coalesce(json_agg(json_build_object('width', v->'width', 'height', v->'height',
        'format', v->'format', 'url', ${MEDIA_FILES_PREFIX} || (v->>'key'))), '[]'::json)
      FROM jsonb_array_elements(${m}.variants) v))`;
}

function translationJoin(alias: string, locale: Locale): SQL {
  return sql`LEFT JOIN LATERAL ${bestTranslation({
    table: 'media_translations',
    foreignKey: 'media_id',
    parentId: `${alias}.id`,
    columns: 'x.title, x.alt, x.caption',
    locale,
  })} mt ON true`;
}

/** A scalar subquery: the media record with the given id as JSON, or NULL. */
export function mediaJsonById(idExpression: SQL, locale: Locale): SQL {
  return sql`(SELECT ${mediaObject('m', locale)} FROM media m ${translationJoin('m', locale)}
    WHERE m.id = ${idExpression} AND ${mediaVisible('m')})`;
}

/** A scalar subquery: a gallery (link table with `position`) as a JSON array. */
export function galleryJson(opts: {
  linkTable: string;
  ownerColumn: string;
  ownerId: SQL;
  locale: Locale;
}): SQL {
  return sql`(SELECT coalesce(json_agg(${mediaObject('m', opts.locale)} ORDER BY g.position, m.id), '[]'::json)
    FROM ${sql.raw(opts.linkTable)} g JOIN media m ON m.id = g.media_id ${translationJoin('m', opts.locale)}
    WHERE g.${sql.raw(opts.ownerColumn)} = ${opts.ownerId} AND ${mediaVisible('m')})`;
}

export interface MediaFilters {
  locale: Locale;
  kind?: 'image' | 'video' | 'document' | undefined;
  page: number;
  pageSize: number;
}

export async function listMedia(db: Database, f: MediaFilters): Promise<Page<MediaRow>> {
  const where = sql.join(
    [mediaVisible('m'), ...(f.kind ? [sql`m.kind = ${f.kind}`] : [])],
    sql` AND `,
  );
  const rows = await rowsOf<{ item: MediaRow; total: number }>(
    db,
    sql`SELECT ${mediaObject('m', f.locale)} AS item, count(*) OVER ()::int AS total
      FROM media m ${translationJoin('m', f.locale)}
      WHERE ${where} ORDER BY m.created_at DESC, m.id DESC
      LIMIT ${f.pageSize} OFFSET ${offsetOf(f.page, f.pageSize)}`,
  );
  const total = rows[0]?.total ?? (await countMedia(db, where));
  return { items: rows.map((r) => r.item), total };
}

async function countMedia(db: Database, where: SQL): Promise<number> {
  const [row] = await rowsOf<{ n: number }>(
    db,
    sql`SELECT count(*)::int AS n FROM media m WHERE ${where}`,
  );
  return row?.n ?? 0;
}

export async function getMedia(db: Database, id: number, locale: Locale): Promise<MediaRow | null> {
  const [row] = await rowsOf<{ item: MediaRow | null }>(
    db,
    sql`SELECT ${mediaJsonById(sql`${id}`, locale)} AS item`,
  );
  return row?.item ?? null;
}

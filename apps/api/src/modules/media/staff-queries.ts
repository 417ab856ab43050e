import { sql, type SQL } from 'drizzle-orm';
import type { Database } from '../../db/client.js';
import { LOCALES } from '../../db/schema/common.js';
import type { MediaVariant } from '../../db/schema/media.js';
import type { Page } from '../../shared/list.js';
import { isoUtc, offsetOf, rowsOf } from '../../shared/sql.js';
import { MEDIA_FILES_PREFIX, mediaVisible } from './queries.js';
import type { MediaTranslationsInput, StaffMedia, StaffMediaListQuery } from './staff-schemas.js';

type Consent = StaffMedia['consent'];
type Texts = { title: string | null; alt: string | null; caption: string | null };

/** One media record as the staff API shows it: all languages, consent, owner, version. */
const staffMediaObject = sql`json_build_object(
  'id', m.id, 'kind', m.kind, 'version', m.version, 'consent', m.consent,
  'publiclyVisible', ${mediaVisible('m')}, 'credit', m.credit,
  'focalPoint', json_build_object('x', m.focal_x, 'y', m.focal_y),
  'url', CASE WHEN m.storage_key IS NULL THEN NULL ELSE ${MEDIA_FILES_PREFIX} || m.storage_key END,
  'youtubeId', m.youtube_id, 'mimeType', m.mime_type, 'bytes', m.bytes,
  'width', m.width, 'height', m.height, 'checksum', m.checksum,
  'originalFilename', m.original_filename,
  'variants', (SELECT coalesce(json_agg(json_build_object('width', v->'width', 'height', v->'height',
      'format', v->'format', 'bytes', v->'bytes', 'url', ${MEDIA_FILES_PREFIX} || (v->>'key'))
      ORDER BY (v->>'width')::int, v->>'format'), '[]'::json)
    FROM jsonb_array_elements(m.variants) v),
  'translations', (SELECT coalesce(json_object_agg(t.locale, json_build_object(
      'title', t.title, 'alt', t.alt, 'caption', t.caption)), '{}'::json)
    FROM media_translations t WHERE t.media_id = m.id),
  'missingAlt', CASE WHEN m.kind <> 'image' THEN '[]'::json ELSE (
    SELECT coalesce(json_agg(l.locale ORDER BY l.ord), '[]'::json)
    FROM unnest(${sql.raw(`ARRAY['${LOCALES.join("','")}']`)}::text[]) WITH ORDINALITY AS l(locale, ord)
    WHERE NOT EXISTS (SELECT 1 FROM media_translations t WHERE t.media_id = m.id
      AND t.locale::text = l.locale AND btrim(coalesce(t.alt, '')) <> '')) END,
  'createdBy', CASE WHEN u.id IS NULL THEN NULL
    ELSE json_build_object('id', u.id, 'displayName', u.display_name) END,
  'createdAt', ${isoUtc('m.created_at')}, 'updatedAt', ${isoUtc('m.updated_at')})`;

const fromMedia = sql`FROM media m LEFT JOIN users u ON u.id = m.created_by_id`;

export async function getStaffMedia(db: Database, id: number): Promise<StaffMedia | null> {
  const [row] = await rowsOf<{ item: StaffMedia }>(
    db,
    sql`SELECT ${staffMediaObject} AS item ${fromMedia} WHERE m.id = ${id}`,
  );
  return row?.item ?? null;
}

const likePattern = (q: string) => `%${q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;

export async function listStaffMedia(
  db: Database,
  f: StaffMediaListQuery & { userId: number },
): Promise<Page<StaffMedia>> {
  const conditions: SQL[] = [sql`true`];
  if (f.kind) conditions.push(sql`m.kind = ${f.kind}`);
  if (f.consent) conditions.push(sql`m.consent = ${f.consent}`);
  if (f.mine) conditions.push(sql`m.created_by_id = ${f.userId}`);
  if (f.missingAlt) {
    conditions.push(sql`m.kind = 'image' AND NOT EXISTS (SELECT 1 FROM media_translations t
      WHERE t.media_id = m.id AND t.locale = ${f.missingAlt} AND btrim(coalesce(t.alt, '')) <> '')`);
  }
  if (f.q) {
    const like = likePattern(f.q);
    conditions.push(sql`(m.original_filename ILIKE ${like} OR m.credit ILIKE ${like}
      OR EXISTS (SELECT 1 FROM media_translations t WHERE t.media_id = m.id
        AND (t.title ILIKE ${like} OR t.alt ILIKE ${like} OR t.caption ILIKE ${like})))`);
  }
  const where = sql.join(conditions, sql` AND `);
  const rows = await rowsOf<{ item: StaffMedia; total: number }>(
    db,
    sql`SELECT ${staffMediaObject} AS item, count(*) OVER ()::int AS total ${fromMedia}
      WHERE ${where} ORDER BY m.created_at DESC, m.id DESC
      LIMIT ${f.pageSize} OFFSET ${offsetOf(f.page, f.pageSize)}`,
  );
  let total = rows[0]?.total;
  if (total === undefined) {
    const [count] = await rowsOf<{ n: number }>(
      db,
      sql`SELECT count(*)::int AS n FROM media m WHERE ${where}`,
    );
    total = count?.n ?? 0;
  }
  return { items: rows.map((r) => r.item), total };
}

/** An earlier upload of the same bytes, if any. */
export async function findMediaByChecksum(db: Database, checksum: string): Promise<number | null> {
  const [row] = await rowsOf<{ id: number }>(
    db,
    sql`SELECT id FROM media WHERE checksum = ${checksum} AND kind <> 'video' ORDER BY id LIMIT 1`,
  );
  return row?.id ?? null;
}

/** The record of a YouTube video already added, if any. */
export async function findVideo(db: Database, youtubeId: string): Promise<number | null> {
  const [row] = await rowsOf<{ id: number }>(
    db,
    sql`SELECT id FROM media WHERE kind = 'video' AND youtube_id = ${youtubeId} ORDER BY id LIMIT 1`,
  );
  return row?.id ?? null;
}

export interface NewMedia {
  kind: 'image' | 'video' | 'document';
  storageKey: string | null;
  mimeType: string | null;
  bytes: number | null;
  width: number | null;
  height: number | null;
  checksum: string | null;
  youtubeId: string | null;
  focalX: number;
  focalY: number;
  variants: MediaVariant[];
  credit: string | null;
  consent: Consent;
  originalFilename: string | null;
  createdById: number;
}

export async function insertMedia(db: Database, m: NewMedia): Promise<number> {
  const [row] = await rowsOf<{ id: number }>(
    db,
    sql`INSERT INTO media (kind, storage_key, mime_type, bytes, width, height, checksum, youtube_id,
        focal_x, focal_y, variants, credit, consent, original_filename, created_by_id)
      VALUES (${m.kind}, ${m.storageKey}, ${m.mimeType}, ${m.bytes}, ${m.width}, ${m.height},
        ${m.checksum}, ${m.youtubeId}, ${m.focalX}, ${m.focalY}, ${JSON.stringify(m.variants)}::jsonb,
        ${m.credit}, ${m.consent}, ${m.originalFilename}, ${m.createdById})
      RETURNING id`,
  );
  return row!.id;
}

/** Texts with "" and blanks made null; null when nothing is left. */
function cleanTexts(t: Partial<Texts>): Texts | null {
  const clean = (v: string | null | undefined) => (v?.trim() ? v.trim() : null);
  const out = { title: clean(t.title), alt: clean(t.alt), caption: clean(t.caption) };
  return out.title || out.alt || out.caption ? out : null;
}

/**
 * Writes texts per language, as the other staff documents do: a language given replaces its
 * texts as a whole (fields left out or "" become null), one set to null (or left without any
 * text) loses its row, languages left out stay as they are.
 */
export async function writeTranslations(
  db: Database,
  mediaId: number,
  input: MediaTranslationsInput,
): Promise<void> {
  for (const locale of LOCALES) {
    const change = input[locale];
    if (change === undefined) continue;
    const next = change === null ? null : cleanTexts(change);
    if (!next) {
      await db.execute(
        sql`DELETE FROM media_translations WHERE media_id = ${mediaId} AND locale = ${locale}`,
      );
      continue;
    }
    await db.execute(sql`INSERT INTO media_translations (media_id, locale, title, alt, caption)
      VALUES (${mediaId}, ${locale}, ${next.title}, ${next.alt}, ${next.caption})
      ON CONFLICT (media_id, locale) DO UPDATE
        SET title = excluded.title, alt = excluded.alt, caption = excluded.caption`);
  }
}

export interface LockedMedia {
  id: number;
  ownerId: number | null;
  version: number;
  storageKey: string | null;
}

/** The row, locked until the transaction ends: the version read is the version written over. */
export async function lockMedia(db: Database, id: number): Promise<LockedMedia | null> {
  const [row] = await rowsOf<LockedMedia>(
    db,
    sql`SELECT id, created_by_id AS "ownerId", version, storage_key AS "storageKey"
      FROM media WHERE id = ${id} FOR UPDATE`,
  );
  return row ?? null;
}

export async function updateMediaRow(
  db: Database,
  id: number,
  patch: { credit?: string | null; consent?: Consent; focalX?: number; focalY?: number },
): Promise<void> {
  const sets: SQL[] = [sql`version = version + 1`, sql`updated_at = now()`];
  if (patch.credit !== undefined) sets.push(sql`credit = ${patch.credit?.trim() || null}`);
  if (patch.consent !== undefined) sets.push(sql`consent = ${patch.consent}`);
  if (patch.focalX !== undefined) sets.push(sql`focal_x = ${patch.focalX}`);
  if (patch.focalY !== undefined) sets.push(sql`focal_y = ${patch.focalY}`);
  await db.execute(sql`UPDATE media SET ${sql.join(sets, sql`, `)} WHERE id = ${id}`);
}

export interface MediaUsage {
  covers: number;
  galleries: number;
  bodies: number;
}

/**
 * Where a media record is still shown: as a cover or logo, in a gallery, or by its file URL in
 * an article or page body (`/media/<folder>/…`, the folder shared by all its files).
 */
export async function mediaUsage(
  db: Database,
  id: number,
  folder: string | null,
): Promise<MediaUsage> {
  const pattern = folder ? likePattern(`${MEDIA_FILES_PREFIX}${folder}/`) : null;
  const [row] = await rowsOf<MediaUsage>(
    db,
    sql`SELECT
      (SELECT count(*) FROM articles WHERE cover_media_id = ${id})::int
        + (SELECT count(*) FROM events WHERE cover_media_id = ${id})::int
        + (SELECT count(*) FROM projects WHERE cover_media_id = ${id})::int
        + (SELECT count(*) FROM organizations WHERE logo_media_id = ${id})::int AS covers,
      (SELECT count(*) FROM article_media WHERE media_id = ${id})::int
        + (SELECT count(*) FROM event_media WHERE media_id = ${id})::int AS galleries,
      CASE WHEN ${pattern}::text IS NULL THEN 0 ELSE
        (SELECT count(*) FROM article_translations WHERE body LIKE ${pattern})::int
        + (SELECT count(*) FROM page_translations WHERE body LIKE ${pattern})::int END AS bodies`,
  );
  return row ?? { covers: 0, galleries: 0, bodies: 0 };
}

/** Deletes the record (its translations go with it) and returns the keys of its files. */
export async function deleteMediaRow(db: Database, id: number): Promise<string[]> {
  const [row] = await rowsOf<{ keys: string[] | null }>(
    db,
    sql`DELETE FROM media m WHERE m.id = ${id}
      RETURNING (SELECT array_agg(DISTINCT k) FROM (
        SELECT m.storage_key AS k UNION ALL
        SELECT v->>'key' FROM jsonb_array_elements(m.variants) v) keys WHERE k IS NOT NULL) AS keys`,
  );
  return row?.keys ?? [];
}

export interface StoredMediaFile {
  mediaId: number;
  kind: 'image' | 'video' | 'document';
  /** Whether the public may fetch it (consent obtained or not required). */
  public: boolean;
  originalFilename: string | null;
}

/** The media record a stored file belongs to (its original or one of its variants). */
export async function mediaFileByKey(db: Database, key: string): Promise<StoredMediaFile | null> {
  const [row] = await rowsOf<StoredMediaFile>(
    db,
    sql`SELECT m.id AS "mediaId", m.kind, ${mediaVisible('m')} AS public,
        m.original_filename AS "originalFilename"
      FROM media m
      WHERE m.storage_key = ${key} OR m.variants @> ${JSON.stringify([{ key }])}::jsonb
      LIMIT 1`,
  );
  return row ?? null;
}

import { sql } from 'drizzle-orm';
import type { Database } from '../../db/client.js';
import { rowsOf } from '../../shared/sql.js';
import type { ProblemBody } from '../../shared/schemas.js';

type FieldError = NonNullable<ProblemBody['errors']>[number];

/**
 * The publishing rule for pictures: every image an item shows (cover, gallery, logo) needs alt
 * text in every language the item is written in. Answers one error per image and language
 * missing it, as `media.<id>.alt.<locale>`; videos and documents are not checked.
 */
export async function missingAltTexts(
  db: Database,
  opts: { mediaIds: readonly (number | null | undefined)[]; locales: readonly string[] },
): Promise<FieldError[]> {
  const ids = [...new Set(opts.mediaIds.filter((id): id is number => typeof id === 'number'))];
  if (ids.length === 0 || opts.locales.length === 0) return [];
  const rows = await rowsOf<{ id: number; locale: string }>(
    db,
    sql`SELECT m.id, l AS locale FROM media m, unnest(string_to_array(${opts.locales.join(',')}, ',')::locale[]) l
      WHERE m.id IN (${sql.join(
        ids.map((i) => sql`${i}`),
        sql`, `,
      )}) AND m.kind = 'image'
        AND NOT EXISTS (SELECT 1 FROM media_translations t WHERE t.media_id = m.id AND t.locale = l
          AND coalesce(trim(t.alt), '') <> '')
      ORDER BY m.id, l`,
  );
  return rows.map((r) => ({
    in: 'body' as const,
    field: `media.${r.id}.alt.${r.locale}`,
    message: 'is required before publishing',
  }));
}

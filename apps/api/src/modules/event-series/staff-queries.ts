import { sql } from 'drizzle-orm';
import type { Static } from 'typebox';
import type { Database } from '../../db/client.js';
import type { Locale } from '../../db/schema/common.js';
import { rowsOf } from '../../shared/sql.js';
import { documentMetaColumns, saveTranslations, translationsJson } from '../staff/documents.js';
import type {
  EventSeriesCreate,
  EventSeriesDocument,
  EventSeriesTranslationInput,
} from './staff-schemas.js';

export type EventSeriesDoc = Static<typeof EventSeriesDocument>;
export type EventSeriesInput = Static<typeof EventSeriesCreate>;
type TranslationInput = Static<typeof EventSeriesTranslationInput>;

const TRANSLATION_COLUMNS = ['title', 'description'];

export async function loadEventSeriesDocument(
  db: Database,
  id: number,
): Promise<EventSeriesDoc | null> {
  const [row] = await rowsOf<EventSeriesDoc>(
    db,
    sql`SELECT ${documentMetaColumns({ translationsTable: 'event_series_translations', foreignKey: 'series_id', workflow: true })},
        x.slug,
        coalesce((SELECT json_agg(e.id ORDER BY e.series_position NULLS LAST, e.starts_at NULLS LAST, e.id)
          FROM events e WHERE e.series_id = x.id), '[]'::json) AS "eventIds",
        ${translationsJson({ table: 'event_series_translations', foreignKey: 'series_id', parentId: sql`x.id`, columns: TRANSLATION_COLUMNS })} AS translations
      FROM event_series x WHERE x.id = ${id}`,
  );
  return row ?? null;
}

function cleanTranslations(
  translations: Partial<Record<Locale, TranslationInput | null>> | undefined,
) {
  if (!translations) return undefined;
  return Object.fromEntries(
    Object.entries(translations).map(([locale, t]) => [
      locale,
      t && { title: t.title.trim(), description: t.description?.trim() || null },
    ]),
  );
}

async function saveRelations(db: Database, id: number, input: Partial<EventSeriesInput>) {
  await saveTranslations(db, {
    table: 'event_series_translations',
    foreignKey: 'series_id',
    id,
    columns: TRANSLATION_COLUMNS,
    translations: cleanTranslations(input.translations),
  });
}

export async function insertEventSeries(db: Database, input: EventSeriesInput) {
  const [row] = await rowsOf<{ id: number }>(
    db,
    sql`INSERT INTO event_series (slug) VALUES (${input.slug}) RETURNING id`,
  );
  await saveRelations(db, row!.id, input);
  return row!.id;
}

export async function updateEventSeries(
  db: Database,
  id: number,
  patch: Partial<EventSeriesInput>,
) {
  if (patch.slug !== undefined) {
    await db.execute(sql`UPDATE event_series SET slug = ${patch.slug} WHERE id = ${id}`);
  }
  await saveRelations(db, id, patch);
}

export async function deleteEventSeries(db: Database, id: number) {
  // Its events stay, outside any series (the foreign key sets series_id to null).
  await db.execute(sql`DELETE FROM event_series WHERE id = ${id}`);
}

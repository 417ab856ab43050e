import { sql } from 'drizzle-orm';
import type { Static } from 'typebox';
import type { Database } from '../../db/client.js';
import type { Locale } from '../../db/schema/common.js';
import { PARTICIPANT_GROUPS } from '../../db/schema/events.js';
import { invalidField } from '../../shared/problems.js';
import { sanitizeRichText } from '../../shared/rich-text.js';
import type { ProblemBody } from '../../shared/schemas.js';
import { isoUtc, rowsOf } from '../../shared/sql.js';
import type { StaffUser } from '../auth/queries.js';
import { missingAltTexts } from '../staff/alt-texts.js';
import { assignmentsOf } from '../staff/columns.js';
import {
  documentMetaColumns,
  replaceLinks,
  saveTranslations,
  staffRefJson,
  translationsJson,
} from '../staff/documents.js';
import { checkPeriodOrder } from '../staff/fields.js';
import { participantTotalsJson } from './participants.js';
import type { EventCreate, EventDocument, EventTranslationInput } from './staff-schemas.js';

export type EventDoc = Static<typeof EventDocument>;
export type EventInput = Static<typeof EventCreate>;
type TranslationInput = Static<typeof EventTranslationInput>;
type FieldError = NonNullable<ProblemBody['errors']>[number];

const TRANSLATION_COLUMNS = [
  'title',
  'summary',
  'description',
  'venueName',
  'venueAddress',
  'audience',
  'facilitator',
];

/** Columns of events that a PATCH sets as sent. */
const COLUMNS = {
  slug: 'slug',
  seriesId: 'series_id',
  seriesPosition: 'series_position',
  placeId: 'place_id',
  latitude: 'latitude',
  longitude: 'longitude',
  startsAt: 'starts_at',
  endsAt: 'ends_at',
  timeZone: 'time_zone',
  format: 'format',
  attendanceMode: 'attendance_mode',
  coverMediaId: 'cover_media_id',
} as const;

export async function loadEventDocument(db: Database, id: number): Promise<EventDoc | null> {
  const [row] = await rowsOf<EventDoc>(
    db,
    sql`SELECT ${documentMetaColumns({ translationsTable: 'event_translations', foreignKey: 'event_id', workflow: true })},
        ${staffRefJson('x.created_by_id')} AS owner,
        x.slug, x.series_id AS "seriesId", x.series_position AS "seriesPosition", x.place_id AS "placeId",
        x.latitude, x.longitude, ${isoUtc('x.starts_at')} AS "startsAt", ${isoUtc('x.ends_at')} AS "endsAt",
        x.time_zone AS "timeZone", x.format, x.attendance_mode AS "attendanceMode",
        x.cover_media_id AS "coverMediaId",
        coalesce((SELECT json_agg(g.media_id ORDER BY g.position, g.media_id) FROM event_media g WHERE g.event_id = x.id), '[]'::json) AS "galleryMediaIds",
        ${participantTotalsJson(sql`(x.id)`)} AS participants,
        coalesce((SELECT json_agg(json_build_object('organizationId', p.organization_id, 'role', p.role)
          ORDER BY p.organization_id, p.role) FROM event_partners p WHERE p.event_id = x.id), '[]'::json) AS partners,
        coalesce((SELECT json_agg(l.project_id ORDER BY l.project_id) FROM event_projects l WHERE l.event_id = x.id), '[]'::json) AS "projectIds",
        coalesce((SELECT json_agg(l.article_id ORDER BY l.article_id) FROM article_events l WHERE l.event_id = x.id), '[]'::json) AS "articleIds",
        ${translationsJson({ table: 'event_translations', foreignKey: 'event_id', parentId: sql`x.id`, columns: TRANSLATION_COLUMNS })} AS translations
      FROM events x WHERE x.id = ${id}`,
  );
  return row ?? null;
}

/**
 * Exact IANA names the runtime knows (Intl); the pattern of the schema has already kept out
 * offsets and odd spellings that Intl would also accept.
 */
function isTimeZone(name: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone: name });
    return true;
  } catch {
    return false;
  }
}

/** Rules across fields, on the values the event will have once saved. */
function checkEvent(
  values: Pick<Partial<EventInput>, 'startsAt' | 'endsAt' | 'latitude' | 'longitude' | 'timeZone'>,
) {
  checkPeriodOrder(
    values.startsAt,
    values.endsAt,
    { start: 'startsAt', end: 'endsAt' },
    'date-time',
  );
  if ((values.latitude == null) !== (values.longitude == null)) {
    const missing = values.latitude == null ? 'latitude' : 'longitude';
    throw invalidField('body', missing, 'latitude and longitude go together');
  }
  if (values.timeZone !== undefined && !isTimeZone(values.timeZone)) {
    throw invalidField('body', 'timeZone', 'is not a known IANA time zone');
  }
}

function cleanTranslations(
  translations: Partial<Record<Locale, TranslationInput | null>> | undefined,
) {
  if (!translations) return undefined;
  const trimmed = (v: string | null | undefined) => v?.trim() || null;
  return Object.fromEntries(
    Object.entries(translations).map(([locale, t]) => [
      locale,
      t && {
        title: t.title.trim(),
        summary: trimmed(t.summary),
        description: t.description ? sanitizeRichText(t.description) || null : null,
        venueName: trimmed(t.venueName),
        venueAddress: trimmed(t.venueAddress),
        audience: trimmed(t.audience),
        facilitator: trimmed(t.facilitator),
      },
    ]),
  );
}

async function saveParticipants(
  db: Database,
  id: number,
  participants: EventInput['participants'],
) {
  if (!participants) return;
  await db.execute(sql`DELETE FROM participant_counts WHERE event_id = ${id}`);
  for (const group of PARTICIPANT_GROUPS) {
    const count = participants[group];
    if (count === undefined) continue;
    await db.execute(sql`INSERT INTO participant_counts (event_id, "group", count)
      VALUES (${id}, ${group}, ${count})`);
  }
}

async function saveRelations(db: Database, id: number, input: Partial<EventInput>) {
  await saveTranslations(db, {
    table: 'event_translations',
    foreignKey: 'event_id',
    id,
    columns: TRANSLATION_COLUMNS,
    translations: cleanTranslations(input.translations),
  });
  await saveParticipants(db, id, input.participants);
  await replaceLinks(db, {
    table: 'event_media',
    ownerColumn: 'event_id',
    ownerId: id,
    rows: input.galleryMediaIds?.map((mediaId, position) => ({ mediaId, position })),
  });
  await replaceLinks(db, {
    table: 'event_partners',
    ownerColumn: 'event_id',
    ownerId: id,
    rows: input.partners?.map((p) => ({ organizationId: p.organizationId, role: p.role })),
  });
  await replaceLinks(db, {
    table: 'event_projects',
    ownerColumn: 'event_id',
    ownerId: id,
    rows: input.projectIds?.map((projectId) => ({ projectId })),
  });
  await replaceLinks(db, {
    table: 'article_events',
    ownerColumn: 'event_id',
    ownerId: id,
    rows: input.articleIds?.map((articleId) => ({ articleId })),
  });
}

export async function insertEvent(db: Database, input: EventInput, user: StaffUser) {
  checkEvent(input);
  const orDefault = (v: unknown) => (v === undefined ? sql`DEFAULT` : sql`${v}`);
  const [row] = await rowsOf<{ id: number }>(
    db,
    sql`INSERT INTO events (slug, series_id, series_position, place_id, latitude, longitude,
        starts_at, ends_at, time_zone, format, attendance_mode, cover_media_id, created_by_id)
      VALUES (${input.slug}, ${input.seriesId ?? null}, ${input.seriesPosition ?? null},
        ${input.placeId ?? null}, ${input.latitude ?? null}, ${input.longitude ?? null},
        ${input.startsAt ?? null}, ${input.endsAt ?? null}, ${orDefault(input.timeZone)},
        ${orDefault(input.format)}, ${orDefault(input.attendanceMode)},
        ${input.coverMediaId ?? null}, ${user.id})
      RETURNING id`,
  );
  await saveRelations(db, row!.id, input);
  return row!.id;
}

export async function updateEvent(db: Database, id: number, patch: Partial<EventInput>) {
  const [current] = await rowsOf<{
    startsAt: string | null;
    endsAt: string | null;
    latitude: number | null;
    longitude: number | null;
  }>(
    db,
    sql`SELECT ${isoUtc('starts_at')} AS "startsAt", ${isoUtc('ends_at')} AS "endsAt", latitude, longitude
      FROM events WHERE id = ${id}`,
  );
  checkEvent({
    startsAt: patch.startsAt !== undefined ? patch.startsAt : current?.startsAt,
    endsAt: patch.endsAt !== undefined ? patch.endsAt : current?.endsAt,
    latitude: patch.latitude !== undefined ? patch.latitude : current?.latitude,
    longitude: patch.longitude !== undefined ? patch.longitude : current?.longitude,
    timeZone: patch.timeZone,
  });
  const sets = assignmentsOf(patch, COLUMNS);
  if (sets.length > 0) {
    await db.execute(sql`UPDATE events SET ${sql.join(sets, sql`, `)} WHERE id = ${id}`);
  }
  await saveRelations(db, id, patch);
}

export async function deleteEvent(db: Database, id: number) {
  await db.execute(sql`DELETE FROM events WHERE id = ${id}`);
}

export function eventInputOf(doc: EventDoc): EventInput {
  const participants: NonNullable<EventInput['participants']> = {};
  for (const group of PARTICIPANT_GROUPS) {
    const count = doc.participants[group];
    if (count != null) participants[group] = count;
  }
  return {
    slug: doc.slug,
    seriesId: doc.seriesId,
    seriesPosition: doc.seriesPosition,
    placeId: doc.placeId,
    latitude: doc.latitude,
    longitude: doc.longitude,
    startsAt: doc.startsAt,
    endsAt: doc.endsAt,
    timeZone: doc.timeZone,
    format: doc.format,
    attendanceMode: doc.attendanceMode,
    coverMediaId: doc.coverMediaId,
    galleryMediaIds: doc.galleryMediaIds,
    participants,
    partners: doc.partners,
    projectIds: doc.projectIds,
    articleIds: doc.articleIds,
    translations: doc.translations as EventInput['translations'],
  };
}

/** Publishing waits for alt text on the cover and gallery images, in every language of the event. */
export async function eventPublishProblems(db: Database, doc: EventDoc): Promise<FieldError[]> {
  return missingAltTexts(db, {
    mediaIds: [doc.coverMediaId, ...doc.galleryMediaIds],
    locales: Object.keys(doc.translations),
  });
}

import { sql, type SQL } from 'drizzle-orm';
import type { Static } from 'typebox';
import type { Database } from '../../db/client.js';
import type { Locale } from '../../db/schema/common.js';
import type { EVENT_FORMATS } from '../../db/schema/events.js';
import type { Page } from '../../shared/list.js';
import {
  availableLocales,
  bestTranslation,
  isoUtc,
  offsetOf,
  publiclyVisible,
  rowsOf,
  fullTextMatches,
} from '../../shared/sql.js';
import { galleryJson, mediaJsonById } from '../media/queries.js';
import { groupLinksJson } from '../projects/refs.js';
import { pathIds, placeNameJoin, placeWithPathJson, placesCalled } from '../places/sql.js';
import { participantTotalsJson } from './participants.js';
import { dateRangeConditions, eventFilterConditions } from './filters.js';
import type { Event, EventListFilters, EventListQuery, EventSummary } from './schemas.js';

type EventSummaryRow = Static<typeof EventSummary>;
type EventRow = Static<typeof Event>;

function translationJoin(locale: Locale, alias = 'e', into = 't'): SQL {
  return sql`JOIN LATERAL ${bestTranslation({
    table: 'event_translations',
    foreignKey: 'event_id',
    parentId: `${alias}.id`,
    columns:
      'x.title, x.summary, x.description, x.venue_name, x.venue_address, x.audience, x.facilitator',
    locale,
  })} ${sql.raw(into)} ON true`;
}

function titleOf(
  table: string,
  foreignKey: string,
  parentId: string,
  locale: Locale,
  column = 'title',
): SQL {
  return sql`(SELECT y.${sql.raw(column)} FROM ${bestTranslation({ table, foreignKey, parentId, columns: `x.${column}`, locale })} y)`;
}

/**
 * Full-text match on any translation of the event, or an event in a place called `q` (by any
 * of its names, slug or spelling variants: Bazar-Kurgan finds Bazar-Korgon).
 */
function eventSearchCondition(q: string): SQL {
  return sql`(e.id IN ${fullTextMatches({ table: 'event_translations', foreignKey: 'event_id', q })}
    OR e.place_id IN ${placesCalled(q)})`;
}

/** Columns of every event answer; `e` is the event, `t` its chosen translation. */
function summaryColumns(locale: Locale): SQL {
  return sql`e.id, e.slug, t.locale, t.title, t.summary,
    ${availableLocales({ table: 'event_translations', foreignKey: 'event_id', parentId: 'e.id' })} AS "availableLocales",
    ${isoUtc('e.starts_at')} AS "startsAt", ${isoUtc('e.ends_at')} AS "endsAt", e.time_zone AS "timeZone",
    e.format, e.attendance_mode AS "attendanceMode",
    t.venue_name AS "venueName", t.venue_address AS "venueAddress", t.audience, t.facilitator,
    ${placeWithPathJson(sql`e.place_id`, locale)} AS place,
    (SELECT json_build_object('latitude', coalesce(e.latitude, p.latitude), 'longitude', coalesce(e.longitude, p.longitude))
      FROM (SELECT 1) one LEFT JOIN places p ON p.id = e.place_id
      WHERE coalesce(e.latitude, p.latitude) IS NOT NULL AND coalesce(e.longitude, p.longitude) IS NOT NULL) AS coordinates,
    (SELECT json_build_object('slug', s.slug, 'title', ${titleOf('event_series_translations', 'series_id', 's.id', locale)},
        'position', e.series_position)
      FROM event_series s WHERE s.id = e.series_id AND ${publiclyVisible('s')}) AS series,
    (SELECT coalesce(json_agg(json_build_object('slug', pj.slug, 'kind', pj.kind,
        'title', ${titleOf('project_translations', 'project_id', 'pj.id', locale)}) ORDER BY pj.kind, pj.slug), '[]'::json)
      FROM event_projects epj JOIN projects pj ON pj.id = epj.project_id
      WHERE epj.event_id = e.id AND ${publiclyVisible('pj')}) AS projects,
    (SELECT coalesce(json_agg(json_build_object('slug', o.slug, 'kind', o.kind,
        'name', ${titleOf('organization_translations', 'organization_id', 'o.id', locale, 'name')},
        'role', ep.role, 'websiteUrl', o.website_url, 'logo', ${mediaJsonById(sql`o.logo_media_id`, locale)})
        ORDER BY ep.role, o.slug), '[]'::json)
      FROM event_partners ep JOIN organizations o ON o.id = ep.organization_id
      WHERE ep.event_id = e.id AND ${publiclyVisible('o')}) AS partners,
    ${participantTotalsJson(sql`(e.id)`)} AS participants,
    ${mediaJsonById(sql`e.cover_media_id`, locale)} AS cover`;
}

/**
 * What the event list's filters select, on events aliased `e`: public events matching the named
 * filters, the search, the date range and `when`. The feeds (iCalendar, GeoJSON) use it too.
 */
export function eventListConditions(f: EventListFilters): SQL[] {
  const conditions: SQL[] = [publiclyVisible('e'), ...eventFilterConditions('e', f)];
  if (f.q) conditions.push(eventSearchCondition(f.q));
  conditions.push(...dateRangeConditions(sql`e.starts_at`, f.from, f.to));
  if (f.when === 'upcoming') conditions.push(sql`coalesce(e.ends_at, e.starts_at) >= now()`);
  if (f.when === 'past') conditions.push(sql`(e.starts_at < now() OR e.starts_at IS NULL)`);
  return conditions;
}

export async function listEvents(
  db: Database,
  f: EventListQuery & { locale: Locale },
): Promise<Page<EventSummaryRow>> {
  const where = sql.join(eventListConditions(f), sql` AND `);
  const sort = f.sort ?? (f.when === 'upcoming' ? 'startsAt' : '-startsAt');
  const order =
    sort === 'startsAt'
      ? sql`e.starts_at ASC NULLS LAST, e.series_position ASC NULLS LAST, e.id ASC`
      : sort === 'series'
        ? sql`e.series_id ASC NULLS LAST, e.series_position ASC NULLS LAST, e.starts_at ASC NULLS LAST, e.id ASC`
        : sql`e.starts_at DESC NULLS LAST, e.series_position ASC NULLS LAST, e.id DESC`;

  const rows = await rowsOf<EventSummaryRow & { total: number }>(
    db,
    sql`WITH page AS (
        SELECT e.id, row_number() OVER (ORDER BY ${order}) AS n, count(*) OVER ()::int AS total
        FROM events e WHERE ${where}
        ORDER BY ${order} LIMIT ${f.pageSize} OFFSET ${offsetOf(f.page, f.pageSize)})
      SELECT page.total, ${summaryColumns(f.locale)}
      FROM page JOIN events e ON e.id = page.id ${translationJoin(f.locale)}
      ORDER BY page.n`,
  );
  const total = rows[0]?.total ?? (await countEvents(db, where));
  return { items: rows, total };
}

async function countEvents(db: Database, where: SQL): Promise<number> {
  const [row] = await rowsOf<{ n: number }>(
    db,
    sql`SELECT count(*)::int AS n FROM events e WHERE ${where}`,
  );
  return row?.n ?? 0;
}

function neighbour(direction: 'previous' | 'next', locale: Locale): SQL {
  const cmp = direction === 'previous' ? sql`<` : sql`>`;
  const ord = direction === 'previous' ? sql`DESC` : sql`ASC`;
  return sql`(SELECT json_build_object('slug', n.slug, 'title', ${titleOf('event_translations', 'event_id', 'n.id', locale)})
    FROM events n WHERE n.series_id = e.series_id AND n.series_position ${cmp} e.series_position
      AND ${publiclyVisible('n')}
    ORDER BY n.series_position ${ord} LIMIT 1)`;
}

/** A published event by its slug. */
export async function getEventBySlug(
  db: Database,
  slug: string,
  locale: Locale,
): Promise<EventRow | null> {
  return eventDetail(db, sql`e.slug = ${slug} AND ${publiclyVisible('e')}`, locale);
}

/** Any event, published or not, as its public page would show it (staff preview). */
export async function getEventPreview(
  db: Database,
  id: number,
  locale: Locale,
): Promise<EventRow | null> {
  return eventDetail(db, sql`e.id = ${id}`, locale);
}

async function eventDetail(db: Database, where: SQL, locale: Locale): Promise<EventRow | null> {
  const [row] = await rowsOf<EventRow>(
    db,
    sql`SELECT ${summaryColumns(locale)}, t.description, ${isoUtc('e.updated_at')} AS "updatedAt",
        ${galleryJson({ linkTable: 'event_media', ownerColumn: 'event_id', ownerId: sql`e.id`, locale })} AS gallery,
        (SELECT coalesce(json_agg(json_build_object('slug', at.slug, 'title', at.title, 'locale', at.locale,
            'publishedAt', ${isoUtc('a.publish_at')}) ORDER BY a.publish_at DESC), '[]'::json)
          FROM article_events ae JOIN articles a ON a.id = ae.article_id
          JOIN LATERAL ${bestTranslation({ table: 'article_translations', foreignKey: 'article_id', parentId: 'a.id', columns: 'x.slug, x.title', locale })} at ON true
          WHERE ae.event_id = e.id AND ${publiclyVisible('a')}) AS articles,
        ${groupLinksJson({ linkTable: 'community_group_events', ownerColumn: 'event_id', ownerId: sql`e.id`, locale })} AS groups,
        ${neighbour('previous', locale)} AS "previousInSeries",
        ${neighbour('next', locale)} AS "nextInSeries"
      FROM events e ${translationJoin(locale)}
      WHERE ${where}`,
  );
  return row ?? null;
}

export interface EventRefRow {
  slug: string;
  title: string;
  startsAt: string | null;
  placeName: string | null;
  seriesPosition: number | null;
}

/** The public events an article reports on, in series order. */
export async function eventRefsOfArticle(
  db: Database,
  articleId: number,
  locale: Locale,
): Promise<EventRefRow[]> {
  return rowsOf<EventRefRow>(
    db,
    sql`SELECT e.slug, t.title, ${isoUtc('e.starts_at')} AS "startsAt", e.series_position AS "seriesPosition",
        ${titleOf('place_translations', 'place_id', 'e.place_id', locale, 'name')} AS "placeName"
      FROM article_events ae JOIN events e ON e.id = ae.event_id ${translationJoin(locale)}
      WHERE ae.article_id = ${articleId} AND ${publiclyVisible('e')}
      ORDER BY e.series_id NULLS LAST, e.series_position NULLS LAST, e.starts_at NULLS LAST, e.id`,
  );
}

export interface EventLocationRow {
  slug: string;
  availableLocales: Locale[];
  /** The later of the last edit and the publication. */
  lastModified: string;
}

/** Every public event with the locales it exists in, newest first (for sitemaps). */
export async function listEventLocations(db: Database): Promise<EventLocationRow[]> {
  return rowsOf<EventLocationRow>(
    db,
    sql`SELECT e.slug,
        ${availableLocales({ table: 'event_translations', foreignKey: 'event_id', parentId: 'e.id' })} AS "availableLocales",
        ${isoUtc(sql`greatest(e.updated_at, e.publish_at)`)} AS "lastModified"
      FROM events e
      WHERE ${publiclyVisible('e')} AND EXISTS (SELECT 1 FROM event_translations x WHERE x.event_id = e.id)
      ORDER BY e.starts_at DESC NULLS LAST, e.id DESC`,
  );
}

export interface EventFeedRow {
  id: number;
  slug: string;
  locale: Locale;
  title: string;
  summary: string | null;
  /** Sanitized HTML. */
  description: string | null;
  startsAt: string | null;
  endsAt: string | null;
  timeZone: string;
  format: (typeof EVENT_FORMATS)[number];
  venueName: string | null;
  venueAddress: string | null;
  /** Names on the place's path, from the country down to the place. */
  placePath: string[] | null;
  latitude: number | null;
  longitude: number | null;
  participantsTotal: number | null;
  lastModified: string;
}

/**
 * Public events for the feeds, with the list's filters, newest first, at most `limit`: lean rows
 * (no partners, media or series). `dated` keeps events with a known start, `located` those with
 * coordinates (their own, or their place's). `total` counts all matches.
 */
export async function listEventsForFeeds(
  db: Database,
  f: EventListFilters & { locale: Locale },
  opts: { limit: number; dated?: boolean; located?: boolean },
): Promise<Page<EventFeedRow>> {
  const conditions = eventListConditions(f);
  if (opts.dated) conditions.push(sql`e.starts_at IS NOT NULL`);
  if (opts.located) {
    conditions.push(sql`coalesce(e.latitude, (SELECT p.latitude FROM places p WHERE p.id = e.place_id)) IS NOT NULL
      AND coalesce(e.longitude, (SELECT p.longitude FROM places p WHERE p.id = e.place_id)) IS NOT NULL`);
  }
  const where = sql.join(conditions, sql` AND `);
  const order = sql`e.starts_at DESC NULLS LAST, e.series_position ASC NULLS LAST, e.id DESC`;
  const rows = await rowsOf<EventFeedRow & { total: number }>(
    db,
    sql`WITH page AS (
        SELECT e.id, row_number() OVER (ORDER BY ${order}) AS n, count(*) OVER ()::int AS total
        FROM events e WHERE ${where}
        ORDER BY ${order} LIMIT ${opts.limit})
      SELECT page.total, e.id, e.slug, t.locale, t.title, t.summary, t.description,
        ${isoUtc('e.starts_at')} AS "startsAt", ${isoUtc('e.ends_at')} AS "endsAt", e.time_zone AS "timeZone",
        e.format, t.venue_name AS "venueName", t.venue_address AS "venueAddress",
        (SELECT json_agg(coalesce(pan.name, pa.slug) ORDER BY pa.depth)
          FROM places pl JOIN places pa ON pa.id = ANY(${pathIds('pl.path')}) ${placeNameJoin('pa', f.locale)}
          WHERE pl.id = e.place_id) AS "placePath",
        coalesce(e.latitude, p.latitude) AS latitude, coalesce(e.longitude, p.longitude) AS longitude,
        (SELECT sum(pc.count)::int FROM participant_counts pc WHERE pc.event_id = e.id) AS "participantsTotal",
        ${isoUtc(sql`greatest(e.updated_at, e.publish_at)`)} AS "lastModified"
      FROM page JOIN events e ON e.id = page.id ${translationJoin(f.locale)}
      LEFT JOIN places p ON p.id = e.place_id
      ORDER BY page.n`,
  );
  return { items: rows, total: rows[0]?.total ?? 0 };
}

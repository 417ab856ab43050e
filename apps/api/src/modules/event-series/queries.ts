import { sql, type SQL } from 'drizzle-orm';
import type { Static } from 'typebox';
import type { Database } from '../../db/client.js';
import type { Locale } from '../../db/schema/common.js';
import type { Page } from '../../shared/list.js';
import {
  availableLocales,
  bestTranslation,
  isoUtc,
  offsetOf,
  publiclyVisible,
  rowsOf,
} from '../../shared/sql.js';
import { placeNameJoin } from '../places/sql.js';
import type { EventSeries, EventSeriesListQuery, EventSeriesSummary } from './schemas.js';

export type EventSeriesSummaryRow = Static<typeof EventSeriesSummary>;
type EventSeriesRow = Static<typeof EventSeries>;

function translationJoin(locale: Locale): SQL {
  return sql`JOIN LATERAL ${bestTranslation({
    table: 'event_series_translations',
    foreignKey: 'series_id',
    parentId: 's.id',
    columns: 'x.title, x.description',
    locale,
  })} t ON true`;
}

/** Figures of series `s` over its public events only, exposed as `st`. */
const statsJoin = sql`LEFT JOIN LATERAL (SELECT count(*)::int AS event_count,
    min(e.starts_at) AS starts_at, max(coalesce(e.ends_at, e.starts_at)) AS ends_at
  FROM events e WHERE e.series_id = s.id AND ${publiclyVisible('e')}) st ON true`;

/** Columns every series answer carries; `s` is the series, `t` its translation, `st` its figures. */
function summaryColumns(): SQL {
  return sql`s.id, s.slug, t.locale, t.title, t.description,
    ${availableLocales({ table: 'event_series_translations', foreignKey: 'series_id', parentId: 's.id' })} AS "availableLocales",
    st.event_count AS "eventCount", ${isoUtc('st.starts_at')} AS "startsAt", ${isoUtc('st.ends_at')} AS "endsAt"`;
}

// Newest first by when the series actually ran; series without dated events last.
const ORDER = sql`st.starts_at DESC NULLS LAST, s.id DESC`;

export async function listEventSeries(
  db: Database,
  f: EventSeriesListQuery & { locale: Locale },
): Promise<Page<EventSeriesSummaryRow>> {
  const where = publiclyVisible('s');
  const rows = await rowsOf<EventSeriesSummaryRow & { total: number }>(
    db,
    sql`WITH page AS (
        SELECT s.id, row_number() OVER (ORDER BY ${ORDER}) AS n, count(*) OVER ()::int AS total
        FROM event_series s ${statsJoin} WHERE ${where}
        ORDER BY ${ORDER} LIMIT ${f.pageSize} OFFSET ${offsetOf(f.page, f.pageSize)})
      SELECT page.total, ${summaryColumns()}
      FROM page JOIN event_series s ON s.id = page.id ${translationJoin(f.locale)} ${statsJoin}
      ORDER BY page.n`,
  );
  const total = rows[0]?.total ?? (await countEventSeries(db, where));
  return { items: rows, total };
}

async function countEventSeries(db: Database, where: SQL): Promise<number> {
  const [row] = await rowsOf<{ n: number }>(
    db,
    sql`SELECT count(*)::int AS n FROM event_series s WHERE ${where}`,
  );
  return row?.n ?? 0;
}

/** The public series that the project's public events belong to, in list order. */
export async function eventSeriesOfProject(
  db: Database,
  projectId: number,
  locale: Locale,
): Promise<EventSeriesSummaryRow[]> {
  return rowsOf<EventSeriesSummaryRow>(
    db,
    sql`SELECT ${summaryColumns()}
      FROM event_series s ${translationJoin(locale)} ${statsJoin}
      WHERE ${publiclyVisible('s')} AND s.id IN (SELECT e.series_id
          FROM event_projects epj JOIN events e ON e.id = epj.event_id
          WHERE epj.project_id = ${projectId} AND ${publiclyVisible('e')})
      ORDER BY ${ORDER}`,
  );
}

export async function getEventSeriesBySlug(
  db: Database,
  slug: string,
  locale: Locale,
): Promise<EventSeriesRow | null> {
  const [row] = await rowsOf<EventSeriesRow>(
    db,
    sql`SELECT ${summaryColumns()},
        (SELECT coalesce(json_agg(json_build_object('slug', e.slug, 'title', et.title,
            'position', e.series_position, 'startsAt', ${isoUtc('e.starts_at')}, 'placeName', pn.name)
            ORDER BY e.series_position NULLS LAST, e.starts_at NULLS LAST, e.id), '[]'::json)
          FROM events e
          JOIN LATERAL ${bestTranslation({ table: 'event_translations', foreignKey: 'event_id', parentId: 'e.id', columns: 'x.title', locale })} et ON true
          LEFT JOIN places p ON p.id = e.place_id ${placeNameJoin('p', locale)}
          WHERE e.series_id = s.id AND ${publiclyVisible('e')}) AS events
      FROM event_series s ${translationJoin(locale)} ${statsJoin}
      WHERE s.slug = ${slug} AND ${publiclyVisible('s')}`,
  );
  return row ?? null;
}

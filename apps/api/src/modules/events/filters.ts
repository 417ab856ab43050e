import { Type } from 'typebox';
import { sql, type SQL } from 'drizzle-orm';
import { EVENT_FORMATS } from '../../db/schema/events.js';
import { SlugSchema } from '../../shared/schemas.js';
import { HttpProblem, PROBLEM_TYPES } from '../../shared/problems.js';

/**
 * Filters on events, shared by the event list, the article list (articles reporting on such
 * events) and the impact statistics, so the three always agree on what a filter means.
 */
export function eventFilterQuery(scope: string) {
  return {
    place: Type.Optional({
      ...SlugSchema,
      description: `${scope} in this place or any place under it`,
    }),
    partner: Type.Optional({
      ...SlugSchema,
      description: `${scope} with this partner organization`,
    }),
    project: Type.Optional({
      ...SlugSchema,
      description: `${scope} of this project or initiative`,
    }),
    series: Type.Optional({ ...SlugSchema, description: `${scope} of this event series` }),
    format: Type.Optional(Type.Enum(EVENT_FORMATS, { description: `${scope} of this format` })),
  };
}

export interface EventFilters {
  place?: string | undefined;
  partner?: string | undefined;
  project?: string | undefined;
  series?: string | undefined;
  format?: (typeof EVENT_FORMATS)[number] | undefined;
}

/** SQL conditions on an events row aliased `alias`; empty when no filter is set. */
export function eventFilterConditions(alias: string, f: EventFilters): SQL[] {
  const e = sql.raw(alias);
  const conditions: SQL[] = [];
  if (f.place) {
    conditions.push(sql`${e}.place_id IN (SELECT d.id FROM places d, places p
      WHERE p.slug = ${f.place} AND d.path LIKE p.path || '%')`);
  }
  if (f.partner) {
    conditions.push(sql`EXISTS (SELECT 1 FROM event_partners ep JOIN organizations o ON o.id = ep.organization_id
      WHERE ep.event_id = ${e}.id AND o.slug = ${f.partner})`);
  }
  if (f.project) {
    conditions.push(sql`EXISTS (SELECT 1 FROM event_projects epj JOIN projects pj ON pj.id = epj.project_id
      WHERE epj.event_id = ${e}.id AND pj.slug = ${f.project})`);
  }
  if (f.series) {
    conditions.push(
      sql`${e}.series_id = (SELECT s.id FROM event_series s WHERE s.slug = ${f.series})`,
    );
  }
  if (f.format) conditions.push(sql`${e}.format = ${f.format}`);
  return conditions;
}

export function hasEventFilter(f: EventFilters): boolean {
  return Boolean(f.place || f.partner || f.project || f.series || f.format);
}

const BISHKEK = 'Asia/Bishkek';

/**
 * A date range from `from`/`to` (YYYY-MM-DD, whole days in Asia/Bishkek, both inclusive) as
 * conditions on a timestamp column.
 */
export function dateRangeConditions(column: SQL, from?: string, to?: string): SQL[] {
  if (from && to && from > to) {
    throw new HttpProblem({
      status: 400,
      title: 'Invalid request',
      type: PROBLEM_TYPES.validation,
      detail: 'from: must not be after to',
      errors: [{ in: 'query', field: 'from', message: 'must not be after to' }],
    });
  }
  const conditions: SQL[] = [];
  if (from) conditions.push(sql`${column} >= (${from}::date::timestamp AT TIME ZONE ${BISHKEK})`);
  if (to) conditions.push(sql`${column} < ((${to}::date + 1)::timestamp AT TIME ZONE ${BISHKEK})`);
  return conditions;
}

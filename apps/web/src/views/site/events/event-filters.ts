import type { paths } from '@jaryk/client';
import type { LocationQuery, LocationQueryRaw } from 'vue-router';

type EventsQuery = NonNullable<paths['/api/v1/events']['get']['parameters']['query']>;
export type EventFormat = NonNullable<EventsQuery['format']>;
export type EventWhen = NonNullable<EventsQuery['when']>;

export const EVENT_FORMATS: readonly EventFormat[] = [
  'workshop',
  'training',
  'meeting',
  'campaign',
  'conference',
  'other',
];

/**
 * The filters of the events page (and the impact page), as they stand in the URL: the URL is
 * their only home, so a filtered list can be shared and the back button undoes a change.
 * `region` is an oblast or a city of republican significance, `district` one of its districts.
 */
export interface EventFilters {
  region?: string;
  district?: string;
  from?: string;
  to?: string;
  partner?: string;
  project?: string;
  format?: EventFormat;
  when?: EventWhen;
  /** Set by links from an event's or a project's page; there is no control for it. */
  series?: string;
}

export const FILTER_KEYS = [
  'region',
  'district',
  'from',
  'to',
  'partner',
  'project',
  'format',
  'when',
  'series',
] as const satisfies readonly (keyof EventFilters)[];

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const DAY = /^\d{4}-\d{2}-\d{2}$/;

function single(value: LocationQuery[string] | undefined): string | undefined {
  const first = Array.isArray(value) ? value[0] : value;
  return typeof first === 'string' && first !== '' ? first : undefined;
}

function isDay(value: string): boolean {
  return DAY.test(value) && !Number.isNaN(Date.parse(`${value}T00:00:00Z`));
}

/**
 * The filters in a URL query. Values the API would refuse (a mistyped slug, a date that is not
 * YYYY-MM-DD) are left out rather than turned into an error page.
 */
export function readFilters(query: LocationQuery): EventFilters {
  const filters: EventFilters = {};
  for (const key of ['region', 'district', 'partner', 'project', 'series'] as const) {
    const value = single(query[key]);
    if (value && value.length <= 200 && SLUG.test(value)) filters[key] = value;
  }
  if (!filters.region) delete filters.district;
  for (const key of ['from', 'to'] as const) {
    const value = single(query[key]);
    if (value && isDay(value)) filters[key] = value;
  }
  const format = single(query.format);
  if (format && (EVENT_FORMATS as readonly string[]).includes(format)) {
    filters.format = format as EventFormat;
  }
  const when = single(query.when);
  if (when === 'upcoming' || when === 'past') filters.when = when;
  return filters;
}

/** The URL query for `filters` (only what is set, in a fixed order), keeping `keep` as is. */
export function filtersToQuery(filters: EventFilters, keep: LocationQueryRaw = {}) {
  const query: LocationQueryRaw = { ...keep };
  for (const key of FILTER_KEYS) {
    const value = filters[key];
    if (value) query[key] = value;
  }
  return query;
}

/** The place the API filters on: the district when one is chosen, else the oblast or city. */
export function placeOf(filters: EventFilters): string | undefined {
  return filters.district ?? filters.region;
}

/** The filters as the API's query parameters (events list, impact statistics). */
export function apiFilters(filters: EventFilters) {
  const place = placeOf(filters);
  return {
    ...(place ? { place } : {}),
    ...(filters.from ? { from: filters.from } : {}),
    ...(filters.to ? { to: filters.to } : {}),
    ...(filters.partner ? { partner: filters.partner } : {}),
    ...(filters.project ? { project: filters.project } : {}),
    ...(filters.series ? { series: filters.series } : {}),
    ...(filters.format ? { format: filters.format } : {}),
  };
}

export function hasFilters(filters: EventFilters): boolean {
  return FILTER_KEYS.some((key) => filters[key] !== undefined);
}

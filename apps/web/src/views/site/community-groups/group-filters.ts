import type { paths } from '@jaryk/client';
import type { LocationQuery, LocationQueryRaw } from 'vue-router';

type GroupsQuery = NonNullable<paths['/api/v1/community-groups']['get']['parameters']['query']>;
export type GroupKind = NonNullable<GroupsQuery['kind']>;
export type GroupStatus = NonNullable<GroupsQuery['status']>;

export const GROUP_KINDS: readonly GroupKind[] = [
  'self_help_group',
  'children_self_help_group',
  'association',
  'maternal_school',
];
export const GROUP_STATUSES: readonly GroupStatus[] = ['active', 'closed'];

/**
 * The filters of the groups page as they stand in the URL (their only home, as on the events
 * page): `region` is an oblast or a city of republican significance, `district` one of its
 * districts (kept only with its region).
 */
export interface GroupFilters {
  kind?: GroupKind;
  region?: string;
  district?: string;
  project?: string;
  status?: GroupStatus;
}

export const GROUP_FILTER_KEYS = [
  'kind',
  'region',
  'district',
  'project',
  'status',
] as const satisfies readonly (keyof GroupFilters)[];

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

function single(value: LocationQuery[string] | undefined): string | undefined {
  const first = Array.isArray(value) ? value[0] : value;
  return typeof first === 'string' && first !== '' ? first : undefined;
}

/** The filters in a URL query; values the API would refuse are left out, not an error page. */
export function readGroupFilters(query: LocationQuery): GroupFilters {
  const filters: GroupFilters = {};
  for (const key of ['region', 'district', 'project'] as const) {
    const value = single(query[key]);
    if (value && value.length <= 200 && SLUG.test(value)) filters[key] = value;
  }
  if (!filters.region) delete filters.district;
  const kind = single(query.kind);
  if (kind && (GROUP_KINDS as readonly string[]).includes(kind)) filters.kind = kind as GroupKind;
  const status = single(query.status);
  if (status && (GROUP_STATUSES as readonly string[]).includes(status)) {
    filters.status = status as GroupStatus;
  }
  return filters;
}

/** The URL query for `filters` (only what is set, in a fixed order), keeping `keep` as is. */
export function groupFiltersToQuery(filters: GroupFilters, keep: LocationQueryRaw = {}) {
  const query: LocationQueryRaw = { ...keep };
  for (const key of GROUP_FILTER_KEYS) {
    const value = filters[key];
    if (value) query[key] = value;
  }
  return query;
}

/** The filters as the API's query parameters: the district when one is chosen, else the region. */
export function groupApiFilters(filters: GroupFilters) {
  const place = filters.district ?? filters.region;
  return {
    ...(filters.kind ? { kind: filters.kind } : {}),
    ...(place ? { place } : {}),
    ...(filters.project ? { project: filters.project } : {}),
    ...(filters.status ? { status: filters.status } : {}),
  };
}

export function hasGroupFilters(filters: GroupFilters): boolean {
  return GROUP_FILTER_KEYS.some((key) => filters[key] !== undefined);
}

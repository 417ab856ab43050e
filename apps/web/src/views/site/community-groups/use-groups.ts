import { type Locale, type Schemas, unwrap } from '@jaryk/client';
import { api } from '../../../api';
import { useResource } from '../../../composables/use-resource';
import { type GroupFilters, groupApiFilters } from './group-filters';
import { type GroupMarkerData, groupMarkers } from './group-markers';

export type GroupSummary = Schemas['CommunityGroupSummary'];

/** Groups per page of the list. */
export const GROUPS_PAGE_SIZE = 24;
/** The API's largest page, and the most groups the map asks for. */
const MAP_PAGE_SIZE = 100;
export const MAP_GROUP_CAP = 500;

export interface GroupsPage {
  groups: GroupSummary[];
  requested: Locale;
  page: number;
  pageCount: number;
  total: number;
}

export interface MapGroups extends GroupMarkerData {
  groups: GroupSummary[];
  total: number;
  requested: Locale;
}

function listQuery(locale: Locale, filters: GroupFilters, page: number, pageSize: number) {
  return { locale, ...groupApiFilters(filters), page, pageSize };
}

/**
 * The groups page: one page of the list, or every group (up to MAP_GROUP_CAP) for the map,
 * whichever view is open (the other asks nothing and is null). Both reload when the language,
 * the filters or the page change.
 */
export function useGroups(
  locale: () => Locale,
  filters: () => GroupFilters,
  page: () => number,
  view: () => 'list' | 'map',
) {
  const list = useResource(
    () => JSON.stringify([view(), locale(), filters(), page()]),
    async (signal): Promise<GroupsPage | null> => {
      if (view() !== 'list') return null;
      const requested = locale();
      const answer = await api.GET('/api/v1/community-groups', {
        params: { query: listQuery(requested, filters(), page(), GROUPS_PAGE_SIZE) },
        signal,
      });
      const { data, meta } = unwrap(answer);
      return {
        groups: data,
        requested,
        page: meta.page,
        pageCount: Math.max(1, Math.ceil(meta.total / meta.pageSize)),
        total: meta.total,
      };
    },
  );

  const map = useResource(
    () => JSON.stringify([view(), locale(), filters()]),
    async (signal): Promise<MapGroups | null> => {
      if (view() !== 'map') return null;
      const requested = locale();
      const current = filters();
      const pageOf = (n: number) =>
        api.GET('/api/v1/community-groups', {
          params: { query: listQuery(requested, current, n, MAP_PAGE_SIZE) },
          signal,
        });
      const first = unwrap(await pageOf(1));
      const pages = Math.min(
        Math.ceil(first.meta.total / MAP_PAGE_SIZE),
        MAP_GROUP_CAP / MAP_PAGE_SIZE,
      );
      const rest = await Promise.all(
        Array.from({ length: Math.max(0, pages - 1) }, (_, i) => pageOf(i + 2)),
      );
      const groups = [...first.data, ...rest.flatMap((answer) => unwrap(answer).data)].slice(
        0,
        MAP_GROUP_CAP,
      );
      return { groups, total: first.meta.total, requested, ...groupMarkers(groups) };
    },
  );

  return { list, map };
}

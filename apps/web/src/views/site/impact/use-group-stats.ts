import { type Locale, type Schemas, unwrap } from '@jaryk/client';
import { api } from '../../../api';
import { useResource } from '../../../composables/use-resource';
import type { EventFilters } from '../events/event-filters';

export interface GroupStats {
  totals: Schemas['GroupFigures'];
  byKind: Schemas['GroupStatsRow'][];
  /** By oblast and city, or by district once an oblast is chosen. */
  placeDimension: 'region' | 'district';
  byPlace: Schemas['GroupStatsRow'][];
  /** The oblast or city chosen in the filters (the district rows are in it). */
  region: string | undefined;
  requested: Locale;
}

/**
 * Community groups in numbers for the impact page, by kind and by place (two requests at once).
 * Of the page's filters only the place and the project apply to groups: dates, partner and
 * format describe events.
 */
export function useGroupStats(locale: () => Locale, filters: () => EventFilters) {
  return useResource(
    () => JSON.stringify([locale(), filters().region, filters().district, filters().project]),
    async (signal): Promise<GroupStats> => {
      const requested = locale();
      const { region, district, project } = filters();
      const place = district ?? region;
      const query = {
        locale: requested,
        ...(place ? { place } : {}),
        ...(project ? { project } : {}),
      };
      const placeDimension = region ? 'district' : 'region';
      const [byKind, byPlace] = await Promise.all(
        (['kind', placeDimension] as const).map(async (groupBy) =>
          unwrap(
            await api.GET('/api/v1/stats/groups', {
              params: { query: { ...query, groupBy } },
              signal,
            }),
          ),
        ),
      );
      return {
        totals: byKind!.totals,
        byKind: byKind!.data,
        placeDimension,
        byPlace: byPlace!.data,
        region,
        requested,
      };
    },
  );
}

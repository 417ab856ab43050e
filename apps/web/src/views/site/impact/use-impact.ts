import { type ImpactReport, type Locale, type Schemas, unwrap } from '@jaryk/client';
import { api } from '../../../api';
import { useResource } from '../../../composables/use-resource';
import { type EventFilters, apiFilters } from '../events/event-filters';

export type ImpactDimension = 'region' | 'district' | 'year' | 'project' | 'partner';

/**
 * The groupings shown for `filters`: by oblast, or by district once an oblast is chosen (a
 * single oblast row would say nothing); then by year, project and partner.
 */
export function impactDimensions(filters: EventFilters): ImpactDimension[] {
  return [filters.region ? 'district' : 'region', 'year', 'project', 'partner'];
}

export interface Impact {
  /** Participants of all matching events, by group (the same in every grouping). */
  totals: Schemas['ImpactFigures'];
  /** The groupings, in the order shown, each with its rows. */
  groupings: { dimension: ImpactDimension; rows: Schemas['ImpactRow'][] }[];
  requested: Locale;
}

/** Years in order (an unknown year last); the other groupings as the API orders them. */
function ordered(dimension: ImpactDimension, rows: ImpactReport['data']) {
  if (dimension !== 'year') return rows;
  return [...rows].sort((a, b) => {
    if (a.key === null) return 1;
    if (b.key === null) return -1;
    return a.key.localeCompare(b.key);
  });
}

/**
 * Participants reached by the public events matching `filters`, grouped four ways (one
 * request each, all at once; the totals are the same in every answer). The API
 * withholds small figures (null, named in `suppressed`); nothing here works them out again.
 */
export function useImpact(locale: () => Locale, filters: () => EventFilters) {
  return useResource(
    () => JSON.stringify([locale(), filters()]),
    async (signal): Promise<Impact> => {
      const requested = locale();
      const current = filters();
      const query = { locale: requested, ...apiFilters(current) };
      const dimensions = impactDimensions(current);
      const reports = await Promise.all(
        dimensions.map(async (groupBy) =>
          unwrap(
            await api.GET('/api/v1/stats/impact', {
              params: { query: { ...query, groupBy } },
              signal,
            }),
          ),
        ),
      );
      const groupings = dimensions.map((dimension, i) => ({
        dimension,
        rows: ordered(dimension, reports[i]!.data),
      }));
      return { totals: reports[0]!.totals, groupings, requested };
    },
  );
}

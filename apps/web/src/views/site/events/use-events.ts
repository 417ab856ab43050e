import { type EventSummary, type Locale, unwrap } from '@jaryk/client';
import { api } from '../../../api';
import { useResource } from '../../../composables/use-resource';
import { type EventFilters, apiFilters } from './event-filters';

/** Events per page of the list. */
export const EVENTS_PAGE_SIZE = 20;

export interface EventsPage {
  events: EventSummary[];
  /** The language the page asked for (cards date in it, and mark titles served in another). */
  requested: Locale;
  page: number;
  pageCount: number;
  total: number;
}

/**
 * One page of public events matching `filters`, in `locale`. The API's default order suits
 * each case (soonest first for upcoming, newest first otherwise); a series is listed in its
 * own order. Reloads when the language, the filters or the page change; asks nothing (and is
 * null) while `enabled` is false.
 */
export function useEvents(
  locale: () => Locale,
  filters: () => EventFilters,
  page: () => number,
  enabled: () => boolean = () => true,
) {
  return useResource(
    () => JSON.stringify([enabled(), locale(), filters(), page()]),
    async (signal): Promise<EventsPage | null> => {
      if (!enabled()) return null;
      const requested = locale();
      const current = filters();
      const answer = await api.GET('/api/v1/events', {
        params: {
          query: {
            locale: requested,
            ...apiFilters(current),
            ...(current.when ? { when: current.when } : {}),
            ...(current.series ? { sort: 'series' as const } : {}),
            page: page(),
            pageSize: EVENTS_PAGE_SIZE,
          },
        },
        signal,
      });
      const { data, meta } = unwrap(answer);
      return {
        events: data,
        requested,
        page: meta.page,
        pageCount: Math.max(1, Math.ceil(meta.total / meta.pageSize)),
        total: meta.total,
      };
    },
  );
}

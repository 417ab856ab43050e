import { type EventSummary, type Locale, unwrap } from '@jaryk/client';
import { api } from '../../../api';
import { useResource } from '../../../composables/use-resource';
import { type EventFilters, apiFilters } from './event-filters';
import { type MarkerData, eventMarkers } from './map-markers';

/** The API's largest page. */
export const MAP_PAGE_SIZE = 100;
/** The most events the map asks for: beyond that, the visitor narrows the filters. */
export const MAP_EVENT_CAP = 500;

export interface MapEvents extends MarkerData {
  events: EventSummary[];
  /** All events matching the filters (may be more than `events`, see MAP_EVENT_CAP). */
  total: number;
  requested: Locale;
}

/**
 * Every event matching `filters` (up to MAP_EVENT_CAP) for the map, in pages of 100: the first
 * page says how many there are, the rest are asked for together. Asks nothing (and is null) while `enabled` is false: the map view is closed.
 */
export function useMapEvents(
  locale: () => Locale,
  filters: () => EventFilters,
  enabled: () => boolean = () => true,
) {
  return useResource(
    () => JSON.stringify([enabled(), locale(), filters()]),
    async (signal): Promise<MapEvents | null> => {
      if (!enabled()) return null;
      const requested = locale();
      const current = filters();
      const pageOf = (page: number) =>
        api.GET('/api/v1/events', {
          params: {
            query: {
              locale: requested,
              ...apiFilters(current),
              ...(current.when ? { when: current.when } : {}),
              page,
              pageSize: MAP_PAGE_SIZE,
            },
          },
          signal,
        });

      const first = unwrap(await pageOf(1));
      const pages = Math.min(
        Math.ceil(first.meta.total / MAP_PAGE_SIZE),
        Math.ceil(MAP_EVENT_CAP / MAP_PAGE_SIZE),
      );
      const rest = await Promise.all(
        Array.from({ length: Math.max(0, pages - 1) }, (_, i) => pageOf(i + 2)),
      );
      const events = [...first.data, ...rest.flatMap((answer) => unwrap(answer).data)].slice(
        0,
        MAP_EVENT_CAP,
      );
      return {
        events,
        total: first.meta.total,
        requested,
        ...eventMarkers(events),
      };
    },
  );
}

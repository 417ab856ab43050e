import { type ArticleSummary, type EventSummary, type Locale, unwrap } from '@jaryk/client';
import { type MaybeRefOrGetter, toValue } from 'vue';
import { api } from '../../../api';
import { useResource } from '../../../composables/use-resource';
import { useVideos } from '../videos/use-videos';

/** How many items each list of the home page shows. */
export const HOME_NEWS = 3;
export const HOME_EVENTS = 3;
export const HOME_VIDEOS = 2;

export interface ItemsIn<T> {
  items: T[];
  /** The language the page asked for (items may be served in another). */
  requested: Locale;
}

/**
 * The home page's own data, each part loaded on its own so that one failure leaves the rest of
 * the page usable: the latest news, upcoming and recent events, the headline impact figures and
 * the latest videos. (The slideshow and the donors come with the site settings: stores/site.ts.)
 */
export function useHome(locale: MaybeRefOrGetter<Locale>) {
  const news = useResource(
    () => toValue(locale),
    async (signal): Promise<ItemsIn<ArticleSummary>> => {
      const requested = toValue(locale);
      const { data } = unwrap(
        await api.GET('/api/v1/articles', {
          params: {
            query: { locale: requested, page: 1, pageSize: HOME_NEWS, sort: '-publishedAt' },
          },
          signal,
        }),
      );
      return { items: data, requested };
    },
  );

  function events(when: 'upcoming' | 'past') {
    return useResource(
      () => toValue(locale),
      async (signal): Promise<ItemsIn<EventSummary>> => {
        const requested = toValue(locale);
        const { data } = unwrap(
          await api.GET('/api/v1/events', {
            // Upcoming: soonest first; past: latest first (the API's default order for each).
            params: { query: { locale: requested, when, page: 1, pageSize: HOME_EVENTS } },
            signal,
          }),
        );
        return { items: data, requested };
      },
    );
  }

  const impact = useResource(
    () => toValue(locale),
    async (signal) =>
      unwrap(
        await api.GET('/api/v1/stats/impact', {
          params: { query: { locale: toValue(locale), groupBy: 'none' } },
          signal,
        }),
      ).totals,
  );

  return {
    news,
    upcoming: events('upcoming'),
    recent: events('past'),
    impact,
    videos: useVideos(locale, 1, HOME_VIDEOS),
  };
}

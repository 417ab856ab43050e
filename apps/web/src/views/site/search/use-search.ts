import { type ArticleSummary, type EventSummary, type Locale, unwrap } from '@jaryk/client';
import { type MaybeRefOrGetter, toValue } from 'vue';
import { api } from '../../../api';
import { useResource } from '../../../composables/use-resource';

/** Results shown per group. */
export const SEARCH_GROUP_SIZE = 10;

export interface SearchResults {
  q: string;
  requested: Locale;
  articles: ArticleSummary[];
  articleTotal: number;
  events: EventSummary[];
  eventTotal: number;
}

/** The words as sent: trimmed, at most the 200 characters the API takes. */
export function cleanQuery(q: string): string {
  return q.trim().slice(0, 200);
}

/**
 * News and events matching `q` (full-text search on the API), best matches first, in two
 * requests made at once. Null, without a request, when there is nothing to search for.
 */
export function useSearch(locale: MaybeRefOrGetter<Locale>, q: MaybeRefOrGetter<string>) {
  return useResource(
    () => `${toValue(locale)}/${cleanQuery(toValue(q))}`,
    async (signal): Promise<SearchResults | null> => {
      const words = cleanQuery(toValue(q));
      const requested = toValue(locale);
      if (!words) return null;
      const [articles, events] = await Promise.all([
        api.GET('/api/v1/articles', {
          params: {
            query: {
              q: words,
              locale: requested,
              sort: 'relevance',
              page: 1,
              pageSize: SEARCH_GROUP_SIZE,
            },
          },
          signal,
        }),
        api.GET('/api/v1/events', {
          params: { query: { q: words, locale: requested, page: 1, pageSize: SEARCH_GROUP_SIZE } },
          signal,
        }),
      ]);
      const a = unwrap(articles);
      const e = unwrap(events);
      return {
        q: words,
        requested,
        articles: a.data,
        articleTotal: a.meta.total,
        events: e.data,
        eventTotal: e.meta.total,
      };
    },
  );
}

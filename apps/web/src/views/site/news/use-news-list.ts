import { type ArticleSummary, type Locale, type Schemas, unwrap } from '@jaryk/client';
import { type MaybeRefOrGetter, toValue } from 'vue';
import { api } from '../../../api';
import { useResource } from '../../../composables/use-resource';

/** Articles per page of the news list. */
export const NEWS_PAGE_SIZE = 10;

/** A tag slug as the API accepts it; anything else in the URL is ignored rather than sent. */
const TAG_SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

export interface NewsFilters {
  /** Words to search for ('' for none). */
  q: string;
  /** A tag's slug ('' for all). */
  tag: string;
}

/** The filters as they are sent: blank or malformed values left out. */
export function cleanFilters(filters: NewsFilters): { q?: string; tag?: string } {
  const q = filters.q.trim().slice(0, 200);
  const tag = filters.tag.trim();
  return { ...(q ? { q } : {}), ...(TAG_SLUG.test(tag) && tag.length <= 200 ? { tag } : {}) };
}

export interface NewsPage {
  articles: ArticleSummary[];
  /** The locale that was asked for: an article served in another one gets a note. */
  requested: Locale;
  page: number;
  pageCount: number;
  total: number;
}

/**
 * One page of published articles, newest first, in `locale` (the API falls back to another
 * language per article when a translation is missing), optionally searched (`q`) and narrowed
 * to a tag. Reloads when any of them changes.
 */
export function useNewsList(
  locale: MaybeRefOrGetter<Locale>,
  page: MaybeRefOrGetter<number>,
  filters: MaybeRefOrGetter<NewsFilters>,
) {
  return useResource(
    // A string, so that equal filters from a new object do not load the same page again.
    () => JSON.stringify([toValue(locale), toValue(page), cleanFilters(toValue(filters))]),
    async (signal): Promise<NewsPage> => {
      const requested = toValue(locale);
      const { data, meta } = unwrap(
        await api.GET('/api/v1/articles', {
          params: {
            query: {
              locale: requested,
              page: toValue(page),
              pageSize: NEWS_PAGE_SIZE,
              sort: '-publishedAt',
              ...cleanFilters(toValue(filters)),
            },
          },
          signal,
        }),
      );
      return {
        articles: data,
        requested,
        page: meta.page,
        pageCount: Math.ceil(meta.total / meta.pageSize),
        total: meta.total,
      };
    },
  );
}

/** The tags to filter by, in `locale`, with how many public articles each has. */
export function useTags(locale: MaybeRefOrGetter<Locale>) {
  return useResource(
    () => toValue(locale),
    async (signal): Promise<Schemas['Tag'][]> =>
      unwrap(
        await api.GET('/api/v1/tags', { params: { query: { locale: toValue(locale) } }, signal }),
      ).data,
  );
}

import { type ArticleSummary, type Locale, unwrap } from '@jaryk/client';
import { type MaybeRefOrGetter, computed, onScopeDispose, shallowRef, toValue, watch } from 'vue';
import { api } from '../../../api';
import { reportUnexpected } from '../../../errors';

/** Articles per page of the news list. */
export const NEWS_PAGE_SIZE = 10;

export type NewsListState =
  | { status: 'loading' }
  | { status: 'error'; error: unknown }
  | {
      status: 'ready';
      articles: ArticleSummary[];
      /** The locale that was asked for: an article served in another one gets a note. */
      requested: Locale;
      page: number;
      pageCount: number;
    };

/**
 * One page of published articles, newest first, in `locale` (the API falls back to another
 * language per article when a translation is missing). Reloads when `locale` or `page` change;
 * an answer that arrives after a newer request was made is dropped.
 */
export function useNewsList(locale: MaybeRefOrGetter<Locale>, page: MaybeRefOrGetter<number>) {
  const state = shallowRef<NewsListState>({ status: 'loading' });
  let inFlight: AbortController | undefined;

  async function load() {
    inFlight?.abort();
    const controller = new AbortController();
    inFlight = controller;
    const requested = toValue(locale);
    const requestedPage = toValue(page);
    state.value = { status: 'loading' };
    try {
      const { data, meta } = unwrap(
        await api.GET('/api/v1/articles', {
          params: {
            query: {
              locale: requested,
              page: requestedPage,
              pageSize: NEWS_PAGE_SIZE,
              sort: '-publishedAt',
            },
          },
          signal: controller.signal,
        }),
      );
      if (controller.signal.aborted) return;
      state.value = {
        status: 'ready',
        articles: data,
        requested,
        page: meta.page,
        pageCount: Math.ceil(meta.total / meta.pageSize),
      };
    } catch (error) {
      if (controller.signal.aborted) return;
      reportUnexpected(error);
      state.value = { status: 'error', error };
    }
  }

  watch([() => toValue(locale), () => toValue(page)], load, { immediate: true });
  onScopeDispose(() => inFlight?.abort());

  return {
    state,
    isLoading: computed(() => state.value.status === 'loading'),
    /** Asks again, e.g. from the retry button of the error state. */
    reload: load,
  };
}

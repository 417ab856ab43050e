import { type Article, type Locale, unwrap } from '@jaryk/client';
import { type MaybeRefOrGetter, toValue } from 'vue';
import { api } from '../../../api';
import { useResource } from '../../../composables/use-resource';

export interface LoadedArticle {
  article: Article;
  /** The language the page asked for; `article.locale` is the one served. */
  requested: Locale;
}

/**
 * One published article by the slug of any of its translations, in `locale` (or the language
 * the API falls back to). A 404 comes out as the error state (see `isNotFound`).
 *
 * The view may replace the address with the served translation's own slug: that slug of the
 * same article is recognised and not loaded a second time.
 */
export function useArticle(locale: MaybeRefOrGetter<Locale>, slug: MaybeRefOrGetter<string>) {
  let last: { requested: Locale; askedFor: string; article: Article } | null = null;

  /** The slug to load by: the one first asked for when `slug` is the loaded article's own. */
  function key(): string {
    const current = toValue(slug);
    const requested = toValue(locale);
    if (last && last.requested === requested && last.article.slug === current) {
      return `${requested}/${last.askedFor}`;
    }
    return `${requested}/${current}`;
  }

  return useResource(key, async (signal): Promise<LoadedArticle> => {
    const requested = toValue(locale);
    const askedFor = toValue(slug);
    const { data } = unwrap(
      await api.GET('/api/v1/articles/{slug}', {
        params: { path: { slug: askedFor }, query: { locale: requested } },
        signal,
      }),
    );
    last = { requested, askedFor, article: data };
    return { article: data, requested };
  });
}

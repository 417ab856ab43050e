import { type Locale, type Schemas, unwrap } from '@jaryk/client';
import { type MaybeRefOrGetter, toValue } from 'vue';
import { api } from '../../../api';
import { useResource } from '../../../composables/use-resource';

export type Page = Schemas['Page'];

export interface LoadedPage {
  page: Page;
  /** The language the visitor asked for; `page.locale` is the one served. */
  requested: Locale;
}

/**
 * A static page (about, contacts) by the slug of any of its translations, in `locale`. As with
 * articles, the served translation's own slug is recognised and not loaded a second time.
 */
export function usePage(locale: MaybeRefOrGetter<Locale>, slug: MaybeRefOrGetter<string>) {
  let last: { requested: Locale; askedFor: string; page: Page } | null = null;

  function key(): string {
    const current = toValue(slug);
    const requested = toValue(locale);
    if (last && last.requested === requested && last.page.slug === current) {
      return `${requested}/${last.askedFor}`;
    }
    return `${requested}/${current}`;
  }

  return useResource(key, async (signal): Promise<LoadedPage> => {
    const requested = toValue(locale);
    const askedFor = toValue(slug);
    const { data } = unwrap(
      await api.GET('/api/v1/pages/{slug}', {
        params: { path: { slug: askedFor }, query: { locale: requested } },
        signal,
      }),
    );
    last = { requested, askedFor, page: data };
    return { page: data, requested };
  });
}

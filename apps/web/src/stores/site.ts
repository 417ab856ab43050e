import { type Schemas, unwrap } from '@jaryk/client';
import { defineStore } from 'pinia';
import { computed, shallowRef, watch } from 'vue';
import { api } from '../api';
import { useResource } from '../composables/use-resource';
import { useLocaleStore } from './locale';

export type SiteSettings = Schemas['SiteSettings'];
export type PageSummary = Schemas['PageSummary'];

export interface SiteData {
  settings: SiteSettings;
  /** The static pages (about, contacts) with their slugs in the current language. */
  pages: PageSummary[];
}

/**
 * What every page of the public site shares: the site settings (name, slogan, donors in the
 * footer, the home page's slideshow) and the list of static pages for the navigation, in the
 * current UI language, loaded again when the language changes. The home page reads the same
 * answer (its slideshow) instead of asking twice.
 */
export const useSiteStore = defineStore('site', () => {
  const localeStore = useLocaleStore();

  const { state, reload } = useResource(
    () => localeStore.locale,
    async (signal): Promise<SiteData> => {
      const locale = localeStore.locale;
      const [settings, pages] = await Promise.all([
        api.GET('/api/v1/settings', { params: { query: { locale } }, signal }),
        api.GET('/api/v1/pages', { params: { query: { locale } }, signal }),
      ]);
      return { settings: unwrap(settings).data, pages: unwrap(pages).data };
    },
  );

  // The last answer stays in use while another language loads, so the layout does not flicker.
  const last = shallowRef<SiteData | null>(null);
  watch(state, (value) => {
    if (value.status === 'ready') last.value = value.data;
  });

  const settings = computed(() => last.value?.settings ?? null);
  const pages = computed(() => last.value?.pages ?? []);

  /** The static page with this key (e.g. 'about'), to link to it by its slug in this language. */
  function pageByKey(key: string): PageSummary | undefined {
    return pages.value.find((page) => page.key === key);
  }

  return { state, settings, pages, pageByKey, reload };
});

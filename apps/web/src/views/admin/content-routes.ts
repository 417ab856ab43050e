import type { RouteRecordRaw } from 'vue-router';
import type { MessageKey } from '../../i18n';
import { useLocaleStore } from '../../stores/locale';
import { mediaMessages } from './media/i18n';

/** An area's strings for a route: preloaded before its page shows, titled from them. */
interface AreaMessages {
  load(locale: 'ky' | 'ru' | 'en'): Promise<void>;
}

function area(messages: AreaMessages, namespace: string) {
  return {
    beforeEnter: async () => {
      await messages.load(useLocaleStore().locale).catch((error: unknown) => console.error(error));
    },
    title: (key: string) => `admin-${namespace}.${key}` as MessageKey,
  };
}

const media = area(mediaMessages, 'media');

/**
 * Admin routes of the content areas (media, events, organizations, projects, series, places,
 * pages), children of the admin layout: paths relative to /admin (e.g. 'events',
 * 'events/:id'), components imported lazily, meta as in routes.ts (`staff: true` is inherited;
 * `adminOnly: true` for admin-only pages; `titleKey: adminTitle('nav.events')`). Each area's
 * strings (its `i18n/` folder) load before its pages show.
 */
export const contentRoutes: RouteRecordRaw[] = [
  {
    path: 'media',
    name: 'admin-media',
    component: () => import('./media/MediaLibraryView.vue'),
    beforeEnter: media.beforeEnter,
    meta: { titleKey: media.title('title') },
  },
];

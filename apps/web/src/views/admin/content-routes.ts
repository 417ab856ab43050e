import type { RouteRecordRaw } from 'vue-router';
import type { MessageKey } from '../../i18n';
import { useLocaleStore } from '../../stores/locale';
import { adminTitle } from './i18n';
import { eventsMessages } from './events/i18n';
import { mediaMessages } from './media/i18n';
import { placesMessages } from './places/i18n';

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
const eventStrings = {
  load: (locale: 'ky' | 'ru' | 'en') =>
    Promise.all([
      eventsMessages.load(locale),
      mediaMessages.load(locale),
      placesMessages.load(locale),
    ]).then(() => undefined),
};
const eventsArea = area(eventStrings, 'events');

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
    meta: { titleKey: adminTitle('nav.media') },
  },
  {
    path: 'events',
    name: 'admin-events',
    component: () => import('./events/EventsView.vue'),
    beforeEnter: eventsArea.beforeEnter,
    meta: { titleKey: adminTitle('nav.events') },
  },
  {
    path: 'events/new',
    name: 'admin-event-new',
    component: () => import('./events/EventEditView.vue'),
    beforeEnter: eventsArea.beforeEnter,
    meta: { titleKey: eventsArea.title('new') },
  },
  {
    path: 'events/:id(\\d+)',
    name: 'admin-event',
    component: () => import('./events/EventEditView.vue'),
    beforeEnter: eventsArea.beforeEnter,
    meta: { titleKey: adminTitle('nav.events') },
  },
];

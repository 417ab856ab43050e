import type { RouteRecordRaw, RouteRecordSingleView } from 'vue-router';
import type { MessageKey } from '../../i18n';
import { useLocaleStore } from '../../stores/locale';
import { adminTitle } from './i18n';
import { eventsMessages } from './events/i18n';
import { mediaMessages } from './media/i18n';
import { placesMessages } from './places/i18n';
import { contentMessages } from './content/i18n';
import { organizationsMessages } from './organizations/i18n';
import { seriesMessages } from './series/i18n';
import { pagesMessages } from './pages/i18n';
import { projectsMessages } from './projects/i18n';
import { groupsMessages } from './community-groups/i18n';

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

type Locale = 'ky' | 'ru' | 'en';
type Lazy = RouteRecordSingleView['component'];
/** An editor area's strings with those it shares (content, media, places). */
const withShared = (messages: AreaMessages): AreaMessages => ({
  load: (locale: Locale) =>
    Promise.all([
      messages.load(locale),
      contentMessages.load(locale),
      mediaMessages.load(locale),
      placesMessages.load(locale),
    ]).then(() => undefined),
});

/**
 * The list, new-item and item routes of an editor area: `/admin/<path>`, `<path>/new`,
 * `<path>/:id`, named `admin-<plural>`, `admin-<one>-new`, `admin-<one>`.
 */
function editorRoutes(options: {
  path: string;
  plural: string;
  one: string;
  namespace: string;
  messages: AreaMessages;
  list: Lazy;
  edit: Lazy;
  preview?: Lazy;
}): RouteRecordRaw[] {
  const strings = area(withShared(options.messages), options.namespace);
  const routes: RouteRecordRaw[] = [
    {
      path: options.path,
      name: `admin-${options.plural}`,
      component: options.list,
      beforeEnter: strings.beforeEnter,
      meta: { titleKey: strings.title('title') },
    },
    {
      path: `${options.path}/new`,
      name: `admin-${options.one}-new`,
      component: options.edit,
      beforeEnter: strings.beforeEnter,
      meta: { titleKey: strings.title('new') },
    },
    {
      path: `${options.path}/:id(\\d+)`,
      name: `admin-${options.one}`,
      component: options.edit,
      beforeEnter: strings.beforeEnter,
      meta: { titleKey: strings.title('title') },
    },
  ];
  if (options.preview) {
    routes.push({
      path: `${options.path}/:id(\\d+)/preview`,
      name: `admin-${options.one}-preview`,
      component: options.preview,
      beforeEnter: strings.beforeEnter,
      meta: { titleKey: strings.title('title') },
    });
  }
  return routes;
}

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
  {
    path: 'events/:id(\\d+)/preview',
    name: 'admin-event-preview',
    component: () => import('./events/EventPreviewView.vue'),
    beforeEnter: area(withShared(eventStrings), 'events').beforeEnter,
    meta: { titleKey: eventsArea.title('preview') },
  },
  ...editorRoutes({
    path: 'organizations',
    plural: 'organizations',
    one: 'organization',
    namespace: 'organizations',
    messages: organizationsMessages,
    list: () => import('./organizations/OrganizationsView.vue'),
    edit: () => import('./organizations/OrganizationEditView.vue'),
  }),
  ...editorRoutes({
    path: 'series',
    plural: 'series',
    one: 'series-item',
    namespace: 'series',
    messages: seriesMessages,
    list: () => import('./series/SeriesListView.vue'),
    edit: () => import('./series/SeriesEditView.vue'),
  }),
  ...editorRoutes({
    path: 'places',
    plural: 'places',
    one: 'place',
    namespace: 'places',
    messages: placesMessages,
    list: () => import('./places/PlacesView.vue'),
    edit: () => import('./places/PlaceEditView.vue'),
  }),
  ...editorRoutes({
    path: 'pages',
    plural: 'pages',
    one: 'page',
    namespace: 'pages',
    messages: pagesMessages,
    list: () => import('./pages/PagesView.vue'),
    edit: () => import('./pages/PageEditView.vue'),
    preview: () => import('./pages/PagePreviewView.vue'),
  }),
  ...editorRoutes({
    path: 'projects',
    plural: 'projects',
    one: 'project',
    namespace: 'projects',
    messages: projectsMessages,
    list: () => import('./projects/ProjectsView.vue'),
    edit: () => import('./projects/ProjectEditView.vue'),
    preview: () => import('./projects/ProjectPreviewView.vue'),
  }),
  ...editorRoutes({
    path: 'community-groups',
    plural: 'groups',
    one: 'group',
    namespace: 'groups',
    messages: groupsMessages,
    list: () => import('./community-groups/GroupsView.vue'),
    edit: () => import('./community-groups/GroupEditView.vue'),
    preview: () => import('./community-groups/GroupPreviewView.vue'),
  }),
];

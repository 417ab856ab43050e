import type { Pinia } from 'pinia';
import { type RouteRecordRaw, type RouterHistory, createRouter } from 'vue-router';
import { type MessageKey, isLocale, loadMessages, pickLocale } from './i18n';
import { useLocaleStore } from './stores/locale';
import HomeView from './views/site/home/HomeView.vue';
import NotFoundView from './views/site/NotFoundView.vue';
import SiteLayout from './views/site/SiteLayout.vue';

declare module 'vue-router' {
  interface RouteMeta {
    /** Visible without a session (the whole public site). */
    public?: boolean;
    /** The page's name in the document title. */
    titleKey?: MessageKey;
  }
}

const ADMIN_PLACEHOLDER = 'admin-placeholder';

function preferredLocale() {
  return pickLocale(navigator.languages ?? [navigator.language]);
}

/**
 * The public site. Every page but the home page is its own chunk, so a visitor downloads a
 * page's code when they open it (the home page's first load has a 60 KB gzip budget). Paths are part of the API's contract too:
 * the server writes link previews for /:locale/news/:slug, /events/:slug, /projects/:slug and
 * /groups/:slug (apps/api/src/modules/seo).
 */
export const routes: RouteRecordRaw[] = [
  {
    path: '/',
    redirect: () => ({ name: 'home', params: { locale: preferredLocale() } }),
  },
  {
    path: '/:locale(ky|ru|en)',
    component: SiteLayout,
    meta: { public: true },
    children: [
      { path: '', name: 'home', component: HomeView, meta: { titleKey: 'home.title' } },
      {
        path: 'news',
        name: 'news-list',
        component: () => import('./views/site/news/NewsListView.vue'),
        meta: { titleKey: 'news.title' },
      },
      {
        path: 'news/:slug',
        name: 'article',
        component: () => import('./views/site/news/ArticleView.vue'),
      },
      {
        path: 'events',
        name: 'events',
        component: () => import('./views/site/events/EventsView.vue'),
        meta: { titleKey: 'events.title' },
      },
      {
        path: 'events/:slug',
        name: 'event',
        component: () => import('./views/site/events/EventView.vue'),
      },
      {
        path: 'impact',
        name: 'impact',
        component: () => import('./views/site/impact/ImpactView.vue'),
        meta: { titleKey: 'impact.title' },
      },
      {
        path: 'partners',
        name: 'partners',
        component: () => import('./views/site/organizations/PartnersView.vue'),
        meta: { titleKey: 'organizations.title' },
      },
      {
        path: 'projects',
        name: 'projects',
        component: () => import('./views/site/projects/ProjectsView.vue'),
        meta: { titleKey: 'projects.title' },
      },
      {
        path: 'projects/:slug',
        name: 'project',
        component: () => import('./views/site/projects/ProjectView.vue'),
      },
      {
        path: 'groups',
        name: 'groups',
        component: () => import('./views/site/community-groups/GroupsView.vue'),
        meta: { titleKey: 'groups.title' },
      },
      {
        path: 'groups/:slug',
        name: 'group',
        component: () => import('./views/site/community-groups/GroupView.vue'),
      },
      {
        path: 'videos',
        name: 'videos',
        component: () => import('./views/site/videos/VideosView.vue'),
        meta: { titleKey: 'videos.title' },
      },
      {
        path: 'search',
        name: 'search',
        component: () => import('./views/site/search/SearchView.vue'),
        meta: { titleKey: 'search.title' },
      },
      {
        path: 'pages/:slug',
        name: 'page',
        component: () => import('./views/site/pages/PageView.vue'),
      },
      {
        path: ':pathMatch(.*)*',
        name: 'not-found',
        component: NotFoundView,
        meta: { titleKey: 'notFound.title' },
      },
    ],
  },
  // The admin (/admin…): this placeholder holds its addresses until the first visit, when the
  // guard below loads views/admin/routes.ts (a chunk of its own: no admin code is in a visitor's
  // bundle), which adds the real routes and the one guard that loads the session.
  {
    path: '/admin/:pathMatch(.*)*',
    name: ADMIN_PLACEHOLDER,
    component: NotFoundView,
  },

  // Any other path gets a language prefix and is matched again (unknown pages then show
  // NotFoundView in the visitor's language).
  {
    path: '/:pathMatch(.*)*',
    redirect: (to) => `/${preferredLocale()}${to.fullPath}`,
  },
];

export function createAppRouter(history: RouterHistory, pinia: Pinia) {
  const router = createRouter({
    history,
    routes,
    scrollBehavior(to, _from, savedPosition) {
      if (savedPosition) return savedPosition;
      if (to.hash) return { el: to.hash };
      return { top: 0 };
    },
  });

  // First visit to the admin: load it, then resolve the same address again among its routes.
  router.beforeEach(async (to) => {
    if (to.name !== ADMIN_PLACEHOLDER) return;
    const admin = await import('./views/admin/routes');
    await admin.prepareAdmin(pinia);
    router.removeRoute(ADMIN_PLACEHOLDER);
    admin.installAdmin(router, pinia);
    return { path: to.path, query: to.query, hash: to.hash, replace: true };
  });

  // A page is shown once the strings of its language are in (a chunk per language). Should that
  // chunk fail to load, the page still opens, with the strings' keys, rather than not at all.
  router.beforeEach(async (to) => {
    const locale = to.params.locale;
    if (!isLocale(locale)) return;
    try {
      await loadMessages(locale);
    } catch (error) {
      console.error(error);
    }
  });

  // The URL is the source of truth for the UI language. Set once a navigation is confirmed, so
  // that the page being left does not re-render or reload in the new language meanwhile.
  router.afterEach((to, _from, failure) => {
    const locale = to.params.locale;
    if (!failure && isLocale(locale)) useLocaleStore(pinia).setLocale(locale);
  });

  return router;
}

import type { Pinia } from 'pinia';
import { type RouteRecordRaw, type RouterHistory, createRouter } from 'vue-router';
import { type MessageKey, isLocale, pickLocale } from './i18n';
import { useLocaleStore } from './stores/locale';
import NewsListView from './views/site/NewsListView.vue';
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

function preferredLocale() {
  return pickLocale(navigator.languages ?? [navigator.language]);
}

export const routes: RouteRecordRaw[] = [
  {
    path: '/',
    redirect: () => ({ name: 'news-list', params: { locale: preferredLocale() } }),
  },
  {
    path: '/:locale(ky|ru|en)',
    component: SiteLayout,
    meta: { public: true },
    children: [
      // Until the home page exists (a later issue) the news list is the front page.
      { path: '', name: 'home', redirect: (to) => ({ name: 'news-list', params: to.params }) },
      {
        path: 'news',
        name: 'news-list',
        component: NewsListView,
        meta: { titleKey: 'news.title' },
      },
      {
        path: ':pathMatch(.*)*',
        name: 'not-found',
        component: NotFoundView,
        meta: { titleKey: 'notFound.title' },
      },
    ],
  },
  // Admin routes go here, above the catch-all, under /admin: lazy-loaded
  // (`component: () => import('./views/admin/…')`) so that no admin code is in a visitor's bundle,
  // with their own meta (not `public`) checked by the one guard that loads the session.

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

  // The URL is the source of truth for the UI language. Set once a navigation is confirmed, so
  // that the page being left does not re-render or reload in the new language meanwhile.
  router.afterEach((to, _from, failure) => {
    const locale = to.params.locale;
    if (!failure && isLocale(locale)) useLocaleStore(pinia).setLocale(locale);
  });

  return router;
}

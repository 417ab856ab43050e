import type { Pinia } from 'pinia';
import type { RouteRecordRaw, Router } from 'vue-router';
import { ProblemError } from '@jaryk/client';
import { useLocaleStore } from '../../stores/locale';
import { useSessionStore } from '../../stores/session';
import { contentRoutes } from './content-routes';
import './shared/admin.css';
import { adminTitle, isAdminLoaded, loadAdminMessages, preferredAdminLocale } from './i18n';

declare module 'vue-router' {
  interface RouteMeta {
    /** Part of the admin: needs a staff session (set on the layout, inherited by its pages). */
    staff?: boolean;
    /** Admins only (users, settings, audit); others are sent to the dashboard. */
    adminOnly?: boolean;
    /** An admin page shown without a session (login, password reset). */
    anonymous?: boolean;
  }
}

/**
 * The admin, under /admin. src/router.ts imports this module (a chunk of its own) the first time
 * an /admin address is opened and calls installAdmin(): the routes are added, and one guard
 * loads the session once and sends anonymous visitors to the login page.
 */
export const adminRoutes: RouteRecordRaw[] = [
  {
    path: '/admin/login',
    name: 'admin-login',
    component: () => import('./auth/LoginView.vue'),
    meta: { anonymous: true, titleKey: adminTitle('login.title') },
  },
  {
    path: '/admin/forgot',
    name: 'admin-forgot',
    component: () => import('./auth/ResetRequestView.vue'),
    meta: { anonymous: true, titleKey: adminTitle('reset.requestTitle') },
  },
  {
    path: '/admin/reset',
    name: 'admin-reset',
    component: () => import('./auth/ResetView.vue'),
    meta: { anonymous: true, titleKey: adminTitle('reset.title') },
  },
  {
    path: '/admin',
    component: () => import('./AdminLayout.vue'),
    meta: { staff: true },
    children: [
      {
        path: '',
        name: 'admin-dashboard',
        component: () => import('./dashboard/DashboardView.vue'),
        meta: { titleKey: adminTitle('nav.dashboard') },
      },
      {
        path: 'articles',
        name: 'admin-articles',
        component: () => import('./articles/ArticlesView.vue'),
        meta: { titleKey: adminTitle('nav.articles') },
      },
      {
        path: 'articles/new',
        name: 'admin-article-new',
        component: () => import('./articles/ArticleEditView.vue'),
        meta: { titleKey: adminTitle('articles.new') },
      },
      {
        path: 'articles/:id(\\d+)',
        name: 'admin-article',
        component: () => import('./articles/ArticleEditView.vue'),
        meta: { titleKey: adminTitle('articles.edit') },
      },
      {
        path: 'articles/:id(\\d+)/preview',
        name: 'admin-article-preview',
        component: () => import('./articles/ArticlePreviewView.vue'),
        meta: { titleKey: adminTitle('articles.preview') },
      },
      {
        path: 'password',
        name: 'admin-password',
        component: () => import('./auth/PasswordView.vue'),
        meta: { titleKey: adminTitle('password.title') },
      },
      {
        path: 'users',
        name: 'admin-users',
        component: () => import('./users/UsersView.vue'),
        meta: { adminOnly: true, titleKey: adminTitle('nav.users') },
      },
      {
        path: 'users/new',
        name: 'admin-user-new',
        component: () => import('./users/UserEditView.vue'),
        meta: { adminOnly: true, titleKey: adminTitle('users.new') },
      },
      {
        path: 'users/:id(\\d+)',
        name: 'admin-user',
        component: () => import('./users/UserEditView.vue'),
        meta: { adminOnly: true, titleKey: adminTitle('users.edit') },
      },
      {
        path: 'settings',
        name: 'admin-settings',
        component: () => import('./settings/SettingsView.vue'),
        meta: { adminOnly: true, titleKey: adminTitle('nav.settings') },
      },
      {
        path: 'audit',
        name: 'admin-audit',
        component: () => import('./audit/AuditView.vue'),
        meta: { adminOnly: true, titleKey: adminTitle('nav.audit') },
      },
      ...contentRoutes,
      {
        path: ':pathMatch(.*)*',
        name: 'admin-not-found',
        component: () => import('./AdminNotFoundView.vue'),
        meta: { titleKey: adminTitle('notFound.title') },
      },
    ],
  },
];

/** Loads the admin's strings in the staff member's language: before installAdmin(). */
export async function prepareAdmin(pinia: Pinia): Promise<void> {
  await applyAdminLocale(pinia);
}

async function applyAdminLocale(pinia: Pinia): Promise<void> {
  const localeStore = useLocaleStore(pinia);
  const locale = preferredAdminLocale();
  if (locale === localeStore.locale && isAdminLoaded(locale)) return;
  await loadAdminMessages(locale);
  localeStore.setLocale(locale);
}

/** Adds the admin routes and the session guard to `router`. */
export function installAdmin(router: Router, pinia: Pinia): void {
  for (const route of adminRoutes) router.addRoute(route);

  // The one session guard: loads the session once, then lets staff in and sends others to log in.
  router.beforeEach(async (to) => {
    if (!to.path.startsWith('/admin')) return;
    // Back from the public site: the admin speaks the staff member's language again.
    await applyAdminLocale(pinia).catch((error: unknown) => console.error(error));
    if (!to.matched.some((record) => record.meta.staff)) return;
    const session = useSessionStore(pinia);
    try {
      await session.ensureLoaded();
    } catch (error) {
      // The server could not say (offline, 5xx): the login page explains, and can retry.
      if (!(error instanceof ProblemError) && !(error instanceof TypeError)) console.error(error);
    }
    if (!session.user) return { name: 'admin-login', query: { next: to.fullPath } };
    if (to.meta.adminOnly && !session.isAdmin) return { name: 'admin-dashboard' };
  });
}

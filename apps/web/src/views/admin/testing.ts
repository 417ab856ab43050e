/**
 * Helpers for the admin's component tests: Pinia, a memory router with the admin's route
 * names, the admin's strings in English, a logged-in staff member.
 */
import { createPinia, setActivePinia } from 'pinia';
import { createMemoryHistory, createRouter } from 'vue-router';
import { defineComponent, h } from 'vue';
import { json } from '../../testing/fake-fetch';
import { useLocaleStore } from '../../stores/locale';
import { type StaffRole, useSessionStore } from '../../stores/session';
import { loadAdminMessages } from './i18n';

const Blank = defineComponent({ render: () => h('div') });

export async function adminTestSetup(options: { role?: StaffRole | null } = {}) {
  const pinia = createPinia();
  setActivePinia(pinia);
  await loadAdminMessages('en');
  useLocaleStore().setLocale('en');
  const names = [
    'admin-login',
    'admin-forgot',
    'admin-dashboard',
    'admin-password',
    'admin-articles',
    'admin-article',
    'admin-article-new',
    'admin-article-preview',
    'admin-users',
    'admin-user',
    'admin-user-new',
  ];
  const router = createRouter({
    history: createMemoryHistory(),
    routes: [
      ...names.map((name) => ({ path: `/${name}/:id?`, name, component: Blank })),
      { path: '/admin', component: Blank },
      { path: '/admin/:rest(.*)*', component: Blank },
      { path: '/', component: Blank },
    ],
  });
  if (options.role) {
    useSessionStore().set({
      user: {
        id: 7,
        email: `${options.role}@example.org`,
        displayName: `Test ${options.role}`,
        role: options.role,
      },
      csrfToken: 'csrf-token-1',
    });
  }
  await router.push('/admin');
  return { pinia, router };
}

/** A staff document answer with its ETag, as the API gives it. */
export function withEtag(body: unknown, etag: string, status = 200): Response {
  const response = json(body, status);
  response.headers.set('etag', etag);
  return response;
}

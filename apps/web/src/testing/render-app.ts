import { mount } from '@vue/test-utils';
import { createPinia } from 'pinia';
import { createMemoryHistory } from 'vue-router';
import App from '../App.vue';
import { isLocale } from '../i18n';
import { createAppRouter } from '../router';
import { serveSite } from './site-fixtures';

export interface RenderOptions {
  /**
   * The layout loads the site settings and the page list (stores/site.ts): by default they are
   * queued for the page's language with serveSite(); pass a function to queue your own, or
   * false to queue nothing (e.g. to test the layout's failure).
   */
  site?: false | ((locale: string) => void);
}

/** Mounts the whole app, as main.ts does, at `path` (memory history instead of the URL bar). */
export async function renderApp(path: string, options: RenderOptions = {}) {
  const pinia = createPinia();
  const router = createAppRouter(createMemoryHistory(), pinia);
  await router.push(path);
  const locale = router.currentRoute.value.params.locale;
  if (options.site !== false && isLocale(locale)) {
    (options.site ?? serveSite)(locale);
  }
  const wrapper = mount(App, {
    global: { plugins: [pinia, router] },
    attachTo: document.body,
  });
  return { wrapper, router };
}

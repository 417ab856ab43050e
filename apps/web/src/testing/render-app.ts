import { mount } from '@vue/test-utils';
import { createPinia } from 'pinia';
import { createMemoryHistory } from 'vue-router';
import App from '../App.vue';
import { createAppRouter } from '../router';

/** Mounts the whole app, as main.ts does, at `path` (memory history instead of the URL bar). */
export async function renderApp(path: string) {
  const pinia = createPinia();
  const router = createAppRouter(createMemoryHistory(), pinia);
  await router.push(path);
  const wrapper = mount(App, {
    global: { plugins: [pinia, router] },
    attachTo: document.body,
  });
  return { wrapper, router };
}

import { watchEffect } from 'vue';
import { useT } from '../i18n';

/**
 * Sets the document title to "`title` — Jaryk" for pages whose title comes with their data
 * (an article, a page). Runs after App.vue's title from the route meta, so it wins; null keeps
 * that one (e.g. while loading).
 */
export function useDocumentTitle(title: () => string | null | undefined): void {
  const t = useT();
  watchEffect(
    () => {
      const value = title();
      if (value) document.title = `${value} — ${t('site.name')}`;
    },
    { flush: 'post' },
  );
}

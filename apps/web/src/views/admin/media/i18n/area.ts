import type { Locale } from '@jaryk/client';
import { reactive } from 'vue';
import { type Named, addMessages, translateKey } from '../../../../i18n';
import { useLocaleStore } from '../../../../stores/locale';

/** Dotted paths to the strings of a catalog, e.g. `'upload.button'`. */
export type PathsOf<T> = {
  [K in keyof T & string]: T[K] extends string ? K : `${K}.${PathsOf<T[K]>}`;
}[keyof T & string];

/**
 * The strings of one content area of the admin (media, events, places…): a catalog per language
 * in the area's own `i18n/` folder, loaded the first time a component of the area is shown in that
 * language and merged into the app's i18n under `admin-<area>.` (beside the admin's own `admin.`).
 * Until the catalog is in, `t()` shows the key; the route's `beforeEnter` preloads it, so that
 * does not happen in practice. Shared by every content area (media, events, organizations…).
 */
export function defineAreaMessages<Schema>(
  area: string,
  loaders: Record<Locale, () => Promise<{ default: Schema }>>,
) {
  const namespace = `admin-${area}`;
  const loaded = reactive(new Set<Locale>());
  const pending = new Map<Locale, Promise<void>>();

  function load(locale: Locale): Promise<void> {
    if (loaded.has(locale)) return Promise.resolve();
    let promise = pending.get(locale);
    if (!promise) {
      promise = loaders[locale]().then(
        (module) => {
          addMessages(locale, namespace, module.default as object);
          loaded.add(locale);
        },
        (error: unknown) => {
          pending.delete(locale);
          throw error;
        },
      );
      pending.set(locale, promise);
    }
    return promise;
  }

  /** `t()` for the area's components, in the admin's UI language. */
  function useT() {
    const store = useLocaleStore();
    return (key: PathsOf<Schema>, named?: Named): string => {
      const locale = store.locale;
      // Reading `loaded` makes templates re-render once the catalog arrives.
      if (!loaded.has(locale)) void load(locale).catch((error: unknown) => console.error(error));
      return translateKey(locale, `${namespace}.${key}`, named);
    };
  }

  return { load, useT };
}

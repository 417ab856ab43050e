import type { Locale } from '@jaryk/client';
import { useLocaleStore } from '../stores/locale';
import { type Named, compileMessage } from './compile';
import { DEFAULT_LOCALE } from './locales';
import type { MessageSchema } from './messages/ru';

export { DEFAULT_LOCALE, LOCALES, LOCALE_NAMES, isLocale, pickLocale } from './locales';
export { SITE_TIME_ZONE, dateLanguage, formatDate } from './format';
export type { MessageSchema, Named };

/**
 * Each language's strings are a chunk of their own, loaded before the first page in that
 * language is shown (the router waits for loadMessages): a visitor downloads one language, not
 * three, which keeps the home page within its budget as the site grows.
 */
const loaders: Record<Locale, () => Promise<{ default: MessageSchema }>> = {
  ky: () => import('./messages/ky'),
  ru: () => import('./messages/ru'),
  en: () => import('./messages/en'),
};

const catalogs: Partial<Record<Locale, MessageSchema>> = {};
const loading = new Map<Locale, Promise<void>>();

/**
 * Strings of an area that only some users open (the admin's), merged in at run time under their
 * own top-level key, so that they are never in the visitors' per-language chunks. The area
 * loads them itself and looks them up with translateKey() (typed by its own schema).
 */
const extras: Partial<Record<Locale, Record<string, unknown>>> = {};

/** Adds `messages` for `locale` under the top-level key `namespace` (e.g. 'admin'). */
export function addMessages(locale: Locale, namespace: string, messages: object): void {
  extras[locale] = { ...extras[locale], [namespace]: messages };
}

/** Loads the strings of `locale` (once; later calls share the first). */
export function loadMessages(locale: Locale): Promise<void> {
  if (catalogs[locale]) return Promise.resolve();
  let promise = loading.get(locale);
  if (!promise) {
    promise = loaders[locale]().then(
      (module) => {
        catalogs[locale] = module.default;
      },
      (error: unknown) => {
        loading.delete(locale); // a later navigation tries again
        throw error;
      },
    );
    loading.set(locale, promise);
  }
  return promise;
}

/** Dotted paths to the strings of MessageSchema, e.g. `'news.title'`. */
type Paths<T> = {
  [K in keyof T & string]: T[K] extends string ? K : `${K}.${Paths<T[K]>}`;
}[keyof T & string];

/** Any UI string's key: what route meta and helpers that return a message accept. */
export type MessageKey = Paths<MessageSchema>;

const compiled = new Map<string, ReturnType<typeof compileMessage>>();

function lookup(catalog: object | undefined, key: string): string | undefined {
  let node: unknown = catalog;
  for (const part of key.split('.')) node = (node as Record<string, unknown> | undefined)?.[part];
  return typeof node === 'string' ? node : undefined;
}

/**
 * The UI string `key` in `locale` with its placeholders filled. A string missing in one
 * language (the types make that hard) falls back to the default language, then to the key.
 */
export function translate(locale: Locale, key: MessageKey, named: Named = {}): string {
  return translateKey(locale, key, named);
}

/** translate() for any key, including those added with addMessages(): wrap it in typed helpers. */
export function translateKey(locale: Locale, key: string, named: Named = {}): string {
  const cacheKey = `${locale}:${key}`;
  let message = compiled.get(cacheKey);
  if (!message) {
    const source =
      lookup(catalogs[locale], key) ??
      lookup(extras[locale], key) ??
      lookup(catalogs[DEFAULT_LOCALE], key) ??
      lookup(extras[DEFAULT_LOCALE], key);
    // Not loaded (yet): show the key, and do not remember that.
    if (source === undefined) return key;
    message = compileMessage(source, locale);
    compiled.set(cacheKey, message);
  }
  return message(named);
}

/**
 * `t()` for components: the string in the current UI language (from the locale store, so
 * templates re-render when it changes). Only keys that exist type-check.
 */
export function useT() {
  const store = useLocaleStore();
  return (key: MessageKey, named?: Named): string => translate(store.locale, key, named);
}

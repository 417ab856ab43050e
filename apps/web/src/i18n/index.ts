import type { Locale } from '@jaryk/client';
import { useLocaleStore } from '../stores/locale';
import { type Named, compileMessage } from './compile';
import { DEFAULT_LOCALE } from './locales';
import type { MessageSchema } from './messages/ru';

export { DEFAULT_LOCALE, LOCALES, LOCALE_NAMES, isLocale, pickLocale } from './locales';
export { SITE_TIME_ZONE, dateLanguage, formatDate } from './format';
export type { MessageSchema };

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

function lookup(catalog: MessageSchema | undefined, key: string): string | undefined {
  let node: unknown = catalog;
  for (const part of key.split('.')) node = (node as Record<string, unknown> | undefined)?.[part];
  return typeof node === 'string' ? node : undefined;
}

/**
 * The UI string `key` in `locale` with its placeholders filled. A string missing in one
 * language (the types make that hard) falls back to the default language, then to the key.
 */
export function translate(locale: Locale, key: MessageKey, named: Named = {}): string {
  const cacheKey = `${locale}:${key}`;
  let message = compiled.get(cacheKey);
  if (!message) {
    const source = lookup(catalogs[locale], key) ?? lookup(catalogs[DEFAULT_LOCALE], key);
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

import type { Locale } from '@jaryk/client';
import { useLocaleStore } from '../stores/locale';
import { type Named, compileMessage } from './compile';
import { DEFAULT_LOCALE } from './locales';
import en from './messages/en';
import ky from './messages/ky';
import ru, { type MessageSchema } from './messages/ru';

export { DEFAULT_LOCALE, LOCALES, LOCALE_NAMES, isLocale, pickLocale } from './locales';
export { SITE_TIME_ZONE, dateLanguage, formatDate } from './format';
export type { MessageSchema };

const catalogs: Record<Locale, MessageSchema> = { ky, ru, en };

/** Dotted paths to the strings of MessageSchema, e.g. `'news.title'`. */
type Paths<T> = {
  [K in keyof T & string]: T[K] extends string ? K : `${K}.${Paths<T[K]>}`;
}[keyof T & string];

/** Any UI string's key: what route meta and helpers that return a message accept. */
export type MessageKey = Paths<MessageSchema>;

const compiled = new Map<string, ReturnType<typeof compileMessage>>();

function lookup(catalog: MessageSchema, key: string): string | undefined {
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
    const source = lookup(catalogs[locale], key) ?? lookup(catalogs[DEFAULT_LOCALE], key) ?? key;
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

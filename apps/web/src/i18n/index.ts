import type { Locale } from '@jaryk/client';
import { createI18n, useI18n } from 'vue-i18n';
import { DEFAULT_LOCALE } from './locales';
import en from './messages/en';
import ky from './messages/ky';
import ru, { type MessageSchema } from './messages/ru';

export { DEFAULT_LOCALE, LOCALES, LOCALE_NAMES, isLocale, pickLocale } from './locales';
export { SITE_TIME_ZONE, dateLanguage, formatDate } from './format';
export type { MessageSchema };

/** Creates the app's i18n instance; the locale itself follows the route (see stores/locale.ts). */
export function createAppI18n(locale: Locale = DEFAULT_LOCALE) {
  return createI18n<[MessageSchema], Locale, false>({
    legacy: false,
    locale,
    fallbackLocale: DEFAULT_LOCALE,
    messages: { ky, ru, en },
  });
}

export type AppI18n = ReturnType<typeof createAppI18n>;

/** Dotted paths to the strings of MessageSchema, e.g. `'news.title'`. */
type Paths<T> = {
  [K in keyof T & string]: T[K] extends string ? K : `${K}.${Paths<T[K]>}`;
}[keyof T & string];

/** Any UI string's key: what route meta and helpers that return a message accept. */
export type MessageKey = Paths<MessageSchema>;

/**
 * `t()` of vue-i18n limited to keys that exist (vue-i18n's own accepts any string and shows the
 * key itself at run time): a misspelt or missing key is a type error. Use it instead of useI18n().
 */
export function useT() {
  const { t } = useI18n();
  return (key: MessageKey, named?: Record<string, unknown>): string =>
    named === undefined ? t(key) : t(key, named);
}

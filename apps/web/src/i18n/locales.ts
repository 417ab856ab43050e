import type { Locale } from '@jaryk/client';

/** The site's languages, in the order the language switcher shows them. */
export const LOCALES = ['ky', 'ru', 'en'] as const satisfies readonly Locale[];

/** Used when the visitor's browser prefers none of ours. */
export const DEFAULT_LOCALE: Locale = 'ru';

/** Each language's own name for itself (never translated: a reader looks for their language). */
export const LOCALE_NAMES: Record<Locale, string> = {
  ky: 'Кыргызча',
  ru: 'Русский',
  en: 'English',
};

export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (LOCALES as readonly string[]).includes(value);
}

/**
 * The first of the visitor's preferred languages (e.g. `navigator.languages`) that the site
 * speaks, matched on the primary subtag (`ru-KG` -> `ru`); otherwise DEFAULT_LOCALE.
 */
export function pickLocale(preferred: readonly string[]): Locale {
  for (const tag of preferred) {
    const primary = tag.split('-')[0]?.toLowerCase();
    if (isLocale(primary)) return primary;
  }
  return DEFAULT_LOCALE;
}

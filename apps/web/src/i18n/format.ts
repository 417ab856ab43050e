import type { Locale } from '@jaryk/client';
import { DEFAULT_LOCALE } from './locales';

/** Dates on the site are the organization's dates, wherever the reader is. */
export const SITE_TIME_ZONE = 'Asia/Bishkek';

const dateFormats = new Map<Locale, Intl.DateTimeFormat>();

/**
 * Some browsers carry no Kyrgyz date data (Chromium builds with a reduced ICU, as on Android):
 * they then get the default locale's format, which Kyrgyz readers know, rather than English.
 */
function dateFormat(locale: Locale): Intl.DateTimeFormat {
  let format = dateFormats.get(locale);
  if (!format) {
    format = new Intl.DateTimeFormat([locale, DEFAULT_LOCALE], {
      dateStyle: 'long',
      timeZone: SITE_TIME_ZONE,
    });
    dateFormats.set(locale, format);
  }
  return format;
}

/** A calendar date such as "5 марта 2026 г." / "March 5, 2026", in the site's time zone. */
export function formatDate(iso: string, locale: Locale): string {
  return dateFormat(locale).format(new Date(iso));
}

/** The language formatDate() really wrote in, for the `lang` attribute around its text. */
export function dateLanguage(locale: Locale): string {
  return dateFormat(locale).resolvedOptions().locale;
}

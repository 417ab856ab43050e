import type { Locale } from '@jaryk/client';
import { DEFAULT_LOCALE } from './locales';

const numberFormats = new Map<Locale, Intl.NumberFormat>();

/**
 * A count written the way the language writes it ("1 234" in ru and ky, "1,234" in en). As
 * with dates, a browser without Kyrgyz data falls back to the default locale's grouping.
 */
export function formatNumber(value: number, locale: Locale): string {
  let format = numberFormats.get(locale);
  if (!format) {
    format = new Intl.NumberFormat([locale, DEFAULT_LOCALE], { maximumFractionDigits: 0 });
    numberFormats.set(locale, format);
  }
  return format.format(value);
}

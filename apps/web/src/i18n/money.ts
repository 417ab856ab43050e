import type { Locale } from '@jaryk/client';
import { DEFAULT_LOCALE } from './locales';

const formats = new Map<string, Intl.NumberFormat>();

/**
 * An amount of money the way the language writes it, with its currency: "€120,000" in English,
 * "120 000 €" in Russian, "1 500 сом" in Kyrgyz (the symbol, not the narrow ⃀ that few fonts
 * have). Cents only when there are any. `amount` is a
 * number or the API's exact decimal string ("1500.00"). A currency code the browser does not
 * know is written after the number ("1,500 XYZ"). As with dates, a browser without Kyrgyz data
 * falls back to the default locale.
 */
export function formatMoney(amount: number | string, currency: string, locale: Locale): string {
  const value = typeof amount === 'number' ? amount : Number(amount);
  if (!Number.isFinite(value)) return `${amount} ${currency}`;
  const cents = Math.round(value * 100) % 100 !== 0;
  const key = `${locale} ${currency} ${cents}`;
  let format = formats.get(key);
  if (!format) {
    try {
      format = new Intl.NumberFormat([locale, DEFAULT_LOCALE], {
        style: 'currency',
        currency,
        minimumFractionDigits: cents ? 2 : 0,
        maximumFractionDigits: 2,
      });
    } catch {
      format = new Intl.NumberFormat([locale, DEFAULT_LOCALE], { maximumFractionDigits: 2 });
      return `${format.format(value)} ${currency}`;
    }
    formats.set(key, format);
  }
  return format.format(value);
}

/** A figure with its unit, as a project reports a result: "40 maternal schools", "1,200". */
export function formatQuantity(value: number, unit: string | null, locale: Locale): string {
  const number = new Intl.NumberFormat([locale, DEFAULT_LOCALE], {
    maximumFractionDigits: 2,
  }).format(value);
  return unit ? `${number} ${unit}` : number;
}

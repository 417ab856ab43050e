import type { Locale } from '@jaryk/client';
import { SITE_TIME_ZONE } from './format';
import { DEFAULT_LOCALE } from './locales';

/**
 * Dates with times, and calendar days, for the events and projects pages. Like formatDate()
 * (format.ts), they are written in the site's time zone with the default locale as fallback
 * for browsers without Kyrgyz data; `dateLanguage()` tells the language actually used.
 */
const dateTimeFormats = new Map<Locale, Intl.DateTimeFormat>();
const dayFormats = new Map<Locale, Intl.DateTimeFormat>();

function dateTimeFormat(locale: Locale): Intl.DateTimeFormat {
  let format = dateTimeFormats.get(locale);
  if (!format) {
    format = new Intl.DateTimeFormat([locale, DEFAULT_LOCALE], {
      dateStyle: 'long',
      timeStyle: 'short',
      timeZone: SITE_TIME_ZONE,
    });
    dateTimeFormats.set(locale, format);
  }
  return format;
}

/**
 * When an event takes place: "March 5, 2026, 10:00 AM – 12:00 PM" for one day, both dates
 * when it spans several, the start alone when the end is not known.
 */
export function formatDateTimeRange(startsAt: string, endsAt: string | null, locale: Locale) {
  const format = dateTimeFormat(locale);
  const start = new Date(startsAt);
  if (!endsAt) return format.format(start);
  const end = new Date(endsAt);
  return end > start ? format.formatRange(start, end) : format.format(start);
}

/**
 * A calendar day given as YYYY-MM-DD (a project's start or end): the day itself, with no time
 * zone shift.
 */
export function formatDay(day: string, locale: Locale): string {
  let format = dayFormats.get(locale);
  if (!format) {
    format = new Intl.DateTimeFormat([locale, DEFAULT_LOCALE], {
      dateStyle: 'long',
      timeZone: 'UTC',
    });
    dayFormats.set(locale, format);
  }
  return format.format(new Date(`${day.slice(0, 10)}T00:00:00Z`));
}

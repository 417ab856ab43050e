import type { Locale } from '@jaryk/client';
import { formatDay } from '../../../i18n/date-time';
import type { MessageKey } from '../../../i18n';

type T = (key: MessageKey, named?: Record<string, string | number>) => string;

/** A project's period in words: "March 1, 2021 – February 28, 2024", "since …", "until …". */
export function projectPeriod(
  startsOn: string | null,
  endsOn: string | null,
  locale: Locale,
  t: T,
): string {
  const from = startsOn ? formatDay(startsOn, locale) : null;
  const to = endsOn ? formatDay(endsOn, locale) : null;
  if (from && to) return t('projects.periodRange', { from, to });
  if (from) return t('projects.periodFrom', { from });
  if (to) return t('projects.periodUntil', { to });
  return t('projects.periodNotGiven');
}

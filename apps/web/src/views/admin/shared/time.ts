import type { Locale } from '@jaryk/client';
import { DEFAULT_LOCALE, SITE_TIME_ZONE } from '../../../i18n';

/**
 * Date-times in the admin are the organization's: Asia/Bishkek, UTC+6 all year (Kyrgyzstan has
 * had no daylight saving time since 2005), whatever the staff member's computer says.
 */
const BISHKEK_OFFSET = '+06:00';

/** `<input type="datetime-local">` value (Bishkek wall time) → ISO instant. */
export function bishkekLocalToIso(local: string): string {
  const withSeconds = local.length === 16 ? `${local}:00` : local;
  return new Date(`${withSeconds}${BISHKEK_OFFSET}`).toISOString();
}

/** ISO instant → `datetime-local` value in Bishkek wall time. */
export function isoToBishkekLocal(iso: string): string {
  const shifted = new Date(new Date(iso).getTime() + 6 * 3600_000);
  return shifted.toISOString().slice(0, 16);
}

const formats = new Map<Locale, Intl.DateTimeFormat>();

/** "5 мар. 2026 г., 14:30" in Bishkek time. */
export function formatDateTime(iso: string, locale: Locale): string {
  let format = formats.get(locale);
  if (!format) {
    format = new Intl.DateTimeFormat([locale, DEFAULT_LOCALE], {
      dateStyle: 'medium',
      timeStyle: 'short',
      timeZone: SITE_TIME_ZONE,
    });
    formats.set(locale, format);
  }
  return format.format(new Date(iso));
}

/** Wall-clock date and time in an IANA time zone ↔ an ISO instant, with the platform's Intl. */

function offsetMinutes(instant: number, timeZone: string): number {
  const parts = new Intl.DateTimeFormat('en-US', {
    timeZone,
    hourCycle: 'h23',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
  }).formatToParts(new Date(instant));
  const get = (type: string) => Number(parts.find((p) => p.type === type)?.value ?? 0);
  const asUtc = Date.UTC(
    get('year'),
    get('month') - 1,
    get('day'),
    get('hour'),
    get('minute'),
    get('second'),
  );
  return Math.round((asUtc - Math.floor(instant / 1000) * 1000) / 60_000);
}

/** `2024-03-08` + `10:00` in `Asia/Bishkek` → `2024-03-08T04:00:00.000Z`; '' date → null. */
export function zonedToIso(date: string, time: string, timeZone: string): string | null {
  const d = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  if (!d) return null;
  const [, h = '0', m = '0'] = /^(\d{2}):(\d{2})/.exec(time) ?? [];
  const wall = Date.UTC(Number(d[1]), Number(d[2]) - 1, Number(d[3]), Number(h), Number(m));
  let instant = wall - offsetMinutes(wall, timeZone) * 60_000;
  // Once more, in case the offset differs at the instant itself (a daylight-saving change).
  instant = wall - offsetMinutes(instant, timeZone) * 60_000;
  return new Date(instant).toISOString();
}

/** An ISO instant as date and time fields in `timeZone`; empty strings for null. */
export function isoToZoned(iso: string | null, timeZone: string): { date: string; time: string } {
  if (!iso) return { date: '', time: '' };
  const instant = new Date(iso).getTime();
  if (Number.isNaN(instant)) return { date: '', time: '' };
  const shifted = new Date(instant + offsetMinutes(instant, timeZone) * 60_000).toISOString();
  return { date: shifted.slice(0, 10), time: shifted.slice(11, 16) };
}

/** Time zones offered (the venue's may be any other IANA name the document already has). */
export const TIME_ZONES = [
  'Asia/Bishkek',
  'Asia/Almaty',
  'Asia/Tashkent',
  'Asia/Dushanbe',
  'Europe/Moscow',
  'Europe/Istanbul',
  'Europe/Berlin',
  'UTC',
];

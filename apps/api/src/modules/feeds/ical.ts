/**
 * iCalendar (RFC 5545): CRLF line endings, lines folded at 75 octets (never inside a UTF-8
 * character), TEXT values escaped. Times are written in UTC, so no VTIMEZONE is needed and
 * every calendar shows the event at the right moment in its own zone.
 */

export interface CalendarEvent {
  uid: string;
  /** ISO 8601 UTC. */
  startsAt: string;
  endsAt: string | null;
  /** Last change (DTSTAMP and LAST-MODIFIED): stable, so unchanged events give unchanged bytes. */
  lastModified: string;
  summary: string;
  description: string | null;
  location: string | null;
  geo: { latitude: number; longitude: number } | null;
  url: string;
  categories: string[];
}

export interface Calendar {
  name: string;
  description: string | null;
  events: CalendarEvent[];
}

const MAX_OCTETS = 75;

/** A TEXT value: backslash, semicolon, comma and newlines escaped (RFC 5545 3.3.11). */
export function escapeText(value: string): string {
  return value
    .replace(/\\/g, '\\\\')
    .replace(/;/g, '\\;')
    .replace(/,/g, '\\,')
    .replace(/\r\n|\r|\n/g, '\\n');
}

/** Folds a content line: at most 75 octets per line, continuation lines start with a space. */
export function foldLine(line: string): string {
  if (Buffer.byteLength(line) <= MAX_OCTETS) return line;
  const lines: string[] = [];
  let current = '';
  let octets = 0;
  for (const char of line) {
    const size = Buffer.byteLength(char);
    if (octets + size > MAX_OCTETS) {
      lines.push(current);
      current = ' ';
      octets = 1;
    }
    current += char;
    octets += size;
  }
  lines.push(current);
  return lines.join('\r\n');
}

/** 2023-05-10T04:00:00Z -> 20230510T040000Z */
export function icsDateTime(iso: string): string {
  return `${iso.slice(0, 19).replace(/[-:]/g, '')}Z`;
}

// Control characters other than tab are not allowed in TEXT; line breaks are escaped first.
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0008\u000B-\u001F\u007F]/g;
const text = (value: string) => escapeText(value.replace(/\r\n|\r/g, '\n')).replace(CONTROL, '');

export function renderCalendar(calendar: Calendar): string {
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//Jaryk//Jaryk events//EN',
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    `NAME:${text(calendar.name)}`,
    `X-WR-CALNAME:${text(calendar.name)}`,
    ...(calendar.description
      ? [`DESCRIPTION:${text(calendar.description)}`, `X-WR-CALDESC:${text(calendar.description)}`]
      : []),
    'REFRESH-INTERVAL;VALUE=DURATION:PT6H',
    'X-PUBLISHED-TTL:PT6H',
  ];
  for (const event of calendar.events) {
    lines.push(
      'BEGIN:VEVENT',
      `UID:${text(event.uid)}`,
      `DTSTAMP:${icsDateTime(event.lastModified)}`,
      `LAST-MODIFIED:${icsDateTime(event.lastModified)}`,
      `DTSTART:${icsDateTime(event.startsAt)}`,
    );
    if (event.endsAt && event.endsAt > event.startsAt)
      lines.push(`DTEND:${icsDateTime(event.endsAt)}`);
    lines.push(`SUMMARY:${text(event.summary)}`);
    if (event.description) lines.push(`DESCRIPTION:${text(event.description)}`);
    if (event.location) lines.push(`LOCATION:${text(event.location)}`);
    if (event.geo) lines.push(`GEO:${event.geo.latitude};${event.geo.longitude}`);
    // URI values are not TEXT: no backslash escaping (our URLs are percent-encoded).
    lines.push(`URL:${event.url}`);
    if (event.categories.length > 0) {
      lines.push(`CATEGORIES:${event.categories.map(text).join(',')}`);
    }
    lines.push('END:VEVENT');
  }
  lines.push('END:VCALENDAR');
  return `${lines.map(foldLine).join('\r\n')}\r\n`;
}

/**
 * CSV (RFC 4180): comma-separated, CRLF, fields quoted when they hold a quote, comma or line
 * break. Text cells that a spreadsheet would run as a formula (= + - @ or a tab/CR first) are
 * prefixed with an apostrophe (OWASP's advice against CSV injection); numbers are left alone.
 */

export type Cell = string | number | null;

function textCell(value: string): string {
  return /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
}

function field(value: Cell): string {
  if (value === null) return '';
  const s = typeof value === 'number' ? String(value) : textCell(value);
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/**
 * Header row and rows. A UTF-8 byte order mark leads, so that spreadsheet programs opening the
 * file directly read Kyrgyz and Russian names as UTF-8.
 */
export function renderCsv(header: string[], rows: Cell[][]): string {
  const lines = [header, ...rows].map((row) => row.map(field).join(','));
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}

import { plainText } from '../../shared/text.js';

/**
 * Facts of a project page that can be read from its text without guessing: the budget
 * ("Budget: 120 000 EUR", "Бюджет: 1 500 000 сом") and phases with their periods
 * ("Phase I: 01.03.2015 – 28.02.2017", "Фаза II: 03.2017 – 02.2020"). Anything else is left to
 * staff, with a warning.
 */

export interface ProjectPhase {
  label: string;
  startsOn: string | null;
  endsOn: string | null;
}

export interface ProjectFacts {
  budget: { amount: string; currency: string } | null;
  phases: ProjectPhase[];
  warnings: string[];
}

const CURRENCIES: [RegExp, string][] = [
  [/^(?:eur|euro|euros|евро|€)$/i, 'EUR'],
  [/^(?:usd|us\$|\$|dollars?|долл\.?|доллар(?:ов|а)?)$/i, 'USD'],
  [/^(?:kgs|som|soms|сом|сомов|сома)$/i, 'KGS'],
];

const BUDGET =
  /(?:budget|бюджет(?:\s+проекта)?)\s*[:\-–—]?\s*(€|\$)?\s*(\d[\d\s\u00a0.,]*\d|\d)\s*(€|\$|[A-Za-zА-Яа-я.]+)?/gi;

/** "120 000", "120,000", "1.500.000": digits grouped by threes; decimals are not guessed. */
function amountOf(raw: string): string | null {
  const trimmed = raw.replace(/\u00a0/g, ' ').trim();
  if (/^\d+$/.test(trimmed)) return trimmed;
  const m = trimmed.match(/^(\d{1,3})((?:[ ,.]\d{3})+)$/);
  if (!m) return null;
  const separators = new Set(m[2]!.match(/[ ,.]/g));
  if (separators.size !== 1) return null;
  return `${m[1]}${m[2]!.replace(/[ ,.]/g, '')}`;
}

function currencyOf(raw: string | undefined): string | null {
  if (!raw) return null;
  for (const [pattern, code] of CURRENCIES) if (pattern.test(raw.trim())) return code;
  return null;
}

const PHASE =
  /(?:phase|stage|фаза|этап)\s+([IVX]{1,5}|\d{1,2})\s*[:(–—-]?\s*([0-9.]{4,10})\s*[–—-]\s*([0-9.]{4,10})/gi;

/** Day, month-year or year: the period it starts (or ends, for `end`) as a date, or null. */
function dateOf(raw: string, end: boolean): { date: string | null; exact: boolean } | null {
  let m = raw.match(/^(\d{1,2})\.(\d{1,2})\.(\d{4})$/);
  if (m) {
    const [d, mo, y] = [Number(m[1]), Number(m[2]), Number(m[3])];
    const date = new Date(Date.UTC(y, mo - 1, d));
    if (date.getUTCMonth() !== mo - 1 || date.getUTCDate() !== d) return null;
    return { date: date.toISOString().slice(0, 10), exact: true };
  }
  m = raw.match(/^(\d{1,2})\.(\d{4})$/);
  if (m) {
    const [mo, y] = [Number(m[1]), Number(m[2])];
    if (mo < 1 || mo > 12) return null;
    // A month names the whole month: it starts on the 1st, ends on its last day.
    const date = end ? new Date(Date.UTC(y, mo, 0)) : new Date(Date.UTC(y, mo - 1, 1));
    return { date: date.toISOString().slice(0, 10), exact: true };
  }
  if (/^\d{4}$/.test(raw)) return { date: null, exact: false };
  return null;
}

export function readProjectFacts(html: string): ProjectFacts {
  const text = plainText(html);
  const warnings: string[] = [];

  let budget: ProjectFacts['budget'] = null;
  const budgets = [...text.matchAll(BUDGET)];
  if (budgets.length === 1) {
    const [, before, rawAmount, after] = budgets[0]!;
    const amount = amountOf(rawAmount!);
    const currency = currencyOf(before) ?? currencyOf(after);
    if (amount && currency) budget = { amount, currency };
    else warnings.push(`budget not read: "${budgets[0]![0].trim()}"`);
  } else if (budgets.length > 1) {
    warnings.push('budget not read: the text names more than one');
  } else if (/budget|бюджет/i.test(text)) {
    warnings.push('budget mentioned but not in a form read reliably');
  }

  const phases: ProjectPhase[] = [];
  let yearsOnly = false;
  for (const m of text.matchAll(PHASE)) {
    const start = dateOf(m[2]!.replace(/\.$/, ''), false);
    const end = dateOf(m[3]!.replace(/\.$/, ''), true);
    if (!start || !end) {
      warnings.push(`phase ${m[1]} not read: "${m[0].trim()}"`);
      continue;
    }
    if (!start.exact || !end.exact) yearsOnly = true;
    const ordered = !start.date || !end.date || start.date <= end.date;
    if (!ordered) {
      warnings.push(`phase ${m[1]} ends before it starts: left out`);
      continue;
    }
    phases.push({ label: m[1]!.toUpperCase(), startsOn: start.date, endsOn: end.date });
  }
  if (yearsOnly) warnings.push('phase periods given in years only: their dates are left empty');
  if (phases.length === 0 && /(?:phase|фаза|этап)/i.test(text)) {
    warnings.push('phases mentioned but not in a form read reliably');
  }
  return { budget, phases, warnings };
}

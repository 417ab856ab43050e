import { plainText } from '../../shared/text.js';

/**
 * Bylines of the current site: "Erlan Davlatov, Osh Oblast" (a regional correspondent),
 * "Aizada K., press secretary" (a role), "Aizada Bekova" (a bare name). The printed text is kept
 * as it was; the split gives the name and either a place of the tree or a role.
 */

export interface PlaceCandidate {
  id: number;
  kind: string;
  /** Names in every language and the known spelling variants. */
  names: string[];
}

export interface Byline {
  /** As printed. */
  text: string;
  name: string;
  placeId: number | null;
  role: string | null;
}

/** Words naming the level of a place, dropped before names are compared. */
const LEVEL_WORDS = {
  oblast: ['oblast', 'oblasty', 'region', 'province', 'область', 'обл', 'облусу', 'облысы'],
  district: ['district', 'raion', 'rayon', 'район', 'району'],
  city: ['city', 'town', 'г', 'город', 'шаары', 'шаар'],
} as const;
const ALL_LEVEL_WORDS = new Set<string>(Object.values(LEVEL_WORDS).flat());

function words(value: string): string[] {
  return value
    .toLowerCase()
    .replace(/ё/g, 'е')
    .split(/[^\p{L}\p{N}-]+/u)
    .filter(Boolean);
}

/** A place name reduced for comparison: level words dropped, letters and digits only. */
export function placeKey(value: string): string {
  return words(value)
    .filter((w) => !ALL_LEVEL_WORDS.has(w))
    .join('')
    .replace(/[^\p{L}\p{N}]/gu, '');
}

function levelOf(value: string): keyof typeof LEVEL_WORDS | null {
  const ws = words(value);
  for (const [level, list] of Object.entries(LEVEL_WORDS)) {
    if (ws.some((w) => (list as readonly string[]).includes(w))) {
      return level as keyof typeof LEVEL_WORDS;
    }
  }
  return null;
}

/**
 * The place a byline's qualifier names, or null. "Osh Oblast" is the oblast, "Osh" alone the
 * city; "Ошская область", "Jalal-Abad region" and spelling variants (Jalalabad) match too.
 */
export function matchPlace(qualifier: string, places: readonly PlaceCandidate[]): number | null {
  const key = placeKey(qualifier);
  if (!key) return null;
  const level = levelOf(qualifier);
  const matches = places.filter((p) => p.names.some((n) => placeKey(n) === key));
  if (matches.length === 0) return null;
  const preference =
    level === 'oblast'
      ? ['oblast']
      : level === 'district'
        ? ['district']
        : level === 'city'
          ? ['city', 'settlement']
          : ['city', 'oblast', 'district', 'settlement', 'rural_district'];
  for (const kind of preference) {
    const hit = matches.find((p) => p.kind === kind);
    if (hit) return hit.id;
  }
  return null;
}

/** Splits a byline's text into name and place or role. */
export function splitByline(text: string, places: readonly PlaceCandidate[]): Byline | null {
  const clean = text
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^[—–-]\s*/, '');
  if (!clean) return null;
  const comma = clean.indexOf(',');
  if (comma === -1) return { text: clean, name: clean, placeId: null, role: null };
  const name = clean.slice(0, comma).trim();
  const qualifier = clean.slice(comma + 1).trim();
  if (!name) return null;
  if (!qualifier) return { text: clean, name, placeId: null, role: null };
  const placeId = matchPlace(qualifier, places);
  return { text: clean, name, placeId, role: placeId === null ? qualifier : null };
}

const MAX_BYLINE_CHARS = 120;

/** Capitalised words (a name such as "Aizada Bekova" or "Aizada K."), two to four of them. */
function looksLikeName(value: string): boolean {
  const ws = value.split(/\s+/);
  return ws.length >= 2 && ws.length <= 4 && ws.every((w) => /^\p{Lu}[\p{L}'’-]*\.?$/u.test(w));
}

function candidate(
  inner: string,
  places: readonly PlaceCandidate[],
  emphasisOnly: boolean,
): Byline | null {
  const emphasized = /^\s*<(em|i|strong|b)\b[^>]*>[\s\S]*<\/\1>\s*$/i.test(inner);
  if (emphasisOnly && !emphasized) return null;
  const text = plainText(inner);
  if (!text || text.length > MAX_BYLINE_CHARS) return null;
  // A sentence is not a byline (an initial such as "K." may end one).
  if (/[.!?:;]$/.test(text) && !/\s\p{Lu}\.$/u.test(text)) return null;
  const byline = splitByline(text, places);
  if (!byline) return null;
  if (byline.placeId !== null) return looksLikeName(byline.name) ? byline : null;
  // Without a place, only an emphasised paragraph reads as a byline.
  if (!emphasized || !looksLikeName(byline.name)) return null;
  if (byline.role && byline.role.split(/\s+/).length > 5) return null;
  return byline;
}

const LAST_PARAGRAPH = /<p\b[^>]*>((?:(?!<\/?p\b)[\s\S])*)<\/p>\s*$/i;
const FIRST_PARAGRAPH = /^\s*<p\b[^>]*>((?:(?!<\/?p\b)[\s\S])*)<\/p>/i;

/**
 * A byline written into the text: the last paragraph ("<p><em>Name, Oblast</em></p>", or plain
 * "Name, Oblast" when the oblast is known), or an emphasised first paragraph. Returns the byline
 * and the body without that paragraph.
 */
export function takeBodyByline(
  html: string,
  places: readonly PlaceCandidate[],
): { byline: Byline; html: string } | null {
  const last = html.match(LAST_PARAGRAPH);
  if (last) {
    const byline = candidate(last[1]!, places, false);
    if (byline) return { byline, html: html.slice(0, last.index).trim() };
  }
  const first = html.match(FIRST_PARAGRAPH);
  if (first) {
    const byline = candidate(first[1]!, places, true);
    if (byline) return { byline, html: html.slice(first[0].length).trim() };
  }
  return null;
}

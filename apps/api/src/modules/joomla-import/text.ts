import { plainText } from '../../shared/text.js';

/**
 * Pure text work on Joomla content: slugs, the date that heads an article, plugin tags, empty
 * paragraphs, inline images and links. Nothing here touches a database or a file.
 */

const CYRILLIC: Record<string, string> = {
  а: 'a',
  б: 'b',
  в: 'v',
  г: 'g',
  д: 'd',
  е: 'e',
  ё: 'yo',
  ж: 'zh',
  з: 'z',
  и: 'i',
  й: 'y',
  к: 'k',
  л: 'l',
  м: 'm',
  н: 'n',
  о: 'o',
  п: 'p',
  р: 'r',
  с: 's',
  т: 't',
  у: 'u',
  ф: 'f',
  х: 'kh',
  ц: 'ts',
  ч: 'ch',
  ш: 'sh',
  щ: 'shch',
  ъ: '',
  ы: 'y',
  ь: '',
  э: 'e',
  ю: 'yu',
  я: 'ya',
  // Kyrgyz letters.
  ң: 'ng',
  ө: 'o',
  ү: 'u',
};

const SLUG_MAX = 80;

/** A slug as the API accepts it (lower-case a-z, digits, single hyphens), Cyrillic transliterated. */
export function slugify(value: string): string {
  const latin = Array.from(value.toLowerCase().normalize('NFC'))
    .map((c) => CYRILLIC[c] ?? c)
    .join('')
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '');
  let slug = latin.replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '');
  if (slug.length > SLUG_MAX)
    slug = slug.slice(0, SLUG_MAX).replace(/-[^-]*$/, '') || slug.slice(0, SLUG_MAX);
  return slug.replace(/-+$/, '');
}

/**
 * The slug of a Joomla item: its alias, unless Joomla made that up from the date (it does when a
 * title has no Latin letters), in which case the title transliterated.
 */
export function slugOfItem(alias: string, title: string): string {
  const fromAlias = slugify(alias);
  if (fromAlias && !/^\d{4}(-\d{2}){5}$/.test(fromAlias)) return fromAlias;
  return slugify(title) || fromAlias || 'item';
}

/** 'en-GB' -> 'en'; '*' and unknown languages -> null. */
export function localeOfLanguage(language: string): 'en' | 'ru' | 'ky' | null {
  const code = language.toLowerCase().slice(0, 2);
  return code === 'en' || code === 'ru' || code === 'ky' ? code : null;
}

/** A Joomla datetime ('YYYY-MM-DD HH:MM:SS', stored in UTC) as an ISO instant. */
export function joomlaUtc(value: string | null): string | null {
  const m = value?.match(/^(\d{4})-(\d{2})-(\d{2})[ T](\d{2}):(\d{2}):(\d{2})/);
  if (!m) return null;
  const [, y, mo, d, h, mi, s] = m.map(Number) as number[];
  const date = new Date(Date.UTC(y!, mo! - 1, d!, h!, mi!, s!));
  return Number.isNaN(date.getTime()) ? null : date.toISOString();
}

/** Asia/Bishkek is UTC+6 all year (no daylight saving since 2005). */
const BISHKEK_OFFSET_HOURS = 6;

const LEADING_DATE =
  /^((?:\s|&nbsp;|<[^>]+>)*?)(\d{1,2})\.(\d{1,2})\.(\d{4})((?:\s|&nbsp;|&#160;|\u00a0|<[^>]+>)+)(\d{1,2})[:.](\d{2})(?!\d)/i;

/**
 * The date and time that head an article's text, as the current site writes them
 * ("07.03.2022 19:05", sometimes "07.03.2022 19.05", Asia/Bishkek local time), converted to UTC,
 * and the body without them. Null when the text does not start with a valid one.
 */
export function takeLeadingDate(html: string): { publishAt: string; html: string } | null {
  const m = html.match(LEADING_DATE);
  if (!m) return null;
  const [whole, before, d, mo, y, between, h, mi] = m as unknown as string[];
  const [day, month, year, hour, minute] = [d, mo, y, h, mi].map(Number) as number[];
  if (month! < 1 || month! > 12 || day! < 1 || hour! > 23 || minute! > 59) return null;
  const utc = new Date(Date.UTC(year!, month! - 1, day!, hour! - BISHKEK_OFFSET_HOURS, minute!));
  const local = new Date(utc.getTime() + BISHKEK_OFFSET_HOURS * 3600_000);
  if (local.getUTCDate() !== day || local.getUTCMonth() !== month! - 1) return null;
  // Tags between the date and the time (<strong>07.03.2022</strong> 19:05) stay, empty.
  const keptTags = (between!.match(/<[^>]+>/g) ?? []).join('');
  const rest = html.slice(whole!.length);
  return { publishAt: utc.toISOString(), html: `${before}${keptTags}${rest}` };
}

/** Paired plugin tags ({gallery}folder{/gallery}) with their content, then single ones ({loadposition x}). */
const PAIRED_PLUGIN = /\{([a-z][a-z0-9_]*)(?:\s[^{}]*)?\}[\s\S]*?\{\/\1\}/gi;
const SINGLE_PLUGIN = /\{\/?[a-z][a-z0-9_]*(?:\s[^{}]*)?\}/gi;

/** Removes Joomla's content plugin tags; returns the names removed (for the report). */
export function removePluginTags(html: string): { html: string; removed: string[] } {
  const removed: string[] = [];
  const note = (tag: string) => removed.push(tag.slice(1, tag.search(/[\s}]/)).replace(/^\//, ''));
  const out = html
    .replace(PAIRED_PLUGIN, (tag) => {
      note(tag);
      return '';
    })
    .replace(SINGLE_PLUGIN, (tag) => {
      note(tag);
      return '';
    });
  return { html: out, removed: [...new Set(removed)] };
}

const EMPTY_BLOCK =
  /<(p|div|span|strong|em|b|i|figure|a)\b[^>]*>(?:\s|&nbsp;|&#160;|\u00a0|<br\s*\/?>)*<\/\1>/gi;

/** Drops paragraphs (and wrappers) left with nothing in them. */
export function dropEmptyBlocks(html: string): string {
  let previous: string;
  let current = html;
  do {
    previous = current;
    current = current.replace(EMPTY_BLOCK, '');
  } while (current !== previous);
  return current.trim();
}

export interface ImageRef {
  src: string;
  alt: string | null;
}

const ATTRIBUTE = /\s([a-z-]+)\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'>]+))/gi;

export function attributesOf(tag: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const m of tag.matchAll(ATTRIBUTE)) {
    out[m[1]!.toLowerCase()] = m[2] ?? m[3] ?? m[4] ?? '';
  }
  return out;
}

function imageRefOf(tag: string): ImageRef {
  const attrs = attributesOf(tag);
  const alt = plainText(attrs.alt ?? '') || plainText(attrs.title ?? '') || null;
  return { src: attrs.src ?? '', alt };
}

/** Tokens that may sit between the images of one run (wrappers, links, breaks, blanks). */
const RUN_FILLER =
  /^(?:<\/?(?:a|p|div|span|strong|em|b|i|figure|center)\b[^>]*>|<br\s*\/?>|(?:\s|&nbsp;|&#160;|\u00a0)*)$/i;
const IMG = /^<img\b/i;

export interface BodyImages {
  /** Runs of two or more consecutive images: each becomes (part of) the gallery. */
  runs: ImageRef[][];
  /** Images standing alone in the text. */
  singles: ImageRef[];
  /**
   * Rebuilds the body: runs removed (with the links wrapping them) when they become a gallery,
   * each image left in the text replaced by what `replace` returns for it (null drops it).
   */
  render(replace: (image: ImageRef) => string | null, options: { runsToGallery: boolean }): string;
}

export function findImages(html: string): BodyImages {
  const tokens = html.split(/(<[^>]*>)/);
  const imgAt = tokens.flatMap((t, i) => (IMG.test(t) ? [i] : []));
  const runs: number[][] = [];
  let current: number[] = [];
  for (const i of imgAt) {
    const last = current.at(-1);
    if (last !== undefined && tokens.slice(last + 1, i).every((t) => RUN_FILLER.test(t))) {
      current.push(i);
    } else {
      if (current.length) runs.push(current);
      current = [i];
    }
  }
  if (current.length) runs.push(current);
  const galleryRuns = runs.filter((r) => r.length >= 2);
  const singleAt = runs.filter((r) => r.length === 1).map((r) => r[0]!);

  return {
    runs: galleryRuns.map((r) => r.map((i) => imageRefOf(tokens[i]!))),
    singles: singleAt.map((i) => imageRefOf(tokens[i]!)),
    render(replace, { runsToGallery }) {
      const out = [...tokens];
      if (!runsToGallery) {
        // Where there is no gallery (pages, projects) every image stays in the text.
        for (const i of imgAt) out[i] = replace(imageRefOf(tokens[i]!)) ?? '';
        return dropEmptyBlocks(out.join(''));
      }
      for (const run of galleryRuns) {
        const first = run[0]!;
        const last = run.at(-1)!;
        for (let i = first; i <= last; i++) {
          if (IMG.test(out[i]!) || /^<\/?a\b|^<br/i.test(out[i]!)) out[i] = '';
        }
        // A link wrapping the first or last image (a lightbox) goes with the run.
        const before = prevNonBlank(out, first);
        if (before !== -1 && /^<a\b/i.test(out[before]!)) out[before] = '';
        const after = nextNonBlank(out, last);
        if (after !== -1 && /^<\/a>/i.test(out[after]!)) out[after] = '';
      }
      for (const i of singleAt) out[i] = replace(imageRefOf(tokens[i]!)) ?? '';
      return dropEmptyBlocks(out.join(''));
    },
  };
}

const blank = (t: string) => /^(?:\s|&nbsp;|&#160;|\u00a0)*$/.test(t);

function prevNonBlank(tokens: string[], from: number): number {
  for (let i = from - 1; i >= 0; i--) if (!blank(tokens[i]!)) return i;
  return -1;
}

function nextNonBlank(tokens: string[], from: number): number {
  for (let i = from + 1; i < tokens.length; i++) if (!blank(tokens[i]!)) return i;
  return -1;
}

/**
 * The Joomla article id a link points at, when it is one of ours: relative, or on one of the old
 * site's hosts. Handles SEF paths (/en/news/30-news/1836-title.html) and raw ones
 * (index.php?option=com_content&view=article&id=1836:title).
 */
export function joomlaArticleIdOfHref(href: string, oldHosts: readonly string[]): number | null {
  let url: URL;
  try {
    url = new URL(href, 'http://old.invalid/');
  } catch {
    return null;
  }
  const host = url.hostname.replace(/^www\./, '');
  if (url.hostname !== 'old.invalid' && !oldHosts.includes(host)) return null;
  if (/\/index\.php$/.test(url.pathname) || url.pathname === '/') {
    if (url.searchParams.get('option') !== 'com_content') return null;
    if (url.searchParams.get('view') !== 'article') return null;
    const id = url.searchParams.get('id')?.match(/^(\d+)/)?.[1];
    return id ? Number(id) : null;
  }
  return legacyArticleIdOfPath(url.pathname);
}

/** `/{en|ru}/<segments>/<id>-<alias>.html` -> id (the rule old links are redirected by). */
export function legacyArticleIdOfPath(pathname: string): number | null {
  const m = pathname.match(/^\/(?:en|ru)\/(?:[^/]+\/)*(\d{1,9})-[^/]*\.html$/i);
  return m ? Number(m[1]) : null;
}

/** Rewrites links to imported Joomla articles to their new addresses; returns how many. */
export function rewriteLinks(
  html: string,
  urlOf: (joomlaId: number) => string | null,
  oldHosts: readonly string[],
): { html: string; rewritten: number } {
  let rewritten = 0;
  const out = html.replace(/<a\b[^>]*>/gi, (tag) => {
    const href = attributesOf(tag).href;
    if (!href) return tag;
    const id = joomlaArticleIdOfHref(href.replace(/&amp;/g, '&'), oldHosts);
    const target = id === null ? null : urlOf(id);
    if (!target) return tag;
    rewritten++;
    return tag.replace(/\shref\s*=\s*(?:"[^"]*"|'[^']*'|[^\s>]+)/i, ` href="${target}"`);
  });
  return { html: out, rewritten };
}

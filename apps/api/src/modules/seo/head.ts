import type { Locale } from '../../db/schema/common.js';
import { escapeHtml, jsonForScript } from '../../shared/text.js';
import { OG_LOCALES } from '../../shared/site-urls.js';

export interface HeadImage {
  url: string;
  alt?: string | null;
  width?: number | null;
  height?: number | null;
}

/** What a page's <head> says about it; rendered by `renderHead`, every value escaped there. */
export interface PageHead {
  /** Language of the page's interface (the URL's locale), for <html lang>. */
  lang: Locale;
  /** The <title>. */
  title: string;
  description: string | null;
  /** Absolute URL of the page as it should be indexed; null for pages that are not. */
  canonical: string | null;
  /** hreflang alternates (including x-default). */
  alternates: { hreflang: string; href: string }[];
  /** e.g. "noindex"; null lets robots index. */
  robots: string | null;
  /** Open Graph and Twitter card; null for pages not meant to be shared (not found). */
  og: {
    type: 'article' | 'website';
    title: string;
    description: string | null;
    url: string;
    siteName: string;
    /** Language the content is served in. */
    locale: Locale;
    /** The other languages the content exists in. */
    localeAlternates: Locale[];
    image: HeadImage | null;
    article?: { publishedTime: string; modifiedTime: string; tags: string[] };
  } | null;
  /** The Atom feed of the locale's news. */
  feed: { title: string; href: string } | null;
  /** schema.org objects, one <script type="application/ld+json"> each. */
  jsonLd: object[];
}

const meta = (name: string, content: string) =>
  `<meta name="${escapeHtml(name)}" content="${escapeHtml(content)}">`;
const property = (name: string, content: string) =>
  `<meta property="${escapeHtml(name)}" content="${escapeHtml(content)}">`;

/** The tags to insert before </head>. */
export function renderHead(head: PageHead): string {
  const out: string[] = [`<title>${escapeHtml(head.title)}</title>`];
  if (head.description) out.push(meta('description', head.description));
  if (head.robots) out.push(meta('robots', head.robots));
  if (head.canonical) out.push(`<link rel="canonical" href="${escapeHtml(head.canonical)}">`);
  for (const alt of head.alternates) {
    out.push(
      `<link rel="alternate" hreflang="${escapeHtml(alt.hreflang)}" href="${escapeHtml(alt.href)}">`,
    );
  }
  if (head.feed) {
    out.push(
      `<link rel="alternate" type="application/atom+xml" title="${escapeHtml(head.feed.title)}" href="${escapeHtml(head.feed.href)}">`,
    );
  }
  const og = head.og;
  if (og) {
    out.push(
      property('og:type', og.type),
      property('og:site_name', og.siteName),
      property('og:title', og.title),
      property('og:url', og.url),
      property('og:locale', OG_LOCALES[og.locale]),
    );
    for (const l of og.localeAlternates) out.push(property('og:locale:alternate', OG_LOCALES[l]));
    if (og.description) out.push(property('og:description', og.description));
    if (og.image) {
      out.push(property('og:image', og.image.url));
      if (og.image.width) out.push(property('og:image:width', String(og.image.width)));
      if (og.image.height) out.push(property('og:image:height', String(og.image.height)));
      if (og.image.alt) out.push(property('og:image:alt', og.image.alt));
    }
    if (og.article) {
      out.push(
        property('article:published_time', og.article.publishedTime),
        property('article:modified_time', og.article.modifiedTime),
        ...og.article.tags.map((tag) => property('article:tag', tag)),
      );
    }
    out.push(
      meta('twitter:card', og.image ? 'summary_large_image' : 'summary'),
      meta('twitter:title', og.title),
    );
    if (og.description) out.push(meta('twitter:description', og.description));
    if (og.image) {
      out.push(meta('twitter:image', og.image.url));
      if (og.image.alt) out.push(meta('twitter:image:alt', og.image.alt));
    }
  }
  for (const data of head.jsonLd) {
    out.push(`<script type="application/ld+json">${jsonForScript(data)}</script>`);
  }
  return out.join('\n    ');
}

/** A start tag, quotes respected (a ">" inside an attribute value does not end it). */
const TAG = (name: string) => new RegExp(`<${name}\\b(?:[^>"']|"[^"]*"|'[^']*')*>\\s*`, 'gi');
const attribute = (tag: string, name: string) =>
  new RegExp(`\\s${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)'|([^\\s>]+))`, 'i')
    .exec(tag)
    ?.slice(1)
    .find((v) => v !== undefined)
    ?.toLowerCase();

/** Tags of the template that the server writes per page (a build may carry placeholders). */
function isPerPage(tag: string): boolean {
  if (/^<meta/i.test(tag)) {
    const key = attribute(tag, 'name') ?? attribute(tag, 'property') ?? '';
    return /^(description|robots|og:.*|article:.*|twitter:.*)$/.test(key);
  }
  const rel = attribute(tag, 'rel');
  return (
    rel === 'canonical' ||
    (rel === 'alternate' &&
      (attribute(tag, 'hreflang') !== undefined ||
        attribute(tag, 'type') === 'application/atom+xml'))
  );
}

/**
 * The SPA's index.html, prepared once: the tags the server writes per page removed (its
 * <title>, description and any preview tags), split around <html lang> and </head> so that
 * rendering a page is two string concatenations.
 */
export function compileIndexTemplate(html: string): (lang: Locale, head: string) => string {
  const headEnd = html.search(/<\/head\s*>/i);
  if (headEnd < 0) return () => html;
  const before = html
    .slice(0, headEnd)
    .replace(/<title\b[^>]*>[\s\S]*?<\/title\s*>\s*/gi, '')
    .replace(/<script\b[^>]*application\/ld\+json[^>]*>[\s\S]*?<\/script\s*>\s*/gi, '')
    .replace(TAG('meta'), (tag) => (isPerPage(tag) ? '' : tag))
    .replace(TAG('link'), (tag) => (isPerPage(tag) ? '' : tag))
    .replace(/\s*$/, '');
  const after = html.slice(headEnd);
  const htmlTag = /<html\b(?:[^>"']|"[^"]*"|'[^']*')*>/i.exec(before);
  if (!htmlTag) return (_lang, head) => `${before}\n    ${head}\n  ${after}`;
  const start = before.slice(0, htmlTag.index);
  // The tag's other attributes stay; its lang is the page's.
  const attributes = htmlTag[0].slice(5).replace(/\slang\s*=\s*("[^"]*"|'[^']*'|[^\s>]*)/i, '');
  const rest = `${attributes}${before.slice(htmlTag.index + htmlTag[0].length)}`;
  return (lang, head) => `${start}<html lang="${lang}"${rest}\n    ${head}\n  ${after}`;
}

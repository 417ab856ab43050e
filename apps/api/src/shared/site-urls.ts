import { LOCALES, type Locale } from '../db/schema/common.js';

/**
 * Absolute URLs of the public site's pages, as the SPA's router defines them (apps/web/src/router.ts:
 * /:locale, /:locale/news/:slug, /:locale/events/:slug, …). Link previews, sitemaps and feeds
 * all point there; `base` is the configured PUBLIC_URL origin, never a request header.
 */
export interface SiteUrls {
  base: string;
  home(locale: Locale): string;
  section(locale: Locale, section: string): string;
  article(locale: Locale, slug: string): string;
  event(locale: Locale, slug: string): string;
  project(locale: Locale, slug: string): string;
  /** A community group's page (its slug is the same in every locale). */
  group(locale: Locale, slug: string): string;
  page(locale: Locale, slug: string): string;
  /** The Atom feed of articles in a locale. */
  articlesFeed(locale: Locale): string;
  /** A path (`/media/…`) made absolute; absolute URLs stay as they are. */
  absolute(pathOrUrl: string): string;
}

export function siteUrls(base: string): SiteUrls {
  const item = (kind: string) => (locale: Locale, slug: string) =>
    `${base}/${locale}/${kind}/${encodeURIComponent(slug)}`;
  return {
    base,
    home: (locale) => `${base}/${locale}`,
    section: (locale, section) => `${base}/${locale}/${section}`,
    article: item('news'),
    event: item('events'),
    project: item('projects'),
    group: item('groups'),
    page: item('pages'),
    articlesFeed: (locale) => `${base}/api/v1/feeds/articles.atom?locale=${locale}`,
    absolute: (pathOrUrl) =>
      /^https?:\/\//i.test(pathOrUrl)
        ? pathOrUrl
        : `${base}${pathOrUrl.startsWith('/') ? '' : '/'}${pathOrUrl}`,
  };
}

/** Open Graph locale of each site language. */
export const OG_LOCALES: Record<Locale, string> = { ky: 'ky_KG', ru: 'ru_RU', en: 'en_US' };

/**
 * The translation a language-neutral link (hreflang x-default) points to: the site's default
 * locale when the item exists in it, else the first existing one in the site's order.
 */
export function defaultOf(available: readonly Locale[], defaultLocale: Locale): Locale | undefined {
  if (available.includes(defaultLocale)) return defaultLocale;
  return LOCALES.find((l) => available.includes(l));
}

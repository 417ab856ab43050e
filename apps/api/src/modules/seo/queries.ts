import type { Database } from '../../db/client.js';
import { LOCALES, type Locale } from '../../db/schema/common.js';
import { defaultOf, type SiteUrls } from '../../shared/site-urls.js';
import { listArticleLocations } from '../articles/queries.js';
import { listCommunityGroupLocations } from '../community-groups/queries.js';
import { listEventLocations } from '../events/queries.js';
import { listPageLocations } from '../pages/queries.js';
import { listProjectLocations } from '../projects/queries.js';
import { SECTIONS } from './sections.js';
import type { SitemapUrl } from './sitemap.js';

/**
 * One <url> per translation, each listing every translation (itself included) and x-default,
 * as search engines ask for hreflang clusters.
 */
function cluster(
  hrefs: Partial<Record<Locale, string>>,
  lastmod: string | null,
  defaultLocale: Locale,
): SitemapUrl[] {
  const available = LOCALES.filter((l) => hrefs[l]);
  const alternates: { hreflang: string; href: string }[] = available.map((l) => ({
    hreflang: l,
    href: hrefs[l]!,
  }));
  const fallback = defaultOf(available, defaultLocale);
  if (fallback) alternates.push({ hreflang: 'x-default', href: hrefs[fallback]! });
  return available.map((l) => ({ loc: hrefs[l]!, lastmod, alternates }));
}

function bySlug(
  slugs: Partial<Record<Locale, string>>,
  url: (l: Locale, slug: string) => string,
): Partial<Record<Locale, string>> {
  const hrefs: Partial<Record<Locale, string>> = {};
  for (const l of LOCALES) {
    const slug = slugs[l];
    if (slug) hrefs[l] = url(l, slug);
  }
  return hrefs;
}

const everyLocale = (url: (l: Locale) => string) =>
  Object.fromEntries(LOCALES.map((l) => [l, url(l)])) as Record<Locale, string>;

/**
 * Every public URL of the site: the home and indexable section pages in each locale, then each
 * public article, event, project, community group and page in each locale it exists in. Only through the
 * modules' own queries, so the visibility rule is theirs.
 */
export async function listSitemapUrls(
  db: Database,
  urls: SiteUrls,
  defaultLocale: Locale,
): Promise<SitemapUrl[]> {
  const articles = await listArticleLocations(db);
  const events = await listEventLocations(db);
  const projects = await listProjectLocations(db);
  const groups = await listCommunityGroupLocations(db);
  const pages = await listPageLocations(db);
  const out: SitemapUrl[] = [...cluster(everyLocale(urls.home), null, defaultLocale)];
  for (const [name, section] of Object.entries(SECTIONS)) {
    if (section.index) {
      out.push(
        ...cluster(
          everyLocale((l) => urls.section(l, name)),
          null,
          defaultLocale,
        ),
      );
    }
  }
  for (const a of articles)
    out.push(...cluster(bySlug(a.slugs, urls.article), a.lastModified, defaultLocale));
  for (const e of events) {
    const slugs = Object.fromEntries(e.availableLocales.map((l) => [l, e.slug]));
    out.push(...cluster(bySlug(slugs, urls.event), e.lastModified, defaultLocale));
  }
  for (const p of projects) {
    const slugs = Object.fromEntries(p.availableLocales.map((l) => [l, p.slug]));
    out.push(...cluster(bySlug(slugs, urls.project), p.lastModified, defaultLocale));
  }
  for (const g of groups) {
    const slugs = Object.fromEntries(g.availableLocales.map((l) => [l, g.slug]));
    out.push(...cluster(bySlug(slugs, urls.group), g.lastModified, defaultLocale));
  }
  for (const p of pages)
    out.push(...cluster(bySlug(p.slugs, urls.page), p.lastModified, defaultLocale));
  return out;
}

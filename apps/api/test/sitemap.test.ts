import { sql } from 'drizzle-orm';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { beforeAll, describe, expect, it } from 'vitest';
import { sitemapDocuments, type SitemapUrl } from '../src/modules/seo/sitemap.js';
import { testApp } from './helpers/app.js';
import { newGroup } from './helpers/community-groups.js';
import { newArticle, newEvent } from './helpers/factories.js';

const BASE = 'https://jaryk.test';
const SEED = `${BASE}/en/news/harassment-is-a-special-kind-of-violence`;

interface Alternate {
  '@_rel': string;
  '@_hreflang': string;
  '@_href': string;
}
interface UrlEntry {
  loc: string;
  lastmod?: string;
  'xhtml:link'?: Alternate[];
}
interface Urlset {
  urlset: { '@_xmlns': string; '@_xmlns:xhtml': string; url?: UrlEntry[] };
}
interface SitemapIndex {
  sitemapindex: { sitemap: { loc: string; lastmod?: string }[] };
}

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@_',
  parseTagValue: false,
  isArray: (name) => ['url', 'xhtml:link', 'sitemap'].includes(name),
});

function parseXml<T>(xml: string): T {
  expect(XMLValidator.validate(xml)).toBe(true);
  return parser.parse(xml) as T;
}

// Opening the shared database takes a while on PGlite: not within a test's time.
beforeAll(async () => {
  await testApp();
});

async function get(url: string, headers: Record<string, string> = {}) {
  const { app } = await testApp();
  const r = await app.inject({ url, headers });
  return { status: r.statusCode, headers: r.headers, body: r.body };
}

async function sitemap() {
  const r = await get('/sitemap.xml');
  expect(r.status).toBe(200);
  const urls = parseXml<Urlset>(r.body).urlset.url ?? [];
  return { ...r, urls, byLoc: new Map(urls.map((u) => [u.loc, u])) };
}

const hreflangs = (u: UrlEntry | undefined) =>
  Object.fromEntries((u?.['xhtml:link'] ?? []).map((l) => [l['@_hreflang'], l['@_href']]));

describe('sitemap.xml', () => {
  it('is a well-formed sitemaps.org urlset with the seed article, its alternates and lastmod', async () => {
    const { headers, body, byLoc } = await sitemap();
    expect(headers['content-type']).toBe('application/xml; charset=utf-8');
    expect(body.startsWith('<?xml version="1.0" encoding="UTF-8"?>')).toBe(true);
    const doc = parseXml<Urlset>(body);
    expect(doc.urlset['@_xmlns']).toBe('http://www.sitemaps.org/schemas/sitemap/0.9');
    expect(doc.urlset['@_xmlns:xhtml']).toBe('http://www.w3.org/1999/xhtml');
    const seed = byLoc.get(SEED);
    expect(seed).toBeDefined();
    expect(seed!.lastmod).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/);
    expect(seed!.lastmod! >= '2022-03-07T13:05:00Z').toBe(true);
    expect(seed!['xhtml:link']!.every((l) => l['@_rel'] === 'alternate')).toBe(true);
    expect(hreflangs(seed)).toEqual({ en: SEED, 'x-default': SEED });
  });

  it('lists the home and section pages in every locale, but not search', async () => {
    const { byLoc } = await sitemap();
    for (const locale of ['ky', 'ru', 'en']) {
      expect(byLoc.has(`${BASE}/${locale}`), locale).toBe(true);
      for (const section of ['news', 'events', 'projects', 'groups', 'impact', 'partners']) {
        expect(byLoc.has(`${BASE}/${locale}/${section}`), `${locale}/${section}`).toBe(true);
      }
      expect(byLoc.has(`${BASE}/${locale}/search`)).toBe(false);
    }
    expect(hreflangs(byLoc.get(`${BASE}/ky/news`))).toEqual({
      ky: `${BASE}/ky/news`,
      ru: `${BASE}/ru/news`,
      en: `${BASE}/en/news`,
      'x-default': `${BASE}/ru/news`,
    });
  });

  it('lists events, projects and pages in each locale they exist in', async () => {
    const { byLoc } = await sitemap();
    const slug = 'harassment-workshop-2-self-help-groups-akman';
    for (const locale of ['ky', 'ru', 'en']) {
      expect(byLoc.has(`${BASE}/${locale}/events/${slug}`), locale).toBe(true);
      expect(byLoc.has(`${BASE}/${locale}/projects/ray-of-light`), locale).toBe(true);
    }
    expect(hreflangs(byLoc.get(`${BASE}/en/pages/about`))).toEqual({
      ky: `${BASE}/ky/pages/biz-jonundo`,
      ru: `${BASE}/ru/pages/o-nas`,
      en: `${BASE}/en/pages/about`,
      'x-default': `${BASE}/ru/pages/o-nas`,
    });
    const englishOnly = await newEvent({ translations: { en: 'English only' } });
    const after = await sitemap();
    expect(after.byLoc.has(`${BASE}/en/events/${englishOnly.slug}`)).toBe(true);
    expect(after.byLoc.has(`${BASE}/ru/events/${englishOnly.slug}`)).toBe(false);
  });

  it('lists published community groups under one slug in each locale they exist in', async () => {
    const { byLoc } = await sitemap();
    const akTilek = (l: string) => `${BASE}/${l}/groups/ak-tilek-seydikum`;
    for (const locale of ['ky', 'ru', 'en']) {
      expect(hreflangs(byLoc.get(akTilek(locale))), locale).toEqual({
        ky: akTilek('ky'),
        ru: akTilek('ru'),
        en: akTilek('en'),
        'x-default': akTilek('ru'),
      });
    }
    expect(byLoc.get(akTilek('en'))!.lastmod).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/);

    const englishOnly = await newGroup({ name: 'Sitemap English only' });
    const draft = await newGroup({ status: 'draft' });
    const scheduled = await newGroup();
    const { database, app } = await testApp();
    // lastmod is the later of the last edit and the publication.
    await database.db.execute(sql`UPDATE community_groups
      SET updated_at = '2024-01-02T03:04:05Z', publish_at = '2024-02-03T04:05:06Z'
      WHERE id = ${englishOnly.id}`);
    await database.db.execute(
      sql`UPDATE community_groups SET publish_at = now() + interval '1 day' WHERE id = ${scheduled.id}`,
    );
    await app.publicCache.invalidate();
    const after = await sitemap();
    const en = `${BASE}/en/groups/${englishOnly.slug}`;
    expect(after.byLoc.get(en)?.lastmod).toBe('2024-02-03T04:05:06Z');
    expect(hreflangs(after.byLoc.get(en))).toEqual({ en, 'x-default': en });
    expect(after.byLoc.has(`${BASE}/ru/groups/${englishOnly.slug}`)).toBe(false);
    for (const hidden of [draft, scheduled]) expect(after.body).not.toContain(hidden.slug);
  });

  it('lists each translation of a new article under its own slug, and no draft or scheduled one', async () => {
    const published = await newArticle({
      translations: { ru: { title: 'Опубликовано' }, ky: { title: 'Жарыяланды' } },
    });
    const draft = await newArticle({ status: 'draft' });
    const review = await newArticle({ status: 'review' });
    const scheduled = await newArticle({ publishAt: new Date(Date.now() + 86_400_000) });
    const { body, byLoc } = await sitemap();
    const ru = `${BASE}/ru/news/${published.slug}-ru`;
    const ky = `${BASE}/ky/news/${published.slug}-ky`;
    expect(hreflangs(byLoc.get(ru))).toEqual({ ky, ru, 'x-default': ru });
    expect(hreflangs(byLoc.get(ky))).toEqual({ ky, ru, 'x-default': ru });
    for (const hidden of [draft, review, scheduled]) expect(body).not.toContain(hidden.slug);
  });

  it('is public-cached with an ETag', async () => {
    const first = await get('/sitemap.xml');
    expect(String(first.headers['cache-control'])).toContain('public');
    const again = await get('/sitemap.xml', { 'if-none-match': String(first.headers.etag) });
    expect(again.status).toBe(304);
    // One file is enough here: there are no numbered parts.
    expect((await get('/sitemap-1.xml')).status).toBe(404);
  });

  it('is not part of the OpenAPI document', async () => {
    const r = await get('/api/openapi.json');
    const paths = Object.keys((JSON.parse(r.body) as { paths: object }).paths);
    expect(paths).not.toContain('/sitemap.xml');
    expect(paths).not.toContain('/robots.txt');
  });
});

describe('a large sitemap', () => {
  const urls: SitemapUrl[] = Array.from({ length: 25 }, (_, i) => ({
    loc: `${BASE}/en/news/a-${i}?x=1&y=<2>`,
    lastmod: `2024-01-${String(i + 1).padStart(2, '0')}T00:00:00Z`,
    alternates: [{ hreflang: 'en', href: `${BASE}/en/news/a-${i}?x=1&y=<2>` }],
  }));

  it('becomes a sitemap index of numbered parts beyond the per-file limit', () => {
    const docs = sitemapDocuments(urls, BASE, 10);
    expect(docs.parts).toBe(3);
    const index = parseXml<SitemapIndex>(docs.root).sitemapindex.sitemap;
    expect(index.map((s) => s.loc)).toEqual([
      `${BASE}/sitemap-1.xml`,
      `${BASE}/sitemap-2.xml`,
      `${BASE}/sitemap-3.xml`,
    ]);
    expect(index[2]!.lastmod).toBe('2024-01-25T00:00:00Z');
    const second = parseXml<Urlset>(docs.part(2)!).urlset.url!;
    expect(second).toHaveLength(10);
    // Escaped in the file, the original URL once parsed.
    expect(second[0]!.loc).toBe(`${BASE}/en/news/a-10?x=1&y=<2>`);
    expect(parseXml<Urlset>(docs.part(3)!).urlset.url).toHaveLength(5);
    expect(docs.part(4)).toBeNull();
    expect(docs.part(0)).toBeNull();
  });

  it('stays one urlset while it fits', () => {
    const docs = sitemapDocuments(urls, BASE, 25);
    expect(docs.parts).toBe(1);
    expect(parseXml<Urlset>(docs.root).urlset.url).toHaveLength(25);
    expect(docs.part(1)).toBeNull();
  });
});

describe('robots.txt', () => {
  it('allows crawling, keeps out staff and search pages, and names the sitemap', async () => {
    const r = await get('/robots.txt');
    expect(r.status).toBe(200);
    expect(r.headers['content-type']).toBe('text/plain; charset=utf-8');
    expect(r.headers.etag).toBeDefined();
    const lines = r.body.split('\n');
    expect(lines).toContain('User-agent: *');
    expect(lines).toContain('Allow: /');
    expect(lines).toContain('Disallow: /admin');
    expect(lines).toContain('Disallow: /en/search');
    expect(lines).toContain(`Sitemap: ${BASE}/sitemap.xml`);
    // The SPA reads its content from the API: rendering crawlers must be able to as well.
    expect(lines).not.toContain('Disallow: /api/v1/');
    expect(lines).not.toContain('Disallow: /api/');
  });
});

import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { eq } from 'drizzle-orm';
import type { FastifyInstance } from 'fastify';
import { parse } from 'parse5';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../src/app.js';
import { compileIndexTemplate } from '../src/modules/seo/head.js';
import { ConfigError, loadConfig } from '../src/config.js';
import { articles, articleTranslations, media, mediaTranslations } from '../src/db/schema/index.js';
import { testApp, testAppOptions } from './helpers/app.js';
import { newArticle, newEvent, newPlace, newProject } from './helpers/factories.js';

/**
 * Link previews and search engines: the SPA's index.html carries each page's head. The shared
 * test app serves no SPA, so these tests build a second app on the same database, serving a
 * minimal index.html from a temporary folder.
 */

const BASE = 'https://jaryk.test';
const SEED = 'harassment-is-a-special-kind-of-violence';
const SITE_EN = "Eraiym Women's Public Union";
const EVIL = `Evil "</script><script>alert(1)</script> & <b>bold</b> 'quoted' — Ақ-Тилек ё`;

const INDEX_HTML = `<!doctype html>
<html lang="ru">
  <head>
    <meta charset="utf-8" />
    <title>Placeholder title</title>
    <meta
      name="description"
      content="Placeholder description"
    />
    <script type="module" crossorigin src="/assets/index-abc123.js"></script>
  </head>
  <body>
    <div id="app"></div>
  </body>
</html>
`;

let dir: string;
let spa: FastifyInstance;

// ---- reading a head, the way a browser or a link-preview crawler parses it -------------------

interface Node {
  nodeName: string;
  tagName?: string;
  attrs?: { name: string; value: string }[];
  childNodes?: Node[];
  value?: string;
}

function walk(node: Node, visit: (n: Node) => void) {
  visit(node);
  for (const child of node.childNodes ?? []) walk(child, visit);
}

const attr = (n: Node, name: string) => n.attrs?.find((a) => a.name === name)?.value;
const textOf = (n: Node) => (n.childNodes ?? []).map((c) => c.value ?? '').join('');

interface Head {
  lang: string | undefined;
  titles: string[];
  meta: { key: string; content: string }[];
  links: Record<string, string>[];
  scripts: { type: string | undefined; text: string }[];
  /** The first content of a meta name= or property=. */
  get(key: string): string | undefined;
  all(key: string): string[];
  jsonLd(): Record<string, unknown>[];
  canonical(): string | undefined;
  hreflang(): Record<string, string>;
}

function readHead(html: string): Head {
  const doc = parse(html) as unknown as Node;
  const head: Head = {
    lang: undefined,
    titles: [],
    meta: [],
    links: [],
    scripts: [],
    get: (key) => head.meta.find((m) => m.key === key)?.content,
    all: (key) => head.meta.filter((m) => m.key === key).map((m) => m.content),
    jsonLd: () =>
      head.scripts
        .filter((s) => s.type === 'application/ld+json')
        .map((s) => JSON.parse(s.text) as Record<string, unknown>),
    canonical: () => head.links.find((l) => l.rel === 'canonical')?.href,
    hreflang: () =>
      Object.fromEntries(
        head.links
          .filter((l) => l.hreflang && l.rel === 'alternate')
          .map((l) => [l.hreflang, l.href]),
      ),
  };
  walk(doc, (n) => {
    if (n.tagName === 'html') head.lang = attr(n, 'lang');
    if (n.tagName === 'title') head.titles.push(textOf(n));
    if (n.tagName === 'meta') {
      const key = attr(n, 'name') ?? attr(n, 'property');
      const content = attr(n, 'content');
      if (key && content !== undefined) head.meta.push({ key, content });
    }
    if (n.tagName === 'link') {
      head.links.push(Object.fromEntries((n.attrs ?? []).map((a) => [a.name, a.value])));
    }
    if (n.tagName === 'script') head.scripts.push({ type: attr(n, 'type'), text: textOf(n) });
  });
  return head;
}

async function page(url: string, headers: Record<string, string> = {}) {
  const r = await spa.inject({ url, headers });
  return { status: r.statusCode, headers: r.headers, body: r.body, head: readHead(r.body) };
}

// ---- fixtures --------------------------------------------------------------------------------

let evilArticle: { slug: string };
let evilEvent: { slug: string };
let bilingual: { slug: string };
let dated: { slug: string };
let covered: { slug: string };

beforeAll(async () => {
  const { database } = await testApp();
  evilArticle = await newArticle({
    translations: { en: { title: EVIL, summary: `Summary with ${EVIL}` } },
  });
  const place = await newPlace({ parentSlug: 'naryn-oblast', name: `Village ${EVIL}` });
  evilEvent = await newEvent({
    placeId: place.id,
    translations: { en: EVIL },
    venueName: `Hall ${EVIL}`,
    summary: `About ${EVIL}`,
  });
  bilingual = await newArticle({
    translations: {
      ru: { title: 'Статья на двух языках', summary: 'Краткое содержание' },
      en: { title: 'An article in two languages', summary: 'A summary' },
    },
  });
  dated = await newEvent({
    startsAt: new Date('2024-04-02T05:30:00Z'),
    endsAt: new Date('2024-04-02T09:00:00Z'),
    translations: { en: 'A dated training' },
  });
  covered = await newArticle({ translations: { en: { title: 'With a cover' } } });
  const [photo] = await database.db
    .insert(media)
    .values({
      kind: 'image',
      storageKey: 'covers/photo.jpg',
      mimeType: 'image/jpeg',
      width: 2400,
      height: 1600,
      consent: 'obtained',
      variants: [
        { width: 800, height: 533, format: 'jpeg', key: 'covers/photo-800.jpg', bytes: 1 },
        { width: 1600, height: 1067, format: 'jpeg', key: 'covers/photo-1600.jpg', bytes: 1 },
        { width: 1600, height: 1067, format: 'avif', key: 'covers/photo-1600.avif', bytes: 1 },
      ],
    })
    .returning();
  await database.db
    .insert(mediaTranslations)
    .values({ mediaId: photo!.id, locale: 'en', alt: 'Women at a "workshop"' });
  const [row] = await database.db
    .select({ id: articleTranslations.articleId })
    .from(articleTranslations)
    .where(eq(articleTranslations.slug, `${covered.slug}-en`));
  await database.db
    .update(articles)
    .set({ coverMediaId: photo!.id })
    .where(eq(articles.id, row!.id));

  dir = await mkdtemp(path.join(os.tmpdir(), 'jaryk-spa-'));
  await writeFile(path.join(dir, 'index.html'), INDEX_HTML);
  // A stray robots.txt in the build must not shadow the API's own.
  await writeFile(path.join(dir, 'robots.txt'), 'User-agent: *\nDisallow: /\n');
  await writeFile(path.join(dir, 'favicon.svg'), '<svg xmlns="http://www.w3.org/2000/svg"/>');
  spa = await buildApp(
    testAppOptions({
      publicCache: { enabled: true, maxBytes: 1024 * 1024 },
      webDist: dir,
      publicUrl: BASE,
      rateLimitPerMinute: 0,
    }),
    database,
  );
  await spa.ready();
});

afterAll(async () => {
  await spa?.close();
  if (dir) await rm(dir, { recursive: true, force: true });
});

// ---- tests -----------------------------------------------------------------------------------

describe('the seed article page', () => {
  it('carries title, description, canonical, hreflang, Open Graph and Twitter card', async () => {
    const { status, headers, head, body } = await page(`/en/news/${SEED}`);
    expect(status).toBe(200);
    expect(headers['content-type']).toBe('text/html; charset=utf-8');
    expect(body).toContain('<div id="app"></div>');
    expect(body).toContain('/assets/index-abc123.js');
    expect(head.lang).toBe('en');
    // The template's own title and description are replaced, not duplicated.
    expect(head.titles).toEqual([`Harassment is a special kind of violence — ${SITE_EN}`]);
    expect(head.all('description')).toHaveLength(1);
    expect(head.get('description')).toMatch(/^In recent years, there has been a sharp increase/);
    expect(head.get('robots')).toBeUndefined();
    const url = `${BASE}/en/news/${SEED}`;
    expect(head.canonical()).toBe(url);
    expect(head.hreflang()).toEqual({ en: url, 'x-default': url });
    expect(head.get('og:type')).toBe('article');
    expect(head.get('og:title')).toBe('Harassment is a special kind of violence');
    expect(head.get('og:url')).toBe(url);
    expect(head.get('og:locale')).toBe('en_US');
    expect(head.get('og:site_name')).toBe(SITE_EN);
    expect(head.get('og:description')).toBe(head.get('description'));
    expect(head.get('og:image')).toBeUndefined();
    expect(head.get('article:published_time')).toBe('2022-03-07T13:05:00Z');
    expect(head.all('article:tag')).toContain('Harassment');
    expect(head.get('twitter:card')).toBe('summary');
    expect(head.get('twitter:title')).toBe('Harassment is a special kind of violence');
    const feed = head.links.find((l) => l.type === 'application/atom+xml');
    expect(feed?.href).toBe(`${BASE}/api/v1/feeds/articles.atom?locale=en`);
  });

  it('carries a NewsArticle in JSON-LD', async () => {
    const { head } = await page(`/en/news/${SEED}`);
    const [ld] = head.jsonLd();
    expect(ld).toMatchObject({
      '@context': 'https://schema.org',
      '@type': 'NewsArticle',
      headline: 'Harassment is a special kind of violence',
      datePublished: '2022-03-07T13:05:00Z',
      author: { '@type': 'Person', name: 'Baktykan Azhymamatova, Osh oblast' },
      publisher: { '@type': 'Organization', name: SITE_EN, url: BASE },
      inLanguage: 'en',
      url: `${BASE}/en/news/${SEED}`,
    });
    expect(Date.parse(String(ld!.dateModified))).toBeGreaterThanOrEqual(
      Date.parse('2022-03-07T13:05:00Z'),
    );
  });

  it('in another interface language points to the translation it shows', async () => {
    // The article exists in English only; /ru/… shows it (the SPA falls back) in Russian chrome.
    const { status, head } = await page(`/ru/news/${SEED}`);
    expect(status).toBe(200);
    expect(head.lang).toBe('ru');
    expect(head.canonical()).toBe(`${BASE}/en/news/${SEED}`);
    expect(head.get('og:locale')).toBe('en_US');
    expect(head.titles[0]).toMatch(/— Общественное объединение женщин «Эрайым»$/);
  });
});

describe('hreflang', () => {
  it('links every translation of an article by its own slug, x-default to the default locale', async () => {
    const ru = `${BASE}/ru/news/${bilingual.slug}-ru`;
    const en = `${BASE}/en/news/${bilingual.slug}-en`;
    const { head } = await page(`/en/news/${bilingual.slug}-en`);
    expect(head.canonical()).toBe(en);
    expect(head.hreflang()).toEqual({ ru, en, 'x-default': ru });
    expect(head.get('og:locale')).toBe('en_US');
    expect(head.all('og:locale:alternate')).toEqual(['ru_RU']);
    // A slug of another language finds the article and canonicalizes to the URL's language.
    const other = await page(`/ru/news/${bilingual.slug}-en`);
    expect(other.head.canonical()).toBe(ru);
    expect(other.head.get('og:title')).toBe('Статья на двух языках');
  });

  it('gives section pages and the home page the same path in every locale', async () => {
    const { status, head } = await page('/ky/events');
    expect(status).toBe(200);
    expect(head.titles).toEqual(['Иш-чаралар — «Эрайым» аялдар коомдук бирикмеси']);
    expect(head.canonical()).toBe(`${BASE}/ky/events`);
    expect(head.hreflang()).toEqual({
      ky: `${BASE}/ky/events`,
      ru: `${BASE}/ru/events`,
      en: `${BASE}/en/events`,
      'x-default': `${BASE}/ru/events`,
    });
    const home = await page('/en');
    expect(home.head.titles).toEqual([`${SITE_EN} — For the better life!`]);
    expect(home.head.canonical()).toBe(`${BASE}/en`);
    expect(home.head.get('og:type')).toBe('website');
    expect(home.head.jsonLd()[0]).toMatchObject({ '@type': 'Organization', name: SITE_EN });
    // Query strings (filters, tracking) do not make another page.
    const filtered = await page('/en/events?place=naryn-oblast&utm_source=x');
    expect(filtered.head.canonical()).toBe(`${BASE}/en/events`);
  });

  it('answers the root with the default locale, and search pages with noindex', async () => {
    const root = await page('/');
    expect(root.status).toBe(200);
    expect(root.head.lang).toBe('ru');
    expect(root.head.titles).toEqual([
      'Общественное объединение женщин «Эрайым» — За лучшую жизнь!',
    ]);
    const search = await page('/en/search?q=harassment');
    expect(search.status).toBe(200);
    expect(search.head.get('robots')).toBe('noindex');
  });
});

describe('event and project pages', () => {
  it('describe an event in JSON-LD: place, address, coordinates, organizers, no made-up date', async () => {
    const slug = 'harassment-workshop-6-eraiym-main-office-bishkek';
    const { status, head } = await page(`/en/events/${slug}`);
    expect(status).toBe(200);
    expect(head.titles).toEqual([`Final workshop on harassment in Bishkek — ${SITE_EN}`]);
    expect(head.canonical()).toBe(`${BASE}/en/events/${slug}`);
    expect(Object.keys(head.hreflang()).sort()).toEqual(['en', 'ky', 'ru', 'x-default']);
    expect(head.get('og:type')).toBe('website');
    const [ld] = head.jsonLd();
    expect(ld).toMatchObject({
      '@type': 'Event',
      name: 'Final workshop on harassment in Bishkek',
      eventAttendanceMode: 'https://schema.org/OfflineEventAttendanceMode',
      eventStatus: 'https://schema.org/EventScheduled',
      inLanguage: 'en',
      location: {
        '@type': 'Place',
        name: "Eraiym's main office",
        address: 'Bishkek, Kyrgyzstan',
        geo: { '@type': 'GeoCoordinates' },
      },
      performer: { '@type': 'Person', name: 'Altynai Sabyrbekova' },
    });
    const geo = (ld!.location as { geo: { latitude: number; longitude: number } }).geo;
    expect(geo.latitude).toBeCloseTo(42.87, 1);
    expect(geo.longitude).toBeCloseTo(74.57, 1);
    expect(ld!.organizer).toEqual(
      expect.arrayContaining([expect.objectContaining({ '@type': 'Organization', name: SITE_EN })]),
    );
    // The seed gives no dates: none is invented.
    expect(ld).not.toHaveProperty('startDate');
    expect(String(ld!.description)).toMatch(/^Besides the reflection/);
  });

  it('gives an event with a known date its startDate and endDate', async () => {
    const { head } = await page(`/en/events/${dated.slug}`);
    expect(head.jsonLd()[0]).toMatchObject({
      '@type': 'Event',
      startDate: '2024-04-02T05:30:00Z',
      endDate: '2024-04-02T09:00:00Z',
    });
  });

  it('describe a project', async () => {
    const { status, head } = await page('/en/projects/ray-of-light');
    expect(status).toBe(200);
    expect(head.titles).toEqual([`Ray of Light — ${SITE_EN}`]);
    expect(head.canonical()).toBe(`${BASE}/en/projects/ray-of-light`);
    expect(head.get('og:type')).toBe('website');
    expect(head.get('description')).toBeTruthy();
    const project = await newProject();
    const fresh = await page(`/en/projects/${project.slug}`);
    expect(fresh.status).toBe(200);
    expect(fresh.head.hreflang()).toEqual({
      en: `${BASE}/en/projects/${project.slug}`,
      'x-default': `${BASE}/en/projects/${project.slug}`,
    });
  });

  it('describe a community group, and its section', async () => {
    const { status, head } = await page('/en/groups/ak-tilek-seydikum');
    expect(status).toBe(200);
    expect(head.titles).toEqual([`Ak-Tilek — ${SITE_EN}`]);
    expect(head.canonical()).toBe(`${BASE}/en/groups/ak-tilek-seydikum`);
    expect(head.get('description')).toContain('Seydikum');
    expect(head.hreflang()['ru']).toBe(`${BASE}/ru/groups/ak-tilek-seydikum`);
    expect((await page('/en/groups/no-such-group')).status).toBe(404);
    const section = await page('/ru/groups');
    expect(section.status).toBe(200);
    expect(section.head.titles[0]).toMatch(/^Группы — /);
  });

  it('describe a static page, with its per-language slugs', async () => {
    const { head } = await page('/ru/pages/o-nas');
    expect(head.titles[0]).toMatch(/^О нас — /);
    expect(head.hreflang()).toEqual({
      ky: `${BASE}/ky/pages/biz-jonundo`,
      ru: `${BASE}/ru/pages/o-nas`,
      en: `${BASE}/en/pages/about`,
      'x-default': `${BASE}/ru/pages/o-nas`,
    });
  });
});

describe('cover images', () => {
  it('become an absolute og:image: a JPEG variant at least 1200 px wide, with its alt text', async () => {
    const { head } = await page(`/en/news/${covered.slug}-en`);
    expect(head.get('og:image')).toBe(`${BASE}/media/covers/photo-1600.jpg`);
    expect(head.get('og:image:width')).toBe('1600');
    expect(head.get('og:image:alt')).toBe('Women at a "workshop"');
    expect(head.get('twitter:card')).toBe('summary_large_image');
    expect(head.get('twitter:image')).toBe(`${BASE}/media/covers/photo-1600.jpg`);
    expect(head.jsonLd()[0]!.image).toEqual([`${BASE}/media/covers/photo-1600.jpg`]);
  });
});

describe('escaping', () => {
  it('keeps a hostile article title text in every place: title, meta, JSON-LD', async () => {
    const { status, body, head } = await page(`/en/news/${evilArticle.slug}-en`);
    expect(status).toBe(200);
    // No markup from the title reaches the document.
    expect(body).not.toContain('<script>alert(1)');
    expect(body).not.toContain('<b>bold');
    const scripts = head.scripts.map((s) => s.type);
    expect(scripts).toEqual(['module', 'application/ld+json']);
    // And a parser reads back exactly the original text everywhere.
    expect(head.titles).toEqual([`${EVIL} — ${SITE_EN}`]);
    expect(head.get('og:title')).toBe(EVIL);
    expect(head.get('twitter:title')).toBe(EVIL);
    expect(head.get('description')).toBe(`Summary with ${EVIL}`);
    const [ld] = head.jsonLd();
    expect(ld!.headline).toBe(EVIL);
    const raw = head.scripts.find((s) => s.type === 'application/ld+json')!.text;
    expect(raw).not.toContain('</');
    expect(raw).not.toContain('<');
  });

  it('keeps a hostile event title, venue and place name text too', async () => {
    const { status, body, head } = await page(`/en/events/${evilEvent.slug}`);
    expect(status).toBe(200);
    expect(body).not.toContain('<script>alert(1)');
    expect(head.scripts.map((s) => s.type)).toEqual(['module', 'application/ld+json']);
    expect(head.get('og:title')).toBe(EVIL);
    const [ld] = head.jsonLd();
    expect(ld).toMatchObject({
      name: EVIL,
      description: `About ${EVIL}`,
      location: { name: `Hall ${EVIL}` },
    });
    expect(String((ld!.location as { address: string }).address)).toContain(`Village ${EVIL}`);
  });
});

describe('pages the SPA will not find', () => {
  it.each([
    ['an unknown article', '/en/news/no-such-article'],
    ['an unknown event', '/ru/events/no-such-event'],
    ['an unknown project', '/ky/projects/no-such-project'],
    ['an unknown page', '/en/pages/no-such-page'],
    ['a slug the API would refuse', '/en/news/Not_A_Slug'],
    ['an unknown section', '/en/no-such-section'],
    ['a path below an item', `/en/news/${SEED}/more`],
  ])('%s: the SPA with 404 and noindex', async (_name, url) => {
    const { status, headers, body, head } = await page(url);
    expect(status).toBe(404);
    expect(headers['content-type']).toBe('text/html; charset=utf-8');
    expect(body).toContain('<div id="app"></div>');
    expect(head.get('robots')).toBe('noindex');
    expect(head.canonical()).toBeUndefined();
    expect(head.jsonLd()).toEqual([]);
  });

  it('drafts and scheduled articles are not found either', async () => {
    const draft = await newArticle({ status: 'draft' });
    const scheduled = await newArticle({ publishAt: new Date(Date.now() + 86_400_000) });
    for (const a of [draft, scheduled]) {
      const { status, head } = await page(`/en/news/${a.slug}-en`);
      expect(status).toBe(404);
      expect(head.get('robots')).toBe('noindex');
    }
  });

  it('the staff area is served but not indexed; API paths stay problem+json', async () => {
    const admin = await page('/admin/articles');
    expect(admin.status).toBe(200);
    expect(admin.head.get('robots')).toBe('noindex');
    const api = await spa.inject({ url: '/api/v1/no-such-thing' });
    expect(api.statusCode).toBe(404);
    expect(api.headers['content-type']).toContain('application/problem+json');
  });
});

describe('serving', () => {
  it('revalidates with an ETag and never lets HTML go stale in caches', async () => {
    const first = await page(`/en/news/${SEED}`);
    expect(first.headers['cache-control']).toBe('no-cache');
    const etag = String(first.headers.etag);
    expect(etag).toMatch(/^"[^"]+"$/);
    const again = await page(`/en/news/${SEED}`, { 'if-none-match': etag });
    expect(again.status).toBe(304);
    expect(again.body).toBe('');
  });

  it('shows an edit at once: rendered heads are dropped with the public cache', async () => {
    const { database } = await testApp();
    const a = await newArticle({ translations: { en: { title: 'Before the edit' } } });
    const url = `/en/news/${a.slug}-en`;
    expect((await page(url)).head.get('og:title')).toBe('Before the edit');
    await database.db
      .update(articleTranslations)
      .set({ title: 'After the edit' })
      .where(eq(articleTranslations.slug, `${a.slug}-en`));
    await spa.publicCache.invalidate();
    expect((await page(url)).head.get('og:title')).toBe('After the edit');
  });

  it('still serves the build’s files, but robots.txt from the content', async () => {
    const icon = await spa.inject({ url: '/favicon.svg' });
    expect(icon.statusCode).toBe(200);
    const robots = await spa.inject({ url: '/robots.txt' });
    expect(robots.body).toContain(`Sitemap: ${BASE}/sitemap.xml`);
    expect(robots.body).not.toContain('Disallow: /\n');
  });
});

describe('the index.html template', () => {
  it('loses the tags written per page, keeps the rest, and takes the page language', () => {
    const render = compileIndexTemplate(`<!DOCTYPE html>
<html class="no-js" lang='ru' data-x="a>b">
<head>
  <meta charset="utf-8">
  <title>Placeholder</title>
  <meta content="Old > description" name=description>
  <meta property="og:title" content="Placeholder">
  <meta name="twitter:card" content="summary">
  <meta name="theme-color" content="#fff">
  <link rel="canonical" href="https://old.example/">
  <link rel="alternate" hreflang="en" href="https://old.example/en">
  <link rel="stylesheet" href="/assets/app.css">
  <script type="application/ld+json">{"@type":"Thing"}</script>
</HEAD>
<body><div id="app"></div></body>
</html>`);
    const html = render('ky', '<title>New</title>');
    const head = readHead(html);
    expect(head.lang).toBe('ky');
    expect(html).toContain('<html lang="ky" class="no-js" data-x="a>b">');
    expect(head.titles).toEqual(['New']);
    expect(head.meta.map((m) => m.key)).toEqual(['theme-color']);
    expect(head.links.map((l) => l.rel)).toEqual(['stylesheet']);
    expect(head.scripts).toEqual([]);
    expect(html).toContain('<meta charset="utf-8">');
    expect(html).toMatch(/<title>New<\/title>\s*<\/HEAD>/);
  });
});

describe('PUBLIC_URL', () => {
  it('is validated at start, reduced to its origin, and defaults to localhost:PORT', () => {
    expect(loadConfig({ PUBLIC_URL: 'https://example.org/' }).publicUrl).toBe(
      'https://example.org',
    );
    expect(loadConfig({ PUBLIC_URL: 'https://example.org:8443' }).publicUrl).toBe(
      'https://example.org:8443',
    );
    expect(loadConfig({ PORT: '8080' }).publicUrl).toBe('http://localhost:8080');
    for (const bad of [
      'example.org',
      'ftp://example.org',
      'https://example.org/site',
      'https://',
    ]) {
      expect(() => loadConfig({ PUBLIC_URL: bad }), bad).toThrowError(ConfigError);
    }
    expect(() => loadConfig({ PUBLIC_URL: 'https://exa mple.org' })).toThrowError(/PUBLIC_URL/);
  });
});

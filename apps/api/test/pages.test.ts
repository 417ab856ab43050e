import { describe, expect, it } from 'vitest';
import type { Locale } from '../src/db/schema/common.js';
import { pageTranslations, pages } from '../src/db/schema/index.js';
import { getJson, testApp } from './helpers/app.js';
import { unique } from './helpers/factories.js';

interface PageSummary {
  key: string;
  slug: string;
  locale: string;
  title: string;
}
interface Page extends PageSummary {
  availableLocales: string[];
  body: string;
  seoTitle: string | null;
  seoDescription: string | null;
  updatedAt: string;
  slugs: Partial<Record<Locale, string>>;
}
interface Problem {
  status: number;
  errors?: { field: string }[];
}

const ABOUT = { ky: 'biz-jonundo', ru: 'o-nas', en: 'about' };
const CONTACTS = { ky: 'baylanysh', ru: 'kontakty', en: 'contacts' };

const list = (query = '') => getJson<{ data: PageSummary[] }>(`/api/v1/pages?${query}`);
const page = (slug: string, query = '') =>
  getJson<{ data: Page }>(`/api/v1/pages/${slug}${query ? `?${query}` : ''}`);

/** A page of our own under a unique key; slugs per locale are derived from it. */
async function newPage(opts: {
  status?: 'draft' | 'published';
  publishAt?: Date;
  titles: Partial<Record<Locale, string>>;
  slugs?: Partial<Record<Locale, string>>;
}) {
  const { app, database } = await testApp();
  const key = unique('page');
  const [row] = await database.db
    .insert(pages)
    .values({
      key,
      status: opts.status ?? 'published',
      publishAt: opts.publishAt ?? new Date(Date.now() - 3600_000),
    })
    .returning();
  const slugs: Partial<Record<Locale, string>> = {};
  for (const [locale, title] of Object.entries(opts.titles) as [Locale, string][]) {
    slugs[locale] = opts.slugs?.[locale] ?? `${key}-${locale}`;
    await database.db.insert(pageTranslations).values({
      pageId: row!.id,
      locale,
      title,
      slug: slugs[locale],
      body: `<p>${title}</p>`,
    });
  }
  await app.publicCache.invalidate();
  return { key, slugs };
}

describe('the pages of the seed', () => {
  it('about and contacts are listed in each language with that language’s slug', async () => {
    for (const locale of ['ky', 'ru', 'en'] as const) {
      const { status, body } = await list(`locale=${locale}`);
      expect(status).toBe(200);
      const about = body.data.find((p) => p.key === 'about');
      const contacts = body.data.find((p) => p.key === 'contacts');
      expect(about, locale).toMatchObject({ slug: ABOUT[locale], locale });
      expect(contacts, locale).toMatchObject({ slug: CONTACTS[locale], locale });
    }
    const en = await list('locale=en');
    expect(en.body.data.find((p) => p.key === 'about')?.title).toBe('About us');
    const ky = await list('locale=ky');
    expect(ky.body.data.find((p) => p.key === 'contacts')?.title).toBe('Байланыш');
  });

  it('the list is ordered by key and speaks Russian by default', async () => {
    const { body } = await list();
    const keys = body.data.map((p) => p.key);
    expect(keys.indexOf('about')).toBeLessThan(keys.indexOf('contacts'));
    expect(body.data.find((p) => p.key === 'about')).toMatchObject({
      locale: 'ru',
      slug: 'o-nas',
      title: 'О нас',
    });
  });

  it('about, in each language, with its body and the slugs of all its translations', async () => {
    const en = await page('about', 'locale=en');
    expect(en.status).toBe(200);
    expect(en.body.data).toMatchObject({
      key: 'about',
      slug: 'about',
      locale: 'en',
      title: 'About us',
      availableLocales: ['ky', 'ru', 'en'],
      slugs: ABOUT,
    });
    expect(en.body.data.body).toContain('Bread for the World');
    expect(en.body.data.body).toMatch(/^<p>/);
    expect(en.body.data.updatedAt).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/);
    const ru = await page('o-nas', 'locale=ru');
    expect(ru.body.data).toMatchObject({ slug: 'o-nas', locale: 'ru', title: 'О нас' });
    expect(ru.body.data.body).toContain('Хлеб для мира');
    const ky = await page('biz-jonundo', 'locale=ky');
    expect(ky.body.data).toMatchObject({ slug: 'biz-jonundo', locale: 'ky', title: 'Биз жөнүндө' });
  });

  it('contacts names the two offices', async () => {
    const { body } = await page('contacts', 'locale=en');
    expect(body.data).toMatchObject({ key: 'contacts', title: 'Contacts', slugs: CONTACTS });
    expect(body.data.body).toContain('Main office: Bishkek.');
    expect(body.data.body).toContain('Bazar-Korgon');
  });

  it('is found by the slug of any translation and served in the requested language', async () => {
    for (const slug of Object.values(ABOUT)) {
      const { status, body } = await page(slug, 'locale=ky');
      expect(status, slug).toBe(200);
      expect(body.data, slug).toMatchObject({ key: 'about', locale: 'ky', slug: 'biz-jonundo' });
    }
    // The Russian slug asked in English gives the English page, which names its own slug.
    const { body } = await page('o-nas', 'locale=en');
    expect(body.data).toMatchObject({
      key: 'about',
      locale: 'en',
      slug: 'about',
      title: 'About us',
    });
    // Without ?locale, the site default.
    const byDefault = await page('contacts');
    expect(byDefault.body.data).toMatchObject({ locale: 'ru', slug: 'kontakty' });
  });

  it('an unknown slug, or a key that is no slug, is a problem 404', async () => {
    for (const slug of ['no-such-page', 'o-nas-2']) {
      const r = await getJson<Problem>(`/api/v1/pages/${slug}`);
      expect(r.status, slug).toBe(404);
      expect(r.headers['content-type']).toContain('application/problem+json');
      expect(r.body.status).toBe(404);
    }
  });
});

describe('pages of our own', () => {
  it('fall back to the site default, then to any language, and say so in the list', async () => {
    const both = await newPage({ titles: { ru: 'Русская страница', en: 'English page' } });
    const onlyEn = await newPage({ titles: { en: 'English only' } });
    const { body } = await list('locale=ky');
    expect(body.data.find((p) => p.key === both.key)).toEqual({
      key: both.key,
      slug: both.slugs.ru,
      locale: 'ru',
      title: 'Русская страница',
    });
    expect(body.data.find((p) => p.key === onlyEn.key)).toEqual({
      key: onlyEn.key,
      slug: onlyEn.slugs.en,
      locale: 'en',
      title: 'English only',
    });
  });

  // Known bug (src/modules/pages/schemas.ts): `slugs` is Type.Record(LocaleSchema, …), which
  // requires all three keys, so serializing a page that lacks a language throws: a 500 instead
  // of the fallback. Use LocaleSlugs (optional keys) as articles do; then flip this to `it`.
  it('fall back on the page itself too, listing only the slugs that exist', async () => {
    const both = await newPage({ titles: { ru: 'Русская страница', en: 'English page' } });
    const onlyEn = await newPage({ titles: { en: 'English only' } });
    const kyBoth = await page(both.slugs.en!, 'locale=ky');
    expect(kyBoth.status).toBe(200);
    expect(kyBoth.body.data).toMatchObject({
      locale: 'ru',
      title: 'Русская страница',
      slug: both.slugs.ru,
      availableLocales: ['ru', 'en'],
      slugs: both.slugs,
    });
    const kyOnlyEn = await page(onlyEn.slugs.en!, 'locale=ky');
    expect(kyOnlyEn.status).toBe(200);
    expect(kyOnlyEn.body.data).toMatchObject({ locale: 'en', title: 'English only' });
    expect(kyOnlyEn.body.data.slugs).toEqual({ en: onlyEn.slugs.en });
  });

  it('a slug two pages share in different languages resolves by the requested language', async () => {
    const shared = unique('shared-slug');
    const titles = { ky: 'Кыргызча', ru: 'По-русски', en: 'In English' };
    const a = await newPage({ titles, slugs: { en: shared } });
    const b = await newPage({ titles, slugs: { ru: shared } });
    expect((await page(shared, 'locale=en')).body.data).toMatchObject({
      key: a.key,
      slug: shared,
      locale: 'en',
    });
    expect((await page(shared, 'locale=ru')).body.data).toMatchObject({
      key: b.key,
      slug: shared,
      locale: 'ru',
    });
    // Each page still names all of its own slugs.
    expect((await page(`${a.key}-ky`, 'locale=ky')).body.data).toMatchObject({
      key: a.key,
      slugs: { ky: `${a.key}-ky`, ru: `${a.key}-ru`, en: shared },
    });
  });

  it('drafts and scheduled pages are neither listed nor found', async () => {
    const draft = await newPage({ status: 'draft', titles: { en: 'Draft page' } });
    const scheduled = await newPage({
      publishAt: new Date(Date.now() + 86_400_000),
      titles: { en: 'Scheduled page', ru: 'Запланированная страница' },
    });
    const keys = (await list('locale=en')).body.data.map((p) => p.key);
    for (const hidden of [draft, scheduled]) {
      expect(keys).not.toContain(hidden.key);
      for (const slug of Object.values(hidden.slugs)) {
        expect((await page(slug)).status, slug).toBe(404);
      }
    }
  });
});

describe('bad input to pages', () => {
  const cases: [string, string, string][] = [
    ['unknown parameter on the list', '/api/v1/pages?key=about', 'key'],
    ['paging the list', '/api/v1/pages?pageSize=10', 'pageSize'],
    ['unknown locale', '/api/v1/pages?locale=EN', 'locale'],
    ['unknown parameter on a page', '/api/v1/pages/about?preview=1', 'preview'],
    ['Cyrillic slug', `/api/v1/pages/${encodeURIComponent('о-нас')}`, 'slug'],
  ];

  it.each(cases)('%s', async (_name, url, field) => {
    const r = await getJson<Problem>(url);
    expect(r.status).toBe(400);
    expect(r.headers['content-type']).toContain('application/problem+json');
    expect(r.body.errors?.map((e) => e.field)).toContain(field);
  });

  it('a slug of the longest allowed length is looked up', async () => {
    const r = await getJson<Problem>(`/api/v1/pages/${'a'.repeat(200)}`);
    expect(r.status).toBe(404);
  });

  // Known bug (src/app.ts): errors the router raises before any route runs skip the error
  // handler and leave as Fastify's own application/json body. Give buildApp a
  // `frameworkErrors` handler that answers problem+json; then flip these two to `it`.
  it('an overlong slug is refused as a problem+json', async () => {
    const r = await getJson<Problem>(`/api/v1/pages/${'a'.repeat(201)}`);
    expect([400, 414]).toContain(r.status);
    expect(r.headers['content-type']).toContain('application/problem+json');
  });

  it('a malformed percent-encoding is refused as a problem+json', async () => {
    const r = await getJson<Problem>('/api/v1/pages/%E0%A4%A');
    expect(r.status).toBe(400);
    expect(r.headers['content-type']).toContain('application/problem+json');
  });
});

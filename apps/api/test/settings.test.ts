import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { articleTranslations, siteSettings } from '../src/db/schema/index.js';
import type { SlideshowItem } from '../src/db/schema/settings.js';
import { getJson, testApp } from './helpers/app.js';
import { newArticle, newEvent } from './helpers/factories.js';

interface Settings {
  locale: string;
  availableLocales: string[];
  siteName: string;
  slogan: string | null;
  description: string | null;
  defaultLocale: string;
  locales: string[];
  timeZone: string;
  contactEmail: string | null;
  socialLinks: { network: string; url: string }[];
  mapTileUrl: string;
  footerOrganizations: { slug: string; kind: string; name: string; locale: string }[];
  slideshow: { type: string; slug: string; title: string; cover: unknown }[];
}
interface Problem {
  status: number;
  errors?: { field: string }[];
}

const SEED_ARTICLE = 'harassment-is-a-special-kind-of-violence';
const FOOTER = ['bread-for-the-world', 'australian-aid', 'eraiym-aid-trust-uk', 'asa', 'gamsumo'];
const settings = (query = '') => getJson<{ data: Settings }>(`/api/v1/settings?${query}`);

describe('site settings', () => {
  it('the slogan of the source page in English, and translated in Russian and Kyrgyz', async () => {
    const en = await settings('locale=en');
    expect(en.status).toBe(200);
    expect(en.body.data).toMatchObject({
      locale: 'en',
      siteName: "Eraiym Women's Public Union",
      slogan: 'For the better life!',
    });
    const ru = await settings('locale=ru');
    expect(ru.body.data).toMatchObject({ locale: 'ru', slogan: 'За лучшую жизнь!' });
    expect(ru.body.data.siteName).toBe('Общественное объединение женщин «Эрайым»');
    const ky = await settings('locale=ky');
    expect(ky.body.data).toMatchObject({ locale: 'ky', slogan: 'Жакшы жашоо үчүн!' });
    expect(ky.body.data.siteName).toBe('«Эрайым» аялдар коомдук бирикмеси');
    expect(ky.body.data.availableLocales).toEqual(['ky', 'ru', 'en']);
  });

  it('Russian by default, in Asia/Bishkek, published in three languages', async () => {
    const { body } = await settings();
    expect(body.data).toMatchObject({
      locale: 'ru',
      slogan: 'За лучшую жизнь!',
      defaultLocale: 'ru',
      locales: ['ky', 'ru', 'en'],
      timeZone: 'Asia/Bishkek',
      socialLinks: [],
    });
    expect(body.data.mapTileUrl).toMatch(/\{z\}.*\{x\}.*\{y\}/);
  });

  it('the footer organizations in the order of the source page', async () => {
    const { body } = await settings('locale=en');
    expect(body.data.footerOrganizations.map((o) => o.slug)).toEqual(FOOTER);
    expect(body.data.footerOrganizations[0]).toMatchObject({
      kind: 'donor',
      name: 'Bread for the World',
    });
    expect(body.data.footerOrganizations[4]).toMatchObject({ kind: 'state_body' });
    // No Kyrgyz names exist for the donors: Russian ones are served instead.
    const ky = await settings('locale=ky');
    expect(ky.body.data.footerOrganizations.map((o) => o.slug)).toEqual(FOOTER);
    expect(ky.body.data.footerOrganizations[0]).toMatchObject({
      locale: 'ru',
      name: 'Хлеб для мира',
    });
  });

  it('the slideshow shows the seed article, featured', async () => {
    const { body } = await settings('locale=en');
    expect(body.data.slideshow).toContainEqual({
      type: 'article',
      slug: SEED_ARTICLE,
      title: 'Harassment is a special kind of violence',
      cover: null,
    });
    // In Russian too, by its only (English) slug.
    const ru = await settings('locale=ru');
    expect(ru.body.data.slideshow.map((s) => s.slug)).toContain(SEED_ARTICLE);
  });

  it('the slideshow of featured articles leaves out unfeatured and unpublished ones', async () => {
    const featuredDraft = await newArticle({ status: 'draft', featured: true });
    const notFeatured = await newArticle();
    const featuredScheduled = await newArticle({
      featured: true,
      publishAt: new Date(Date.now() + 86_400_000),
    });
    const { body } = await settings('locale=en');
    const slugs = body.data.slideshow.map((s) => s.slug);
    for (const hidden of [featuredDraft, notFeatured, featuredScheduled])
      expect(slugs).not.toContain(`${hidden.slug}-en`);
    expect(slugs).toContain(SEED_ARTICLE);
  });

  it('a configured slideshow keeps its order and drops what the public may not see', async () => {
    const { app, database } = await testApp();
    const [seed] = await database.db
      .select({ id: articleTranslations.articleId })
      .from(articleTranslations)
      .where(eq(articleTranslations.slug, SEED_ARTICLE));
    const draftArticle = await newArticle({ status: 'draft' });
    const event = await newEvent({ translations: { en: 'Slideshow event', ru: 'Событие' } });
    const draftEvent = await newEvent({ status: 'draft' });
    const slideshow: SlideshowItem[] = [
      { type: 'article', id: draftArticle.id },
      { type: 'event', id: event.id },
      { type: 'event', id: draftEvent.id },
      { type: 'article', id: seed!.id },
      { type: 'article', id: 2_000_000_000 },
    ];
    try {
      await database.db.update(siteSettings).set({ slideshow }).where(eq(siteSettings.id, 1));
      await app.publicCache.invalidate();
      const { body } = await settings('locale=en');
      expect(body.data.slideshow).toEqual([
        { type: 'event', slug: event.slug, title: 'Slideshow event', cover: null },
        {
          type: 'article',
          slug: SEED_ARTICLE,
          title: 'Harassment is a special kind of violence',
          cover: null,
        },
      ]);
      const ru = await settings('locale=ru');
      expect(ru.body.data.slideshow[0]).toMatchObject({ type: 'event', title: 'Событие' });
    } finally {
      await database.db.update(siteSettings).set({ slideshow: [] }).where(eq(siteSettings.id, 1));
      await app.publicCache.invalidate();
    }
  });

  it('a configured slideshow with nothing public left falls back to the featured articles', async () => {
    const { app, database } = await testApp();
    const draftArticle = await newArticle({ status: 'draft', featured: true });
    try {
      await database.db
        .update(siteSettings)
        .set({ slideshow: [{ type: 'article', id: draftArticle.id }] })
        .where(eq(siteSettings.id, 1));
      await app.publicCache.invalidate();
      const { body } = await settings('locale=en');
      expect(body.data.slideshow.map((s) => s.slug)).toContain(SEED_ARTICLE);
      expect(body.data.slideshow.map((s) => s.slug)).not.toContain(`${draftArticle.slug}-en`);
    } finally {
      await database.db.update(siteSettings).set({ slideshow: [] }).where(eq(siteSettings.id, 1));
      await app.publicCache.invalidate();
    }
  });
});

describe('bad input to settings', () => {
  const cases: [string, string, string][] = [
    ['unknown parameter', '/api/v1/settings?theme=dark', 'theme'],
    ['paging what is no list', '/api/v1/settings?page=1', 'page'],
    ['unknown locale', '/api/v1/settings?locale=kk', 'locale'],
    ['repeated locale', '/api/v1/settings?locale=en&locale=ru', 'locale'],
  ];

  it.each(cases)('%s', async (_name, url, field) => {
    const r = await getJson<Problem>(url);
    expect(r.status).toBe(400);
    expect(r.headers['content-type']).toContain('application/problem+json');
    expect(r.body.errors?.map((e) => e.field)).toContain(field);
  });
});

import { describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { getJson, testApp } from './helpers/app.js';
import { newArticle, newEvent, newPlace, newProject } from './helpers/factories.js';

interface ArticleItem {
  slug: string;
  title: string;
  locale: string;
  availableLocales: string[];
  byline: string | null;
  publishedAt: string;
  tags: { slug: string; name: string }[];
}
interface List {
  data: ArticleItem[];
  meta: { page: number; pageSize: number; total: number; locale: string };
}

const SEED_SLUG = 'harassment-is-a-special-kind-of-violence';

describe('the seed article', () => {
  it('splits its byline into name and region, keeps the printed text, and names its projects', async () => {
    const { status, body } = await getJson<{
      data: {
        byline: string;
        author: { name: string | null; role: string | null; place: unknown } | null;
        projects: { slug: string; kind: string; title: string }[];
        groups: unknown[];
      };
    }>(`/api/v1/articles/${SEED_SLUG}?locale=en`);
    expect(status).toBe(200);
    expect(body.data.byline).toBe('Baktykan Azhymamatova, Osh oblast');
    expect(body.data.author).toEqual({
      name: 'Baktykan Azhymamatova',
      role: null,
      place: { slug: 'osh-oblast', name: 'Osh oblast' },
    });
    expect(body.data.projects.map((p) => [p.slug, p.kind])).toEqual([
      ['capacity-building-of-womens-csos', 'project'],
      ['ray-of-light', 'initiative'],
    ]);
    expect(Array.isArray(body.data.groups)).toBe(true);
    const ru = await getJson<{ data: { author: { place: { name: string } } } }>(
      `/api/v1/articles/${SEED_SLUG}?locale=ru`,
    );
    expect(ru.body.data.author.place.name).toBe('Ошская область');
  });

  it('an article without a split byline has no author; unpublished projects are not named', async () => {
    const article = await newArticle();
    const { body } = await getJson<{ data: { author: unknown; projects: unknown[] } }>(
      `/api/v1/articles/${article.slug}-en`,
    );
    expect(body.data.author).toBeNull();
    expect(body.data.projects).toEqual([]);
  });

  it('is listed with its real title, date and byline', async () => {
    const { status, body } = await getJson<List>(`/api/v1/articles?locale=en&q=harassment`);
    expect(status).toBe(200);
    const seed = body.data.find((a) => a.slug === SEED_SLUG);
    expect(seed).toMatchObject({
      title: 'Harassment is a special kind of violence',
      byline: 'Baktykan Azhymamatova, Osh oblast',
      // 07.03.2022 19:05 in Asia/Bishkek (UTC+6)
      publishedAt: '2022-03-07T13:05:00Z',
      locale: 'en',
    });
  });

  it('carries its six workshops in series order, and its full text', async () => {
    const { status, body } = await getJson<{
      data: { body: string; events: { slug: string; seriesPosition: number }[] };
    }>(`/api/v1/articles/${SEED_SLUG}?locale=en`);
    expect(status).toBe(200);
    expect(body.data.events.map((e) => e.seriesPosition)).toEqual([1, 2, 3, 4, 5, 6]);
    expect(body.data.body).toContain('23 women and 8 girls');
    expect(body.data.body).toContain('Center for Gender Information');
  });

  it('falls back to an existing language and says which one it served', async () => {
    for (const locale of ['ky', 'ru']) {
      const { body } = await getJson<{ data: ArticleItem }>(
        `/api/v1/articles/${SEED_SLUG}?locale=${locale}`,
      );
      expect(body.data.locale).toBe('en');
      expect(body.data.availableLocales).toEqual(['en']);
    }
  });

  it('names its tags in the requested language', async () => {
    const { body } = await getJson<{ data: ArticleItem }>(
      `/api/v1/articles/${SEED_SLUG}?locale=ru`,
    );
    expect(body.data.tags.map((t) => t.slug)).toContain('harassment');
    expect(body.data.tags.every((t) => /[А-Яа-яЁё]/.test(t.name))).toBe(true);
  });
});

describe('locale fallback', () => {
  it('prefers the requested locale, then the site default (ru), then any', async () => {
    const a = await newArticle({
      translations: {
        ru: { title: 'Русский' },
        en: { title: 'English' },
        ky: { title: 'Кыргызча' },
      },
    });
    const b = await newArticle({
      translations: { ru: { title: 'Только русский' }, en: { title: 'Also English' } },
    });
    const c = await newArticle({ translations: { en: { title: 'Only English' } } });
    const served = async (slug: string, locale: string) =>
      (await getJson<{ data: ArticleItem }>(`/api/v1/articles/${slug}?locale=${locale}`)).body.data;
    expect((await served(`${a.slug}-ru`, 'ky')).title).toBe('Кыргызча');
    expect((await served(`${b.slug}-en`, 'ky')).title).toBe('Только русский');
    expect((await served(`${c.slug}-en`, 'ky')).locale).toBe('en');
    // Without ?locale the site default applies.
    const { body } = await getJson<{ data: ArticleItem }>(`/api/v1/articles/${a.slug}-en`);
    expect(body.data.locale).toBe('ru');
  });
});

describe('article filters', () => {
  it('finds by full-text search in Russian with stemming, and by English words', async () => {
    const a = await newArticle({
      translations: {
        ru: { title: 'Тренинги для женщин в сёлах', body: '<p>Семинары о домогательствах</p>' },
      },
    });
    const ru = await getJson<List>(
      `/api/v1/articles?q=${encodeURIComponent('семинар')}&locale=ru&pageSize=100`,
    );
    expect(ru.body.data.map((x) => x.slug)).toContain(`${a.slug}-ru`);
    const none = await getJson<List>(`/api/v1/articles?q=zzzunmatchedzzz`);
    expect(none.body.data).toEqual([]);
    expect(none.body.meta.total).toBe(0);
  });

  it('treats SQL-like search text as words', async () => {
    const r = await getJson<List>(
      `/api/v1/articles?q=${encodeURIComponent("'; DROP TABLE articles; --")}`,
    );
    expect(r.status).toBe(200);
    const again = await getJson<List>(`/api/v1/articles?q=harassment`);
    expect(again.body.meta.total).toBeGreaterThan(0);
  });

  it('filters by tag; an unknown tag matches nothing', async () => {
    const tagged = await getJson<List>(`/api/v1/articles?tag=harassment`);
    expect(tagged.body.data.map((a) => a.slug)).toContain(SEED_SLUG);
    const unknown = await getJson<List>(`/api/v1/articles?tag=no-such-tag`);
    expect(unknown.status).toBe(200);
    expect(unknown.body.meta.total).toBe(0);
  });

  it('filters by publication date range in Asia/Bishkek, inclusive', async () => {
    const on = await getJson<List>(`/api/v1/articles?from=2022-03-07&to=2022-03-07`);
    expect(on.body.data.map((a) => a.slug)).toEqual([SEED_SLUG]);
    const before = await getJson<List>(`/api/v1/articles?to=2022-03-06`);
    expect(before.body.data.map((a) => a.slug)).not.toContain(SEED_SLUG);
    const inverted = await getJson(`/api/v1/articles?from=2022-03-08&to=2022-03-07`);
    expect(inverted.status).toBe(400);
  });

  it('filters by the events an article reports on: place with descendants, partner, project, series, format', async () => {
    for (const filter of [
      'place=jalal-abad-oblast',
      'place=akman-rural-district',
      'partner=center-for-gender-information',
      'project=ray-of-light',
      'series=harassment-workshops-2022',
      'format=workshop',
    ]) {
      const r = await getJson<List>(`/api/v1/articles?${filter}&pageSize=100`);
      expect(r.status, filter).toBe(200);
      expect(
        r.body.data.map((a) => a.slug),
        filter,
      ).toContain(SEED_SLUG);
    }
    for (const filter of [
      'place=talas-oblast',
      'partner=no-such-org',
      'format=campaign&series=harassment-workshops-2022',
    ]) {
      const r = await getJson<List>(`/api/v1/articles?${filter}&pageSize=100`);
      expect(
        r.body.data.map((a) => a.slug),
        filter,
      ).not.toContain(SEED_SLUG);
    }
  });

  it('links articles to events in a new place only through that place', async () => {
    const place = await newPlace({ parentSlug: 'naryn-oblast' });
    const event = await newEvent({ placeId: place.id });
    const article = await newArticle({ eventIds: [event.id] });
    const r = await getJson<List>(`/api/v1/articles?place=${place.slug}`);
    expect(r.body.data.map((a) => a.slug)).toEqual([`${article.slug}-en`]);
    const parent = await getJson<List>(`/api/v1/articles?place=naryn-oblast&pageSize=100`);
    expect(parent.body.data.map((a) => a.slug)).toContain(`${article.slug}-en`);
  });
});

describe('paging', () => {
  it('pages with meta.total and a Link header', async () => {
    for (let i = 0; i < 3; i++)
      await newArticle({ translations: { en: { title: `Paging probe ${i}` } } });
    const first = await getJson<List>(`/api/v1/articles?q=probe&pageSize=1&locale=en`);
    expect(first.body.meta).toMatchObject({ page: 1, pageSize: 1 });
    expect(first.body.meta.total).toBeGreaterThanOrEqual(3);
    expect(first.body.data).toHaveLength(1);
    const link = String(first.headers.link);
    expect(link).toContain('rel="next"');
    expect(link).toContain('page=2');
    expect(link).toContain('q=probe');
    const second = await getJson<List>(`/api/v1/articles?q=probe&pageSize=1&page=2&locale=en`);
    expect(second.body.data[0]!.slug).not.toBe(first.body.data[0]!.slug);
  });

  it('answers an empty page past the end, still with the total', async () => {
    const r = await getJson<List>(`/api/v1/articles?page=5000&pageSize=100`);
    expect(r.status).toBe(200);
    expect(r.body.data).toEqual([]);
    expect(r.body.meta.total).toBeGreaterThan(0);
    expect(String(r.headers.link)).toContain('rel="prev"');
  });

  it('sorts oldest first on request', async () => {
    const r = await getJson<List>(`/api/v1/articles?sort=publishedAt&pageSize=100`);
    const dates = r.body.data.map((a) => a.publishedAt);
    expect([...dates].sort()).toEqual(dates);
  });

  it('?project= finds articles linked to the project directly and through its events', async () => {
    const { app, database } = await testApp();
    const project = await newProject();
    const direct = await newArticle();
    await database.db.execute(
      sql`INSERT INTO article_projects (article_id, project_id) VALUES (${direct.id}, ${project.id})`,
    );
    const event = await newEvent({ projectIds: [project.id] });
    const viaEvent = await newArticle({ eventIds: [event.id] });
    await newArticle();
    await app.publicCache.invalidate();
    const r = await getJson<List>(`/api/v1/articles?project=${project.slug}&locale=en`);
    expect(r.body.data.map((a) => a.slug).sort()).toEqual(
      [`${direct.slug}-en`, `${viaEvent.slug}-en`].sort(),
    );
  });
});

import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { eventSeries, eventSeriesTranslations, events } from '../src/db/schema/index.js';
import { getJson, testApp } from './helpers/app.js';
import { newEvent, newPlace, unique, type NewEvent } from './helpers/factories.js';

interface SeriesItem {
  id: number;
  slug: string;
  locale: string;
  availableLocales: string[];
  title: string;
  description: string | null;
  eventCount: number;
  startsAt: string | null;
  endsAt: string | null;
}
interface List {
  data: SeriesItem[];
  meta: { page: number; pageSize: number; total: number; locale: string };
}
interface Detail {
  data: SeriesItem & {
    events: {
      slug: string;
      title: string;
      position: number | null;
      startsAt: string | null;
      placeName: string | null;
    }[];
  };
}
interface Problem {
  status: number;
  errors?: { field: string }[];
}

const SERIES = 'harassment-workshops-2022';
const WORKSHOPS = [
  'harassment-workshop-1-eraiym-staff-bazar-korgon',
  'harassment-workshop-2-self-help-groups-akman',
  'harassment-workshop-3-akman-rural-administration',
  'harassment-workshop-4-self-help-groups-seydikum',
  'harassment-workshop-5-maternal-school-gulnara-bazar-korgon',
  'harassment-workshop-6-eraiym-main-office-bishkek',
];
const hour = 3600_000;

/** A series of our own, with English (and optionally other) titles. */
async function newSeries(
  opts: { status?: 'draft' | 'published'; publishAt?: Date; titles?: Record<string, string> } = {},
) {
  const { app, database } = await testApp();
  const slug = unique('series');
  const [row] = await database.db
    .insert(eventSeries)
    .values({
      slug,
      status: opts.status ?? 'published',
      publishAt: opts.publishAt ?? new Date(Date.now() - hour),
    })
    .returning();
  for (const [locale, title] of Object.entries(opts.titles ?? { en: `Series ${slug}` })) {
    await database.db
      .insert(eventSeriesTranslations)
      .values({ seriesId: row!.id, locale: locale as 'en', title });
  }
  await app.publicCache.invalidate();
  return { id: row!.id, slug };
}

/** An event of the factory, put into a series at a position. */
async function newEventIn(seriesId: number, position: number | null, opts: NewEvent = {}) {
  const event = await newEvent(opts);
  const { app, database } = await testApp();
  await database.db
    .update(events)
    .set({ seriesId, seriesPosition: position })
    .where(eq(events.id, event.id));
  await app.publicCache.invalidate();
  return event;
}

describe('the series of the seed', () => {
  it('is listed with its six events', async () => {
    const { status, body } = await getJson<List>('/api/v1/event-series?locale=en&pageSize=100');
    expect(status).toBe(200);
    expect(body.data.find((s) => s.slug === SERIES)).toMatchObject({
      title: 'Workshops on harassment in Bazar-Korgon district',
      eventCount: 6,
      startsAt: null,
      endsAt: null,
      locale: 'en',
      availableLocales: ['ky', 'ru', 'en'],
    });
  });

  it('holds the six workshops in order, each with its place', async () => {
    const { status, body } = await getJson<Detail>(`/api/v1/event-series/${SERIES}?locale=en`);
    expect(status).toBe(200);
    expect(body.data.description).toContain('Altynai Sabyrbekova');
    expect(body.data.eventCount).toBe(6);
    expect(body.data.events.map((e) => e.slug)).toEqual(WORKSHOPS);
    expect(body.data.events.map((e) => e.position)).toEqual([1, 2, 3, 4, 5, 6]);
    expect(body.data.events.every((e) => e.startsAt === null)).toBe(true);
    expect(body.data.events.map((e) => e.placeName)).toEqual([
      'Bazar-Korgon',
      'Akman rural district',
      'Akman rural district',
      'Seydikum',
      'Bazar-Korgon',
      'Bishkek',
    ]);
    expect(body.data.events[1]!.title).toBe(
      'Workshop on harassment for self-help groups in Akman rural district',
    );
  });

  it('speaks the requested language, Russian by default', async () => {
    const ky = await getJson<Detail>(`/api/v1/event-series/${SERIES}?locale=ky`);
    expect(ky.body.data).toMatchObject({
      locale: 'ky',
      title: 'Базар-Коргон районунда асылуу боюнча семинарлар',
    });
    expect(ky.body.data.events[3]!.placeName).toBe('Сейдикум');
    const byDefault = await getJson<Detail>(`/api/v1/event-series/${SERIES}`);
    expect(byDefault.body.data).toMatchObject({
      locale: 'ru',
      title: 'Семинары о харассменте в Базар-Коргонском районе',
    });
  });

  it('an unknown series is a problem 404', async () => {
    const r = await getJson<Problem>('/api/v1/event-series/no-such-series');
    expect(r.status).toBe(404);
    expect(r.headers['content-type']).toContain('application/problem+json');
    expect(r.body.status).toBe(404);
  });
});

describe('a series of our own', () => {
  it('lists only its public events, in position order, and dates itself from them', async () => {
    const place = await newPlace({ parentSlug: 'chui-oblast', name: 'Series probe village' });
    const series = await newSeries();
    const second = await newEventIn(series.id, 2, {
      placeId: place.id,
      startsAt: new Date('2024-04-10T04:00:00Z'),
      endsAt: new Date('2024-04-10T08:00:00Z'),
    });
    const first = await newEventIn(series.id, 1, {
      startsAt: new Date('2024-04-03T04:00:00Z'),
    });
    const unpositioned = await newEventIn(series.id, null, {
      startsAt: new Date('2024-03-01T04:00:00Z'),
    });
    const draft = await newEventIn(series.id, 3, {
      status: 'draft',
      startsAt: new Date('2025-01-01T04:00:00Z'),
    });
    const scheduled = await newEventIn(series.id, 4, {
      publishAt: new Date(Date.now() + 86_400_000),
      startsAt: new Date('2020-01-01T04:00:00Z'),
    });

    const { body } = await getJson<Detail>(`/api/v1/event-series/${series.slug}?locale=en`);
    expect(body.data.events.map((e) => e.slug)).toEqual([
      first.slug,
      second.slug,
      unpositioned.slug,
    ]);
    expect(body.data.events.map((e) => e.slug)).not.toContain(draft.slug);
    expect(body.data.events.map((e) => e.slug)).not.toContain(scheduled.slug);
    expect(body.data.events[1]).toMatchObject({
      position: 2,
      startsAt: '2024-04-10T04:00:00Z',
      placeName: 'Series probe village',
    });
    expect(body.data.events[0]!.placeName).toBeNull();
    expect(body.data.events[2]!.position).toBeNull();
    // Hidden events neither count nor stretch the period.
    expect(body.data).toMatchObject({
      eventCount: 3,
      startsAt: '2024-03-01T04:00:00Z',
      endsAt: '2024-04-10T08:00:00Z',
    });
    const listed = await getJson<List>('/api/v1/event-series?pageSize=100');
    expect(listed.body.data.find((s) => s.slug === series.slug)).toMatchObject({
      eventCount: 3,
      startsAt: '2024-03-01T04:00:00Z',
    });
  });

  it('with only hidden events it is still a series, empty and undated', async () => {
    const series = await newSeries();
    await newEventIn(series.id, 1, { status: 'draft' });
    const { status, body } = await getJson<Detail>(`/api/v1/event-series/${series.slug}`);
    expect(status).toBe(200);
    expect(body.data).toMatchObject({ eventCount: 0, startsAt: null, endsAt: null, events: [] });
  });

  it('falls back to an existing language', async () => {
    const series = await newSeries({ titles: { en: 'Only in English' } });
    const { body } = await getJson<Detail>(`/api/v1/event-series/${series.slug}?locale=ky`);
    expect(body.data).toMatchObject({
      locale: 'en',
      title: 'Only in English',
      availableLocales: ['en'],
    });
  });

  it('dated series come newest first, undated ones last', async () => {
    const older = await newSeries();
    await newEventIn(older.id, 1, { startsAt: new Date('2001-05-01T04:00:00Z') });
    const newer = await newSeries();
    await newEventIn(newer.id, 1, { startsAt: new Date('2001-06-01T04:00:00Z') });
    const { body } = await getJson<List>('/api/v1/event-series?pageSize=100');
    const slugs = body.data.map((s) => s.slug);
    expect(slugs.indexOf(newer.slug)).toBeGreaterThanOrEqual(0);
    expect(slugs.indexOf(newer.slug)).toBeLessThan(slugs.indexOf(older.slug));
    expect(slugs.indexOf(older.slug)).toBeLessThan(slugs.indexOf(SERIES));
  });

  it('a draft or scheduled series is neither listed nor shown', async () => {
    const draft = await newSeries({ status: 'draft' });
    const scheduled = await newSeries({ publishAt: new Date(Date.now() + 86_400_000) });
    const { body } = await getJson<List>('/api/v1/event-series?pageSize=100');
    for (const hidden of [draft, scheduled]) {
      expect(body.data.map((s) => s.slug)).not.toContain(hidden.slug);
      expect((await getJson(`/api/v1/event-series/${hidden.slug}`)).status).toBe(404);
    }
  });
});

describe('event series paging', () => {
  it('pageSize 1 gives one series and the total; past the end is empty', async () => {
    const all = await getJson<List>('/api/v1/event-series?pageSize=100');
    const one = await getJson<List>('/api/v1/event-series?pageSize=1');
    expect(one.body.data).toHaveLength(1);
    expect(one.body.data[0]!.slug).toBe(all.body.data[0]!.slug);
    expect(one.body.meta).toMatchObject({ page: 1, pageSize: 1, total: all.body.meta.total });
    const past = await getJson<List>(
      `/api/v1/event-series?page=${all.body.meta.total + 1}&pageSize=1`,
    );
    expect(past.status).toBe(200);
    expect(past.body.data).toEqual([]);
    expect(past.body.meta.total).toBe(all.body.meta.total);
  });
});

describe('bad input to event series', () => {
  const cases: [string, string, string][] = [
    ['unknown parameter', '/api/v1/event-series?project=ray-of-light', 'project'],
    ['page not a number', '/api/v1/event-series?page=first', 'page'],
    ['unknown locale', '/api/v1/event-series?locale=kg', 'locale'],
    ['unknown parameter on detail', `/api/v1/event-series/${SERIES}?sort=position`, 'sort'],
    ['slug with a double hyphen', '/api/v1/event-series/harassment--workshops', 'slug'],
  ];

  it.each(cases)('%s', async (_name, url, field) => {
    const r = await getJson<Problem>(url);
    expect(r.status).toBe(400);
    expect(r.headers['content-type']).toContain('application/problem+json');
    expect(r.body.errors?.map((e) => e.field)).toContain(field);
  });
});

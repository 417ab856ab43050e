import { sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { getJson, testApp } from './helpers/app.js';
import { newGroup } from './helpers/community-groups.js';
import { newEvent, newOrganization, newPlace, newProject } from './helpers/factories.js';

interface EventItem {
  slug: string;
  title: string;
  startsAt: string | null;
  venueName: string | null;
  facilitator: string | null;
  place: { slug: string; path: { slug: string }[] } | null;
  series: { slug: string; position: number } | null;
  partners: { slug: string; role: string }[];
  projects: { slug: string; kind: string }[];
  participants: Record<string, number | null>;
}
interface List {
  data: EventItem[];
  meta: { total: number };
}

const SERIES = 'harassment-workshops-2022';

describe('the six workshops of the seed', () => {
  it('form one series in order, dates unknown rather than invented', async () => {
    const { body } = await getJson<List>(`/api/v1/events?series=${SERIES}&sort=series&locale=en`);
    expect(body.data.map((e) => e.series?.position)).toEqual([1, 2, 3, 4, 5, 6]);
    expect(body.data.every((e) => e.startsAt === null)).toBe(true);
    expect(body.data.every((e) => e.facilitator === 'Altynai Sabyrbekova')).toBe(true);
  });

  it('the second counts 23 women and 8 girls at secondary school Toktogul No. 5', async () => {
    const { body } = await getJson<List>(`/api/v1/events?series=${SERIES}&sort=series&locale=en`);
    const second = body.data[1]!;
    expect(second.venueName).toContain('Toktogul');
    expect(second.participants).toEqual({
      women: 23,
      girls: 8,
      men: null,
      boys: null,
      unspecified: null,
      total: 31,
    });
    expect(second.place?.path.map((p) => p.slug)).toEqual([
      'kyrgyzstan',
      'jalal-abad-oblast',
      'bazar-korgon-district',
      'akman-rural-district',
    ]);
  });

  it('carry their places, partners with roles and both projects', async () => {
    const { body } = await getJson<List>(`/api/v1/events?series=${SERIES}&sort=series&locale=en`);
    expect(body.data.map((e) => e.place?.slug)).toEqual([
      'bazar-korgon',
      'akman-rural-district',
      'akman-rural-district',
      'seydikum',
      'bazar-korgon',
      'bishkek',
    ]);
    for (const e of body.data) {
      expect(e.partners).toContainEqual(
        expect.objectContaining({ slug: 'eraiym', role: 'organizer' }),
      );
      expect(e.partners).toContainEqual(
        expect.objectContaining({ slug: 'center-for-gender-information', role: 'co_organizer' }),
      );
      expect(e.projects.map((p) => p.slug).sort()).toEqual([
        'capacity-building-of-womens-csos',
        'ray-of-light',
      ]);
    }
    expect(body.data[2]!.partners).toContainEqual(
      expect.objectContaining({ slug: 'akman-rural-administration', role: 'host' }),
    );
  });

  it('an event page links its article and its neighbours in the series', async () => {
    const list = await getJson<List>(`/api/v1/events?series=${SERIES}&sort=series`);
    const third = list.body.data[2]!;
    const { status, body } = await getJson<{
      data: {
        articles: { slug: string }[];
        previousInSeries: { slug: string };
        nextInSeries: { slug: string };
      };
    }>(`/api/v1/events/${third.slug}`);
    expect(status).toBe(200);
    expect(body.data.articles.map((a) => a.slug)).toEqual([
      'harassment-is-a-special-kind-of-violence',
    ]);
    expect(body.data.previousInSeries.slug).toBe(list.body.data[1]!.slug);
    expect(body.data.nextInSeries.slug).toBe(list.body.data[3]!.slug);
  });

  it('the fourth lists the published community groups that took part, in the asked locale', async () => {
    const list = await getJson<List>(`/api/v1/events?series=${SERIES}&sort=series`);
    const fourth = list.body.data[3]!;
    expect(fourth.slug).toBe('harassment-workshop-4-self-help-groups-seydikum');
    type Groups = { data: { groups: { slug: string; kind: string; name: string }[] } };
    const en = await getJson<Groups>(`/api/v1/events/${fourth.slug}?locale=en`);
    expect(en.body.data.groups).toEqual([
      expect.objectContaining({
        slug: 'ak-tilek-seydikum',
        kind: 'self_help_group',
        name: 'Ak-Tilek',
      }),
      expect.objectContaining({ slug: 'dostuk-seydikum', kind: 'self_help_group', name: 'Dostuk' }),
    ]);
    const ru = await getJson<Groups>(`/api/v1/events/${fourth.slug}?locale=ru`);
    expect(ru.body.data.groups.map((g) => g.name)).toEqual(['Ак-Тилек', 'Достук']);

    const event = await newEvent();
    const shown = await newGroup({ name: 'Took part' });
    const draft = await newGroup({ name: 'Draft group', status: 'draft' });
    const { app, database } = await testApp();
    for (const g of [shown, draft]) {
      await database.db.execute(
        sql`INSERT INTO community_group_events (group_id, event_id) VALUES (${g.id}, ${event.id})`,
      );
    }
    await app.publicCache.invalidate();
    const mine = await getJson<Groups>(`/api/v1/events/${event.slug}`);
    expect(mine.body.data.groups.map((g) => g.slug)).toEqual([shown.slug]);
    const other = await getJson<Groups>(`/api/v1/events/${list.body.data[0]!.slug}`);
    expect(other.body.data.groups).toEqual([]);
  });

  it('an unknown event is a problem 404', async () => {
    const r = await getJson<{ status: number; title: string }>(`/api/v1/events/no-such-event`);
    expect(r.status).toBe(404);
    expect(r.headers['content-type']).toContain('application/problem+json');
    expect(r.body.status).toBe(404);
  });
});

describe('event filters', () => {
  it('place includes every place under it', async () => {
    const oblast = await getJson<List>(`/api/v1/events?place=jalal-abad-oblast&pageSize=100`);
    const seedInOblast = oblast.body.data.filter((e) => e.series?.slug === SERIES);
    expect(seedInOblast).toHaveLength(5);
    const village = await getJson<List>(`/api/v1/events?place=seydikum-rural-district`);
    expect(village.body.data.map((e) => e.place?.slug)).toEqual(['seydikum']);
    const unknown = await getJson<List>(`/api/v1/events?place=atlantis`);
    expect(unknown.status).toBe(200);
    expect(unknown.body.meta.total).toBe(0);
  });

  it('partner, project, format, date range and upcoming/past', async () => {
    const place = await newPlace({ parentSlug: 'talas-oblast' });
    const partner = await newOrganization();
    const project = await newProject();
    const soon = new Date(Date.now() + 7 * 24 * 3600 * 1000);
    const upcoming = await newEvent({
      placeId: place.id,
      startsAt: soon,
      format: 'training',
      partners: [{ id: partner.id, role: 'host' }],
      projectIds: [project.id],
    });
    const past = await newEvent({
      placeId: place.id,
      startsAt: new Date('2021-06-01T05:00:00Z'),
      format: 'meeting',
    });
    const undated = await newEvent({ placeId: place.id, startsAt: null });
    const slugs = async (q: string) =>
      (await getJson<List>(`/api/v1/events?place=${place.slug}&${q}`)).body.data.map((e) => e.slug);

    expect(await slugs(`partner=${partner.slug}`)).toEqual([upcoming.slug]);
    expect(await slugs(`project=${project.slug}`)).toEqual([upcoming.slug]);
    expect(await slugs('format=meeting')).toEqual([past.slug]);
    expect(await slugs('when=upcoming')).toEqual([upcoming.slug]);
    expect((await slugs('when=past')).sort()).toEqual([past.slug, undated.slug].sort());
    expect(await slugs('from=2021-06-01&to=2021-06-01')).toEqual([past.slug]);
    expect(await slugs('from=2021-06-02&to=2021-12-31')).toEqual([]);
    expect(await slugs('sort=startsAt')).toEqual([past.slug, upcoming.slug, undated.slug]);
  });

  it('finds events by words of their venue or audience', async () => {
    const r = await getJson<List>(`/api/v1/events?q=greenhouses&locale=en`);
    expect(r.body.data.map((e) => e.place?.slug)).toContain('seydikum');
  });
});

describe('search by place names', () => {
  it('finds events by any spelling of their place (Bazar-Kurgan for Bazar-Korgon)', async () => {
    for (const q of ['Bazar-Kurgan', 'Базар-Курган', 'bazar-korgon', 'Seidikum']) {
      const r = await getJson<List>(`/api/v1/events?q=${encodeURIComponent(q)}&series=${SERIES}`);
      expect(r.body.meta.total, q).toBeGreaterThan(0);
    }
    const none = await getJson<List>(`/api/v1/events?q=Atlantis&series=${SERIES}`);
    expect(none.body.meta.total).toBe(0);
  });
});

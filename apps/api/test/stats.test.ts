import { describe, expect, it } from 'vitest';
import { getJson } from './helpers/app.js';
import { newEvent, newPlace } from './helpers/factories.js';

interface Row {
  key: string | null;
  label: string | null;
  events: number;
  women: number | null;
  girls: number | null;
  men: number | null;
  boys: number | null;
  total: number | null;
  suppressed: string[];
}
interface Report {
  data: Row[];
  totals: Row;
  meta: { groupBy: string; minimumShownCount: number };
}

describe('impact statistics', () => {
  it('sum the seed series: 23 women and 8 girls in Bazar-Korgon district', async () => {
    const { status, body } = await getJson<Report>(
      `/api/v1/stats/impact?series=harassment-workshops-2022&groupBy=district&locale=en`,
    );
    expect(status).toBe(200);
    const bazarKorgon = body.data.find((r) => r.key === 'bazar-korgon-district')!;
    expect(bazarKorgon).toMatchObject({
      label: 'Bazar-Korgon district',
      events: 5,
      women: 23,
      girls: 8,
      total: 31,
    });
    expect(body.data.find((r) => r.key === 'bishkek')).toMatchObject({ events: 1, total: 0 });
    expect(body.totals).toMatchObject({ events: 6, women: 23, girls: 8, total: 31 });
  });

  it('group by region, year, project, partner and format', async () => {
    const q = 'series=harassment-workshops-2022&locale=en';
    const region = await getJson<Report>(`/api/v1/stats/impact?${q}&groupBy=region`);
    expect(region.body.data.map((r) => r.key).sort()).toEqual(['bishkek', 'jalal-abad-oblast']);
    const year = await getJson<Report>(`/api/v1/stats/impact?${q}&groupBy=year`);
    expect(year.body.data).toEqual([expect.objectContaining({ key: null, events: 6, total: 31 })]);
    const project = await getJson<Report>(`/api/v1/stats/impact?${q}&groupBy=project`);
    expect(project.body.data.map((r) => [r.key, r.total]).sort()).toEqual([
      ['capacity-building-of-womens-csos', 31],
      ['ray-of-light', 31],
    ]);
    const partner = await getJson<Report>(`/api/v1/stats/impact?${q}&groupBy=partner`);
    expect(partner.body.data.find((r) => r.key === 'akman-rural-administration')).toMatchObject({
      events: 1,
      total: 0,
    });
    const format = await getJson<Report>(`/api/v1/stats/impact?${q}&groupBy=format`);
    expect(format.body.data).toEqual([expect.objectContaining({ key: 'workshop', events: 6 })]);
  });

  it('withhold counts under 5, and one more so that the total does not give them away', async () => {
    const place = await newPlace({ parentSlug: 'batken-oblast' });
    await newEvent({ placeId: place.id, counts: { women: 12, girls: 7, boys: 3 } });
    const { body } = await getJson<Report>(`/api/v1/stats/impact?place=${place.slug}`);
    expect(body.totals.boys).toBeNull();
    expect(body.totals.girls).toBeNull();
    expect(body.totals.women).toBe(12);
    expect(body.totals.total).toBe(22);
    expect(body.totals.suppressed.sort()).toEqual(['boys', 'girls']);
    expect(body.meta.minimumShownCount).toBe(5);
  });

  it('count only public events: drafts and scheduled ones stay out of the totals', async () => {
    const place = await newPlace({ parentSlug: 'issyk-kul-oblast' });
    await newEvent({ placeId: place.id, counts: { women: 10 } });
    await newEvent({ placeId: place.id, counts: { women: 100 }, status: 'draft' });
    await newEvent({
      placeId: place.id,
      counts: { women: 1000 },
      publishAt: new Date(Date.now() + 3600_000),
    });
    const { body } = await getJson<Report>(`/api/v1/stats/impact?place=${place.slug}`);
    expect(body.totals).toMatchObject({ events: 1, women: 10, total: 10 });
  });
});

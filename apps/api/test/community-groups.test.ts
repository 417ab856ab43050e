import { sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { getJson, testApp } from './helpers/app.js';
import { newPlace, newProject } from './helpers/factories.js';
import { newGroup } from './helpers/community-groups.js';

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- asserted field by field
type Json = any;

const list = (query: string) => getJson<Json>(`/api/v1/community-groups?${query}`);
const slugsOf = (body: Json) => (body.data as { slug: string }[]).map((g) => g.slug).sort();

const SEED = {
  akTilek: 'ak-tilek-seydikum',
  dostuk: 'dostuk-seydikum',
  gulnara: 'gulnara-maternal-school-bazar-korgon',
};

describe('community groups: public list', () => {
  it('lists the seed groups in their villages, with place path and coordinates', async () => {
    const { status, headers, body } = await list('place=seydikum&locale=en');
    expect(status).toBe(200);
    expect(headers['cache-control']).toContain('public');
    expect(headers.etag).toBeTruthy();
    expect(slugsOf(body)).toEqual([SEED.akTilek, SEED.dostuk]);
    const akTilek = body.data.find((g: Json) => g.slug === SEED.akTilek);
    expect(akTilek).toMatchObject({
      kind: 'self_help_group',
      name: 'Ak-Tilek',
      locale: 'en',
      availableLocales: ['ky', 'ru', 'en'],
      foundedYear: null,
      memberCount: null,
      activityStatus: 'active',
      place: { slug: 'seydikum', kind: 'settlement', name: 'Seydikum' },
      coordinates: { latitude: 41.09, longitude: 72.72 },
    });
    expect(akTilek.place.path.map((p: Json) => p.slug)).toEqual([
      'kyrgyzstan',
      'jalal-abad-oblast',
      'bazar-korgon-district',
      'seydikum-rural-district',
      'seydikum',
    ]);
    expect(body.meta).toMatchObject({ page: 1, pageSize: 20, total: 2, locale: 'en' });
  });

  it('filters by kind, place with its descendants, project, status and name', async () => {
    const district = await list('place=bazar-korgon-district&pageSize=100');
    expect(slugsOf(district.body)).toEqual(
      expect.arrayContaining([SEED.akTilek, SEED.dostuk, SEED.gulnara]),
    );
    const oblast = await list('place=jalal-abad-oblast&kind=maternal_school');
    expect(slugsOf(oblast.body)).toEqual([SEED.gulnara]);
    const project = await list('project=capacity-building-of-womens-csos&pageSize=100');
    expect(slugsOf(project.body)).toEqual(
      expect.arrayContaining([SEED.akTilek, SEED.dostuk, SEED.gulnara]),
    );

    const place = await newPlace({
      parentSlug: 'talas-oblast',
      kind: 'district',
      name: 'Filterland',
    });
    const village = await newPlace({ parentSlug: place.slug, name: 'Filter village' });
    const other = await newProject();
    const shg = await newGroup({ placeId: village.id, projectIds: [other.id], name: 'Umut' });
    const school = await newGroup({ placeId: place.id, kind: 'maternal_school', name: 'Aruu' });
    const closed = await newGroup({ placeId: village.id, activityStatus: 'closed', name: 'Eski' });
    expect(slugsOf((await list(`place=${place.slug}`)).body)).toEqual(
      [shg.slug, school.slug, closed.slug].sort(),
    );
    expect(slugsOf((await list(`place=${village.slug}`)).body)).toEqual(
      [shg.slug, closed.slug].sort(),
    );
    expect(slugsOf((await list(`place=${place.slug}&kind=maternal_school`)).body)).toEqual([
      school.slug,
    ]);
    expect(slugsOf((await list(`project=${other.slug}`)).body)).toEqual([shg.slug]);
    expect(slugsOf((await list(`place=${place.slug}&status=closed`)).body)).toEqual([closed.slug]);
    expect(slugsOf((await list(`place=${place.slug}&status=active`)).body)).toEqual(
      [shg.slug, school.slug].sort(),
    );
    // Sorted by name.
    const names = (await list(`place=${place.slug}`)).body.data.map((g: Json) => g.name);
    expect(names).toEqual(['Aruu', 'Eski', 'Umut']);
    // By name in any language, or by a place's name or spelling variant.
    expect(slugsOf((await list('q=Тилек')).body)).toEqual([SEED.akTilek]);
    expect(slugsOf((await list('q=Seidikum')).body)).toEqual([SEED.akTilek, SEED.dostuk]);
    expect((await list('kind=club')).status).toBe(400);
    expect((await list('status=sleeping')).status).toBe(400);
    expect((await list('colour=red')).status).toBe(400);
  });

  it('serves the requested language, falling back to the default (ru)', async () => {
    const ru = await list('place=bazar-korgon&locale=ru');
    expect(ru.body.data[0]).toMatchObject({ slug: SEED.gulnara, name: 'Гульнара', locale: 'ru' });
    const ky = await list('place=bazar-korgon&locale=ky');
    expect(ky.body.data[0]).toMatchObject({ name: 'Гүлнара', locale: 'ky' });
    const onlyEn = await newGroup({ name: 'English only' });
    const fallback = await getJson<Json>(`/api/v1/community-groups/${onlyEn.slug}?locale=ky`);
    expect(fallback.body.data).toMatchObject({ name: 'English only', locale: 'en' });
  });

  it('shows only published groups whose time has come', async () => {
    const draft = await newGroup({ status: 'draft', name: 'Hiddenprobe draft' });
    const { database } = await testApp();
    const scheduled = await newGroup({ name: 'Hiddenprobe scheduled' });
    await database.db.execute(
      sql`UPDATE community_groups SET publish_at = now() + interval '1 day' WHERE id = ${scheduled.id}`,
    );
    await (await testApp()).app.publicCache.invalidate();
    expect((await list('q=hiddenprobe')).body.meta.total).toBe(0);
    expect((await getJson(`/api/v1/community-groups/${draft.slug}`)).status).toBe(404);
    expect((await getJson(`/api/v1/community-groups/${scheduled.slug}`)).status).toBe(404);
  });
});

describe('community groups: detail', () => {
  it('shows a seed group with its events, article and project', async () => {
    const { status, body } = await getJson<Json>(
      `/api/v1/community-groups/${SEED.akTilek}?locale=en`,
    );
    expect(status).toBe(200);
    expect(body.data).toMatchObject({
      slug: SEED.akTilek,
      name: 'Ak-Tilek',
      leaderName: null,
      grants: [],
      memberGroups: [],
      associations: [],
      projects: [{ slug: 'capacity-building-of-womens-csos', kind: 'project' }],
      events: [{ slug: 'harassment-workshop-4-self-help-groups-seydikum', startsAt: null }],
      articles: [{ slug: 'harassment-is-a-special-kind-of-violence', locale: 'en' }],
    });
    expect(body.data.description).toContain('Dostuk');
    const gulnara = await getJson<Json>(`/api/v1/community-groups/${SEED.gulnara}?locale=en`);
    expect(gulnara.body.data).toMatchObject({
      kind: 'maternal_school',
      place: { slug: 'bazar-korgon', name: 'Bazar-Korgon' },
      events: [{ slug: 'harassment-workshop-5-maternal-school-gulnara-bazar-korgon' }],
    });
    expect((await getJson('/api/v1/community-groups/no-such-group')).status).toBe(404);
  });

  it("shows the leader's name only when the group made it public", async () => {
    const hidden = await newGroup({ leaderName: 'Aigul Private' });
    const shown = await newGroup({ leaderName: 'Nurgul Public', leaderNamePublic: true });
    const a = await getJson<Json>(`/api/v1/community-groups/${hidden.slug}`);
    expect(a.body.data.leaderName).toBeNull();
    expect(JSON.stringify(a.body)).not.toContain('Aigul');
    const b = await getJson<Json>(`/api/v1/community-groups/${shown.slug}`);
    expect(b.body.data.leaderName).toBe('Nurgul Public');
    // Never in lists or on the map.
    const listed = await list('q=Group&pageSize=100');
    expect(JSON.stringify(listed.body)).not.toContain('Nurgul');
  });

  it('names the public member groups of an association, and the associations of a group', async () => {
    const member = await newGroup({ name: 'Member one' });
    const draftMember = await newGroup({ name: 'Draft member', status: 'draft' });
    const association = await newGroup({
      kind: 'association',
      name: 'Association of groups',
      memberIds: [member.id, draftMember.id],
      memberCount: 120,
    });
    const { body } = await getJson<Json>(`/api/v1/community-groups/${association.slug}`);
    expect(body.data).toMatchObject({
      kind: 'association',
      memberCount: 120,
      memberGroups: [{ slug: member.slug, kind: 'self_help_group', name: 'Member one' }],
    });
    const m = await getJson<Json>(`/api/v1/community-groups/${member.slug}`);
    expect(m.body.data.associations).toEqual([
      {
        slug: association.slug,
        kind: 'association',
        name: 'Association of groups',
        placeName: null,
      },
    ]);
  });
});

describe('community groups on a map', () => {
  const geojson = async (query: string) => {
    const { app } = await testApp();
    const r = await app.inject({ method: 'GET', url: `/api/v1/community-groups.geojson${query}` });
    expect(r.statusCode, r.body).toBe(200);
    return { headers: r.headers, collection: JSON.parse(r.body) as Json };
  };

  it('is a FeatureCollection of points with the list filters', async () => {
    const { headers, collection } = await geojson('?place=seydikum&locale=en');
    expect(headers['content-type']).toBe('application/geo+json; charset=utf-8');
    expect(collection).toMatchObject({
      type: 'FeatureCollection',
      meta: { total: 2, limit: 5000, locale: 'en' },
    });
    const akTilek = collection.features.find((f: Json) => f.id === SEED.akTilek);
    expect(akTilek).toEqual({
      type: 'Feature',
      id: SEED.akTilek,
      geometry: { type: 'Point', coordinates: [72.72, 41.09] },
      properties: {
        slug: SEED.akTilek,
        name: 'Ak-Tilek',
        locale: 'en',
        kind: 'self_help_group',
        activityStatus: 'active',
        foundedYear: null,
        memberCount: null,
        placeName: 'Seydikum',
        url: `https://jaryk.test/en/groups/${SEED.akTilek}`,
      },
    });
    const kind = await geojson('?place=jalal-abad-oblast&kind=maternal_school');
    expect(kind.collection.features.map((f: Json) => f.id)).toEqual([SEED.gulnara]);
  });

  it('uses own coordinates first and leaves out groups without any', async () => {
    const place = await newPlace({ parentSlug: 'talas-oblast', kind: 'district' });
    const pinned = await newGroup({ placeId: place.id, latitude: 42.5, longitude: 75.25 });
    const nowhere = await newGroup({ name: 'Mapless probe' });
    const { collection } = await geojson(`?place=${place.slug}`);
    expect(collection.features).toHaveLength(1);
    expect(collection.features[0]).toMatchObject({
      id: pinned.slug,
      geometry: { coordinates: [75.25, 42.5] },
    });
    const search = await geojson('?q=mapless');
    expect(search.collection).toMatchObject({ features: [], meta: { total: 0 } });
    expect(nowhere.slug).toBeTruthy();
    const { app } = await testApp();
    const bad = await app.inject({ url: '/api/v1/community-groups.geojson?pageSize=5' });
    expect(bad.statusCode).toBe(400);
  });
});

describe('community group statistics', () => {
  interface Figures {
    groups: number;
    active: number;
    members: number;
    children: number;
    byKind: {
      kind: string;
      groups: number;
      active: number;
      withMemberCount: number;
      memberTotal: number;
    }[];
  }
  type Row = Figures & { key: string | null; label: string | null };
  const stats = (q: string) =>
    getJson<{ data: Row[]; totals: Figures; meta: Json }>(`/api/v1/stats/groups?${q}`);

  it('count the seed groups by district and by kind', async () => {
    const district = await stats('groupBy=district&place=bazar-korgon-district&locale=en');
    expect(district.status).toBe(200);
    const row = district.body.data.find((r) => r.key === 'bazar-korgon-district')!;
    expect(row).toMatchObject({ label: 'Bazar-Korgon district', groups: 3, members: 0 });
    expect(row.byKind).toEqual([
      { kind: 'maternal_school', groups: 1, active: 1, withMemberCount: 0, memberTotal: 0 },
      { kind: 'self_help_group', groups: 2, active: 2, withMemberCount: 0, memberTotal: 0 },
    ]);
    const kind = await stats('groupBy=kind&project=capacity-building-of-womens-csos');
    expect(kind.body.data.map((r) => [r.key, r.groups])).toEqual([
      ['self_help_group', 2],
      ['maternal_school', 1],
    ]);
  });

  it('count groups per region and district with member and children totals, unsuppressed', async () => {
    // Issyk-Kul oblast has no other groups; new places go below the oblasts, so that the
    // place tree other tests count stays put.
    const oblast = { slug: 'issyk-kul-oblast' };
    const d1 = await newPlace({ parentSlug: oblast.slug, kind: 'district', name: 'North' });
    const d2 = await newPlace({ parentSlug: oblast.slug, kind: 'district', name: 'South' });
    const v1 = await newPlace({ parentSlug: d1.slug, name: 'North village' });
    await newGroup({ placeId: v1.id, memberCount: 12 });
    await newGroup({ placeId: v1.id, memberCount: 3 });
    await newGroup({ placeId: v1.id, kind: 'maternal_school', memberCount: 2 });
    await newGroup({ placeId: d2.id, kind: 'children_self_help_group', memberCount: 9 });
    await newGroup({ placeId: d2.id, activityStatus: 'closed' });
    await newGroup({ placeId: d2.id, kind: 'association', memberCount: 40 });
    await newGroup({ placeId: d2.id, status: 'draft', memberCount: 100 });

    const region = await stats(`groupBy=region&place=${oblast.slug}&locale=en`);
    expect(region.body.data).toHaveLength(1);
    expect(region.body.data[0]).toMatchObject({
      key: oblast.slug,
      label: 'Issyk-Kul oblast',
      groups: 6,
      active: 5,
      // Small numbers stay: they are counts of groups, or members each group shows anyway.
      members: 15,
      children: 11,
    });
    expect(region.body.data[0]!.byKind).toContainEqual({
      kind: 'association',
      groups: 1,
      active: 1,
      withMemberCount: 1,
      memberTotal: 40,
    });
    expect(region.body.totals).toMatchObject({ groups: 6, members: 15, children: 11 });

    const district = await stats(`groupBy=district&place=${oblast.slug}&locale=en`);
    const byKey = Object.fromEntries(district.body.data.map((r) => [r.key, r]));
    expect(byKey[d1.slug]).toMatchObject({ label: 'North', groups: 3, members: 15, children: 2 });
    expect(byKey[d2.slug]).toMatchObject({ label: 'South', groups: 3, members: 0, children: 9 });
    expect(district.body.data[0]!.key).toBe(d1.slug);

    const none = await stats(`place=${oblast.slug}&kind=self_help_group`);
    expect(none.body.data).toEqual([expect.objectContaining({ key: null, groups: 3 })]);
    expect(none.body.meta).toMatchObject({ groupBy: 'none' });
    const empty = await stats(`place=${v1.slug}&kind=association`);
    expect(empty.body).toMatchObject({ data: [], totals: { groups: 0, byKind: [] } });
    expect((await stats('groupBy=year')).status).toBe(400);
  });
});

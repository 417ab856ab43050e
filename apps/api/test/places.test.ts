import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { placeTranslations, places } from '../src/db/schema/index.js';
import { getJson, testApp } from './helpers/app.js';
import { newEvent, newPlace } from './helpers/factories.js';

interface PlaceNode {
  slug: string;
  kind: string;
  parent: string | null;
  depth: number;
  locale: string;
  name: string;
  latitude: number | null;
  longitude: number | null;
  aliases: string[];
}
interface PlaceRef {
  slug: string;
  kind: string;
  name: string;
}
interface Place {
  slug: string;
  kind: string;
  locale: string;
  availableLocales: string[];
  name: string;
  latitude: number | null;
  longitude: number | null;
  aliases: string[];
  path: PlaceRef[];
  children: PlaceRef[];
  eventCount: number;
  eventCountHere: number;
}
interface Problem {
  status: number;
  errors?: { field: string }[];
}

const OBLASTS = [
  'batken-oblast',
  'chui-oblast',
  'issyk-kul-oblast',
  'jalal-abad-oblast',
  'naryn-oblast',
  'osh-oblast',
  'talas-oblast',
];
const CYRILLIC = /^[\p{Script=Cyrillic}\s\-–«»().,]+$/u;

const tree = (query = '') => getJson<{ data: PlaceNode[] }>(`/api/v1/places?${query}`);
const place = (slug: string, query = '') =>
  getJson<{ data: Place }>(`/api/v1/places/${slug}${query ? `?${query}` : ''}`);

describe('the place tree', () => {
  it('has Kyrgyzstan at its root, with the 7 oblasts and the cities Bishkek and Osh under it', async () => {
    const { status, body } = await tree('locale=en');
    expect(status).toBe(200);
    expect(body).not.toHaveProperty('meta');
    expect(body.data[0]).toMatchObject({
      slug: 'kyrgyzstan',
      kind: 'country',
      parent: null,
      depth: 0,
      name: 'Kyrgyzstan',
    });
    const underCountry = body.data.filter((p) => p.parent === 'kyrgyzstan');
    expect(
      underCountry
        .filter((p) => p.kind === 'oblast')
        .map((p) => p.slug)
        .sort(),
    ).toEqual(OBLASTS);
    expect(
      underCountry
        .filter((p) => p.kind === 'city')
        .map((p) => p.slug)
        .sort(),
    ).toEqual(['bishkek', 'osh']);
    expect(underCountry.every((p) => p.depth === 1)).toBe(true);
    expect(body.data.find((p) => p.slug === 'jalal-abad-oblast')?.name).toBe('Jalal-Abad oblast');
    // Jalal-Abad city belongs to its oblast, not to a district.
    expect(body.data.find((p) => p.slug === 'jalal-abad')).toMatchObject({
      parent: 'jalal-abad-oblast',
      kind: 'settlement',
      depth: 2,
    });
  });

  it('is depth first: every node comes after its parent, and subtrees are not interleaved', async () => {
    const { body } = await tree();
    expect(body.data.length).toBeGreaterThan(60);
    const bySlug = new Map(body.data.map((p) => [p.slug, p]));
    // The path from the root to the previous node; each node must hang from a node on it.
    const trail: string[] = [];
    for (const node of body.data) {
      if (node.parent === null) {
        expect(trail, node.slug).toEqual([]);
      } else {
        const at = trail.lastIndexOf(node.parent);
        expect(at, `${node.slug} follows its parent ${node.parent}`).toBeGreaterThanOrEqual(0);
        trail.length = at + 1;
        expect(node.depth).toBe(bySlug.get(node.parent)!.depth + 1);
      }
      trail.push(node.slug);
    }
  });

  it('gives every seed place a name in ky, ru and en; ?locale=ky gives Cyrillic names', async () => {
    const ky = await tree('locale=ky&under=jalal-abad-oblast');
    expect(ky.body.data.length).toBeGreaterThan(10);
    for (const node of ky.body.data) {
      expect(node.locale, node.slug).toBe('ky');
      expect(node.name, node.slug).toMatch(CYRILLIC);
    }
    const name = async (slug: string, locale: string) =>
      (await place(slug, `locale=${locale}`)).body.data.name;
    expect(await name('bazar-korgon-district', 'ky')).toBe('Базар-Коргон району');
    expect(await name('bazar-korgon-district', 'ru')).toBe('Базар-Коргонский район');
    expect(await name('bazar-korgon-district', 'en')).toBe('Bazar-Korgon district');
    expect(await name('akman-rural-district', 'ru')).toBe('айылный аймак Акман');
    expect(await name('issyk-kul-oblast', 'ky')).toBe('Ысык-Көл облусу');
    expect(await name('jalal-abad', 'ru')).toBe('Джалал-Абад');
    // Without ?locale the site default, Russian.
    expect((await place('jalal-abad-oblast')).body.data).toMatchObject({
      locale: 'ru',
      name: 'Джалал-Абадская область',
      availableLocales: ['ky', 'ru', 'en'],
    });
  });

  it('carries spelling variants as aliases', async () => {
    const { body } = await tree('under=bazar-korgon-district');
    const aliases = (slug: string) => body.data.find((p) => p.slug === slug)?.aliases;
    expect(aliases('bazar-korgon-district')).toContain('Bazar-Kurgan');
    expect(aliases('bazar-korgon')).toContain('Bazar-Kurgan');
    expect(aliases('seydikum')).toContain('Seidikum');
    expect(aliases('seydikum-rural-district')).toContain('Seidikum');
    expect(aliases('akman')).toEqual([]);
    const detail = await place('kyrgyzstan');
    expect(detail.body.data.aliases).toContain('Kyrgyz Republic');
  });
});

describe('tree filters', () => {
  it('under: the place itself and everything below it, depth first', async () => {
    const { body } = await tree('under=bazar-korgon-district&locale=en');
    expect(body.data.map((p) => p.slug)).toEqual([
      'bazar-korgon-district',
      'akman-rural-district',
      'akman',
      'bazar-korgon-rural-district',
      'bazar-korgon',
      'beshik-zhon-rural-district',
      'beshik-zhon',
      'kenesh-rural-district',
      'kenesh',
      'seydikum-rural-district',
      'seydikum',
    ]);
    expect(body.data[0]).toMatchObject({ parent: 'jalal-abad-oblast', depth: 2 });
    const leaf = await tree('under=seydikum');
    expect(leaf.body.data.map((p) => p.slug)).toEqual(['seydikum']);
    const unknown = await tree('under=atlantis');
    expect(unknown.status).toBe(200);
    expect(unknown.body.data).toEqual([]);
  });

  it('under does not take a sibling whose path merely starts alike', async () => {
    // Osh city and Osh oblast are siblings with similar slugs; Bishkek has no children.
    const { body } = await tree('under=bishkek');
    expect(body.data.map((p) => p.slug)).toEqual(['bishkek']);
    const osh = await tree('under=osh');
    expect(osh.body.data.map((p) => p.slug)).toEqual(['osh']);
  });

  it('kind, alone and with under', async () => {
    const oblasts = await tree('kind=oblast');
    expect(oblasts.body.data.map((p) => p.slug).sort()).toEqual(OBLASTS);
    const districts = await tree('kind=district');
    expect(districts.body.data.length).toBeGreaterThanOrEqual(40);
    expect(districts.body.data.every((p) => p.kind === 'district')).toBe(true);
    const rural = await tree('kind=rural_district&under=kara-suu-district');
    expect(rural.body.data.map((p) => p.slug).sort()).toEqual([
      'kashkar-kyshtak-rural-district',
      'kyzyl-kyshtak-rural-district',
      'mady-rural-district',
      'shark-rural-district',
    ]);
    const settlements = await tree('kind=settlement&under=jalal-abad-oblast');
    expect(settlements.body.data.map((p) => p.slug).sort()).toEqual([
      'akman',
      'bazar-korgon',
      'beshik-zhon',
      'jalal-abad',
      'kenesh',
      'seydikum',
    ]);
    const none = await tree('kind=country&under=chui-oblast');
    expect(none.body.data).toEqual([]);
  });

  it('shows new places under their parent', async () => {
    const village = await newPlace({ parentSlug: 'chui-district', name: 'Probe village' });
    const { body } = await tree('under=chui-district&locale=en');
    expect(body.data.find((p) => p.slug === village.slug)).toMatchObject({
      parent: 'chui-district',
      depth: 3,
      name: 'Probe village',
      // Only English exists: that is what is served, and said.
      locale: 'en',
    });
    const ky = await tree('under=chui-district&locale=ky');
    expect(ky.body.data.find((p) => p.slug === village.slug)).toMatchObject({
      name: 'Probe village',
      locale: 'en',
    });
  });
});

describe('one place', () => {
  it('Bazar-Korgon district: path, children by name, and its 5 workshops', async () => {
    const { status, body } = await place('bazar-korgon-district', 'locale=en');
    expect(status).toBe(200);
    expect(body.data).toMatchObject({
      slug: 'bazar-korgon-district',
      kind: 'district',
      name: 'Bazar-Korgon district',
      locale: 'en',
      latitude: 41.037,
      longitude: 72.747,
      eventCount: 5,
      eventCountHere: 0,
    });
    expect(body.data.path).toEqual([
      { slug: 'kyrgyzstan', kind: 'country', name: 'Kyrgyzstan' },
      { slug: 'jalal-abad-oblast', kind: 'oblast', name: 'Jalal-Abad oblast' },
      { slug: 'bazar-korgon-district', kind: 'district', name: 'Bazar-Korgon district' },
    ]);
    expect(body.data.children).toEqual([
      { slug: 'akman-rural-district', kind: 'rural_district', name: 'Akman rural district' },
      {
        slug: 'bazar-korgon-rural-district',
        kind: 'rural_district',
        name: 'Bazar-Korgon rural district',
      },
      {
        slug: 'beshik-zhon-rural-district',
        kind: 'rural_district',
        name: 'Beshik-Zhon rural district',
      },
      { slug: 'kenesh-rural-district', kind: 'rural_district', name: 'Kenesh rural district' },
      { slug: 'seydikum-rural-district', kind: 'rural_district', name: 'Seydikum rural district' },
    ]);
    expect(body.data.aliases).toEqual(expect.arrayContaining(['Bazar-Kurgan', 'Базар-Курган']));
  });

  it('counts events here and below: Akman 2, Seydikum 1, Jalal-Abad oblast 5', async () => {
    expect((await place('akman-rural-district')).body.data).toMatchObject({
      eventCount: 2,
      eventCountHere: 2,
    });
    expect((await place('seydikum-rural-district')).body.data).toMatchObject({
      eventCount: 1,
      eventCountHere: 0,
    });
    expect((await place('seydikum')).body.data).toMatchObject({
      eventCount: 1,
      eventCountHere: 1,
    });
    expect((await place('jalal-abad-oblast')).body.data).toMatchObject({
      eventCount: 5,
      eventCountHere: 0,
    });
    expect((await place('kenesh')).body.data).toMatchObject({
      eventCount: 0,
      eventCountHere: 0,
      children: [],
    });
  });

  it('counts public events only', async () => {
    const village = await newPlace({ parentSlug: 'jumgal-district' });
    await newEvent({ placeId: village.id });
    await newEvent({ placeId: village.id, status: 'draft' });
    await newEvent({ placeId: village.id, publishAt: new Date(Date.now() + 86_400_000) });
    expect((await place(village.slug)).body.data).toMatchObject({
      eventCount: 1,
      eventCountHere: 1,
    });
    expect((await place('jumgal-district')).body.data).toMatchObject({
      eventCount: 1,
      eventCountHere: 0,
    });
  });

  /** A settlement under `parentSlug` without any name, as an editor may leave it for now. */
  async function namelessPlace(parentSlug: string) {
    const created = await newPlace({ parentSlug });
    const { app, database } = await testApp();
    await database.db.delete(placeTranslations).where(eq(placeTranslations.placeId, created.id));
    await app.publicCache.invalidate();
    return created;
  }

  it('a place nobody named yet keeps its slug as name, in the tree and on its own page', async () => {
    const nameless = await namelessPlace('toktogul-district');
    const { body } = await tree('under=toktogul-district&locale=en');
    expect(body.data.find((p) => p.slug === nameless.slug)?.name).toBe(nameless.slug);
    const parent = await place('toktogul-district', 'locale=en');
    expect(parent.body.data.children).toContainEqual({
      slug: nameless.slug,
      kind: 'settlement',
      name: nameless.slug,
    });
    const own = await place(nameless.slug, 'locale=en');
    expect(own.status).toBe(200);
    expect(own.body.data).toMatchObject({ name: nameless.slug, availableLocales: [] });
  });

  // Known bug (src/modules/places/sql.ts, placeWithPathJson): path entries take the name from
  // the translation only, without the slug fallback the tree and children use, so a nameless
  // place shows as "" in its own path (and as an event's place). Flip to `it` once fixed.
  it('a place nobody named yet keeps its slug as name in paths too', async () => {
    const nameless = await namelessPlace('toktogul-district');
    const own = await place(nameless.slug, 'locale=en');
    expect(own.body.data.path.at(-1)).toEqual({
      slug: nameless.slug,
      kind: 'settlement',
      name: nameless.slug,
    });
  });

  it('an unknown place is a problem 404', async () => {
    const r = await getJson<Problem>('/api/v1/places/atlantis');
    expect(r.status).toBe(404);
    expect(r.headers['content-type']).toContain('application/problem+json');
    expect(r.body.status).toBe(404);
  });
});

describe('bad input to places', () => {
  const cases: [string, string, string][] = [
    ['unknown parameter', '/api/v1/places?parent=chui-oblast', 'parent'],
    ['the tree is not paginated', '/api/v1/places?page=2', 'page'],
    ['unknown kind', '/api/v1/places?kind=village', 'kind'],
    ['under not a slug', '/api/v1/places?under=Chui%20oblast', 'under'],
    ['unknown locale', '/api/v1/places?locale=uz', 'locale'],
    ['unknown parameter on detail', '/api/v1/places/bishkek?under=kyrgyzstan', 'under'],
    ['slug with an underscore', '/api/v1/places/jalal_abad', 'slug'],
  ];

  it.each(cases)('%s', async (_name, url, field) => {
    const r = await getJson<Problem>(url);
    expect(r.status).toBe(400);
    expect(r.headers['content-type']).toContain('application/problem+json');
    expect(r.body.errors?.map((e) => e.field)).toContain(field);
  });
});

describe('the tree after a new place is added', () => {
  it('keeps the new place right after its parent when ids are out of order', async () => {
    // A node whose id is larger than its later siblings' must still follow its own parent.
    const { app, database } = await testApp();
    const child = await newPlace({ parentSlug: 'kochkor-district', name: 'Late child' });
    const [row] = await database.db.select().from(places).where(eq(places.id, child.id));
    expect(row!.path.endsWith(`/${child.id}/`)).toBe(true);
    await app.publicCache.invalidate();
    const { body } = await tree('under=naryn-oblast');
    const slugs = body.data.map((p) => p.slug);
    expect(slugs.indexOf(child.slug)).toBe(slugs.indexOf('kochkor-district') + 1);
  });
});

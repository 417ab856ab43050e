import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { organizations, projectPartners } from '../src/db/schema/index.js';
import { getJson, testApp } from './helpers/app.js';
import { newEvent, newOrganization, newProject } from './helpers/factories.js';

interface OrganizationItem {
  id: number;
  slug: string;
  kind: string;
  locale: string;
  availableLocales: string[];
  name: string;
  shortName: string | null;
  websiteUrl: string | null;
  logo: unknown;
}
interface List {
  data: OrganizationItem[];
  meta: { page: number; pageSize: number; total: number; locale: string };
}
interface Detail {
  data: OrganizationItem & {
    description: string | null;
    place: { slug: string; path: { slug: string }[] } | null;
    projects: { slug: string; kind: string; title: string; role: string }[];
    eventCount: number;
  };
}
interface Problem {
  status: number;
  title: string;
  errors?: { in: string; field: string }[];
}

const FOOTER = ['bread-for-the-world', 'australian-aid', 'eraiym-aid-trust-uk', 'asa', 'gamsumo'];
/** The seed's organizations, by English name. */
const SEED_BY_ENGLISH_NAME = [
  'akman-rural-administration', // Akman rural administration
  'asa', // ASA programme
  'australian-aid',
  'bread-for-the-world',
  'center-for-gender-information',
  'eraiym-aid-trust-uk',
  'eraiym', // Eraiym Women's Public Union
  'kyrgyz-womens-court-association',
  'kywraw', // KyWRAW network
  'bishkek-police-department', // Police Department of Bishkek
  'gamsumo', // State Agency for Local Self-Government and Interethnic Relations
];
const list = (query: string) => getJson<List>(`/api/v1/organizations?${query}`);
const slugsOf = (r: { body: List }) => r.body.data.map((o) => o.slug);

describe('the organizations of the seed', () => {
  it('are listed with their kinds and English names', async () => {
    const { status, body } = await list('locale=en&pageSize=100');
    expect(status).toBe(200);
    const bySlug = new Map(body.data.map((o) => [o.slug, o]));
    expect(bySlug.get('eraiym')).toMatchObject({
      kind: 'ngo',
      name: "Eraiym Women's Public Union",
      shortName: 'Eraiym',
      locale: 'en',
    });
    expect(bySlug.get('kywraw')).toMatchObject({ kind: 'network', name: 'KyWRAW network' });
    expect(bySlug.get('center-for-gender-information')).toMatchObject({
      kind: 'association',
      name: 'Center for Gender Information',
    });
    expect(bySlug.get('akman-rural-administration')).toMatchObject({
      kind: 'state_body',
      name: 'Akman rural administration',
    });
    expect(bySlug.get('bread-for-the-world')).toMatchObject({
      kind: 'donor',
      websiteUrl: 'https://www.brot-fuer-die-welt.de/',
    });
    expect(bySlug.get('gamsumo')).toMatchObject({ kind: 'state_body', shortName: 'GAMSUMO' });
  });

  it('read alphabetically by name in the requested language', async () => {
    const { body } = await list('locale=en&pageSize=100');
    const seed = new Set(SEED_BY_ENGLISH_NAME);
    expect(body.data.map((o) => o.slug).filter((slug) => seed.has(slug))).toEqual(
      SEED_BY_ENGLISH_NAME,
    );
  });

  it('say which languages they exist in, and fall back when the requested one is missing', async () => {
    const { body } = await list('locale=ky&pageSize=100');
    const eraiym = body.data.find((o) => o.slug === 'eraiym')!;
    expect(eraiym).toMatchObject({ locale: 'ky', shortName: 'Эрайым' });
    expect(eraiym.availableLocales).toEqual(['ky', 'ru', 'en']);
    // Bread for the World has no Kyrgyz text: the site default (ru) is served.
    const bftw = body.data.find((o) => o.slug === 'bread-for-the-world')!;
    expect(bftw).toMatchObject({ locale: 'ru', name: 'Хлеб для мира' });
    expect(bftw.availableLocales).toEqual(['ru', 'en']);
  });

  it('footer=true gives the donors of the footer in footer order', async () => {
    const { status, body } = await list('footer=true&locale=en');
    expect(status).toBe(200);
    expect(body.data.map((o) => o.slug)).toEqual(FOOTER);
    expect(body.data.map((o) => o.name)).toEqual([
      'Bread for the World',
      'Australian Aid',
      'Eraiym Aid Trust UK',
      'ASA programme',
      'State Agency for Local Self-Government and Interethnic Relations',
    ]);
    expect(body.meta.total).toBe(5);
  });

  it('footer=false gives the others', async () => {
    const slugs = slugsOf(await list('footer=false&pageSize=100'));
    expect(slugs).toContain('eraiym');
    expect(slugs).toContain('kywraw');
    for (const slug of FOOTER) expect(slugs).not.toContain(slug);
  });
});

describe('organization filters', () => {
  it('kind', async () => {
    const donors = await list('kind=donor&pageSize=100');
    expect(donors.body.data.every((o) => o.kind === 'donor')).toBe(true);
    expect(slugsOf(donors)).toEqual(
      expect.arrayContaining(['bread-for-the-world', 'australian-aid', 'eraiym-aid-trust-uk']),
    );
    expect(slugsOf(donors)).not.toContain('gamsumo');
    const networks = await list('kind=network&pageSize=100');
    expect(slugsOf(networks)).toEqual(['kywraw']);
    const states = await list('kind=state_body&pageSize=100');
    expect(slugsOf(states).sort()).toEqual([
      'akman-rural-administration',
      'bishkek-police-department',
      'gamsumo',
    ]);
    const crisisCentres = await list('kind=crisis_centre');
    expect(crisisCentres.status).toBe(200);
    expect(crisisCentres.body).toMatchObject({ data: [], meta: { total: 0 } });
  });

  it('kind and footer together', async () => {
    const r = await list('kind=state_body&footer=true');
    expect(slugsOf(r)).toEqual(['gamsumo']);
  });

  it('q matches a part of the name or short name in any language, case-insensitively', async () => {
    expect(slugsOf(await list('q=gender'))).toEqual(['center-for-gender-information']);
    expect(slugsOf(await list('q=KYWRAW'))).toEqual(['kywraw']);
    // The short name "ГАМСУМО" exists in Russian only; searching it works whatever the locale.
    expect(slugsOf(await list(`q=${encodeURIComponent('гамсумо')}&locale=en`))).toEqual([
      'gamsumo',
    ]);
    const cyrillic = await list(`q=${encodeURIComponent('эрайым')}&locale=en`);
    expect(slugsOf(cyrillic)).toEqual(['eraiym']);
    // …and answers in the requested language.
    expect(cyrillic.body.data[0]!.name).toBe("Eraiym Women's Public Union");
    const akman = await list(`q=${encodeURIComponent('Акман')}&locale=ru`);
    expect(akman.body.data).toEqual([
      expect.objectContaining({
        slug: 'akman-rural-administration',
        name: 'Акманский айыл окмоту',
      }),
    ]);
  });

  it('q treats % and _ as plain characters', async () => {
    expect((await list('q=%25')).body.meta.total).toBe(0);
    expect((await list('q=_')).body.meta.total).toBe(0);
    expect((await list('q=zzznomatchzzz')).body.data).toEqual([]);
  });
});

describe('organization paging', () => {
  it('pageSize 1 pages through the footer one by one, with Link headers', async () => {
    const first = await list('footer=true&pageSize=1');
    expect(first.body.data.map((o) => o.slug)).toEqual(['bread-for-the-world']);
    expect(first.body.meta).toMatchObject({ page: 1, pageSize: 1, total: 5 });
    expect(String(first.headers.link)).toContain('rel="next"');
    expect(String(first.headers.link)).toContain('footer=true');
    const seen: string[] = [];
    for (let page = 1; page <= 5; page++) {
      const r = await list(`footer=true&pageSize=1&page=${page}`);
      expect(r.body.data).toHaveLength(1);
      seen.push(r.body.data[0]!.slug);
    }
    expect(seen).toEqual(FOOTER);
    const last = await list('footer=true&pageSize=1&page=5');
    expect(String(last.headers.link)).not.toContain('rel="next"');
  });

  it('a page past the end is empty but keeps the total', async () => {
    const r = await list('footer=true&pageSize=2&page=4');
    expect(r.status).toBe(200);
    expect(r.body.data).toEqual([]);
    expect(r.body.meta).toMatchObject({ page: 4, pageSize: 2, total: 5 });
    expect(String(r.headers.link)).toContain('rel="prev"');
    const far = await list('page=100000');
    expect(far.status).toBe(200);
    expect(far.body.data).toEqual([]);
    expect(far.body.meta.total).toBeGreaterThanOrEqual(11);
  });
});

describe('one organization', () => {
  it('Eraiym: its place, its projects with roles and its events', async () => {
    const { status, body } = await getJson<Detail>('/api/v1/organizations/eraiym?locale=en');
    expect(status).toBe(200);
    expect(body.data).toMatchObject({ slug: 'eraiym', kind: 'ngo', locale: 'en' });
    expect(body.data.description).toContain('Offices in Bazar-Korgon and Bishkek');
    expect(body.data.place?.slug).toBe('bishkek');
    expect(body.data.place?.path.map((p) => p.slug)).toEqual(['kyrgyzstan', 'bishkek']);
    expect(body.data.projects.map((p) => [p.slug, p.kind, p.role]).sort()).toEqual([
      ['capacity-building-of-womens-csos', 'project', 'lead'],
      ['ray-of-light', 'initiative', 'supporter'],
    ]);
    expect(body.data.projects.find((p) => p.slug === 'ray-of-light')!.title).toBe('Ray of Light');
    expect(body.data.eventCount).toBe(6);
  });

  it('KyWRAW initiated Ray of Light; the Akman administration hosted one event', async () => {
    const kywraw = await getJson<Detail>('/api/v1/organizations/kywraw?locale=ru');
    expect(kywraw.body.data.projects).toEqual([
      { slug: 'ray-of-light', kind: 'initiative', title: 'Луч света', role: 'initiator' },
    ]);
    expect(kywraw.body.data.eventCount).toBe(0);
    expect(kywraw.body.data.place).toBeNull();
    const akman = await getJson<Detail>('/api/v1/organizations/akman-rural-administration');
    expect(akman.body.data.eventCount).toBe(1);
    expect(akman.body.data.projects).toEqual([]);
    expect(akman.body.data.place?.path.map((p) => p.slug)).toEqual([
      'kyrgyzstan',
      'jalal-abad-oblast',
      'bazar-korgon-district',
      'akman-rural-district',
    ]);
    const cgi = await getJson<Detail>('/api/v1/organizations/center-for-gender-information');
    expect(cgi.body.data.eventCount).toBe(6);
    expect(cgi.body.data.projects.map((p) => [p.slug, p.role])).toEqual([
      ['capacity-building-of-womens-csos', 'partner'],
    ]);
  });

  it('counts only public events and lists only public projects, one entry per role', async () => {
    const org = await newOrganization();
    const shown = await newProject();
    const hidden = await newProject({ status: 'draft' });
    const { database } = await testApp();
    await database.db.insert(projectPartners).values([
      { projectId: shown.id, organizationId: org.id, role: 'lead' },
      { projectId: shown.id, organizationId: org.id, role: 'funder' },
      { projectId: hidden.id, organizationId: org.id, role: 'lead' },
    ]);
    await newEvent({ partners: [{ id: org.id, role: 'host' }] });
    // Two roles at one event are still one event.
    await newEvent({
      partners: [
        { id: org.id, role: 'organizer' },
        { id: org.id, role: 'funder' },
      ],
    });
    await newEvent({ status: 'draft', partners: [{ id: org.id, role: 'host' }] });
    await newEvent({
      publishAt: new Date(Date.now() + 86_400_000),
      partners: [{ id: org.id, role: 'host' }],
    });
    const { app } = await testApp();
    await app.publicCache.invalidate();
    const { body } = await getJson<Detail>(`/api/v1/organizations/${org.slug}`);
    expect(body.data.eventCount).toBe(2);
    expect(body.data.projects.map((p) => [p.slug, p.role]).sort()).toEqual([
      [shown.slug, 'funder'],
      [shown.slug, 'lead'],
    ]);
  });

  it('an unknown slug is a problem 404', async () => {
    const r = await getJson<Problem>('/api/v1/organizations/no-such-organization');
    expect(r.status).toBe(404);
    expect(r.headers['content-type']).toContain('application/problem+json');
    expect(r.body.status).toBe(404);
  });
});

describe('unpublished organizations', () => {
  it('drafts, archived and scheduled ones are neither listed, found nor shown', async () => {
    const draft = await newOrganization({ status: 'draft' });
    const review = await newOrganization({ status: 'review' });
    const archived = await newOrganization({ status: 'archived' });
    const scheduled = await newOrganization();
    const visible = await newOrganization();
    const { app, database } = await testApp();
    await database.db
      .update(organizations)
      .set({ publishAt: new Date(Date.now() + 86_400_000) })
      .where(eq(organizations.id, scheduled.id));
    await app.publicCache.invalidate();

    const all = slugsOf(await list('pageSize=100'));
    expect(all).toContain(visible.slug);
    expect(slugsOf(await list(`q=${visible.slug}`))).toEqual([visible.slug]);
    for (const hidden of [draft, review, archived, scheduled]) {
      expect(all).not.toContain(hidden.slug);
      const searched = await list(`q=${hidden.slug}`);
      expect(searched.body.meta.total, hidden.slug).toBe(0);
      const r = await getJson(`/api/v1/organizations/${hidden.slug}`);
      expect(r.status, hidden.slug).toBe(404);
    }
    expect((await getJson(`/api/v1/organizations/${visible.slug}`)).status).toBe(200);
  });

  it('a hidden footer organization stays out of the footer', async () => {
    const draft = await newOrganization({ status: 'draft' });
    const { app, database } = await testApp();
    await database.db
      .update(organizations)
      .set({ showInFooter: true, footerOrder: 0 })
      .where(eq(organizations.id, draft.id));
    await app.publicCache.invalidate();
    expect(slugsOf(await list('footer=true'))).toEqual(FOOTER);
  });

  it('a scheduled organization appears once its time has come', async () => {
    const org = await newOrganization();
    const { app, database } = await testApp();
    await database.db
      .update(organizations)
      .set({ publishAt: new Date(Date.now() + 1500) })
      .where(eq(organizations.id, org.id));
    await app.publicCache.invalidate();
    expect((await getJson(`/api/v1/organizations/${org.slug}`)).status).toBe(404);
    await new Promise((resolve) => setTimeout(resolve, 2000));
    expect((await getJson(`/api/v1/organizations/${org.slug}`)).status).toBe(200);
  });
});

describe('bad input to organizations', () => {
  const cases: [string, string, string][] = [
    ['unknown parameter', '/api/v1/organizations?colour=red', 'colour'],
    ['misspelt filter', '/api/v1/organizations?knd=ngo', 'knd'],
    ['unknown kind', '/api/v1/organizations?kind=company', 'kind'],
    ['footer not a boolean', '/api/v1/organizations?footer=maybe', 'footer'],
    ['empty search', '/api/v1/organizations?q=', 'q'],
    ['overlong search', `/api/v1/organizations?q=${'a'.repeat(201)}`, 'q'],
    ['pageSize 0', '/api/v1/organizations?pageSize=0', 'pageSize'],
    ['pageSize 101', '/api/v1/organizations?pageSize=101', 'pageSize'],
    ['page 0', '/api/v1/organizations?page=0', 'page'],
    ['unknown locale', '/api/v1/organizations?locale=de', 'locale'],
    ['unknown parameter on detail', '/api/v1/organizations/eraiym?kind=ngo', 'kind'],
    ['upper-case slug', '/api/v1/organizations/Eraiym', 'slug'],
  ];

  it.each(cases)('%s', async (_name, url, field) => {
    const r = await getJson<Problem>(url);
    expect(r.status).toBe(400);
    expect(r.headers['content-type']).toContain('application/problem+json');
    expect(r.body.status).toBe(400);
    expect(r.body.errors?.map((e) => e.field)).toContain(field);
  });
});

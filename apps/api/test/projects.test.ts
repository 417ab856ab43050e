import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import {
  articleProjects,
  communityGroupProjects,
  communityGroups,
  communityGroupTranslations,
  projectIndicators,
  projectIndicatorTranslations,
  projectPartners,
  projectPhases,
  projects,
  projectTranslations,
} from '../src/db/schema/index.js';
import { getJson, testApp } from './helpers/app.js';
import {
  newArticle,
  newEvent,
  newOrganization,
  newPlace,
  newProject,
  unique,
} from './helpers/factories.js';

interface ProjectItem {
  id: number;
  slug: string;
  kind: string;
  locale: string;
  availableLocales: string[];
  title: string;
  summary: string | null;
  startsOn: string | null;
  endsOn: string | null;
}
interface List {
  data: ProjectItem[];
  meta: { page: number; pageSize: number; total: number; locale: string };
}
interface Participants {
  women: number | null;
  girls: number | null;
  men: number | null;
  boys: number | null;
  unspecified: number | null;
  total: number | null;
  suppressed?: string[];
}
interface Detail {
  data: ProjectItem & {
    description: string | null;
    updatedAt: string;
    partners: { slug: string; kind: string; name: string; role: string }[];
    series: { slug: string; eventCount: number }[];
    eventCount: number;
    participants: Participants;
  };
}
interface Problem {
  status: number;
  errors?: { field: string }[];
}

const RAY = 'ray-of-light';
const CAPACITY = 'capacity-building-of-womens-csos';
const SEED_TOTALS: Participants = {
  women: 23,
  girls: 8,
  men: null,
  boys: null,
  unspecified: null,
  total: 31,
  suppressed: [],
};

const list = (query: string) => getJson<List>(`/api/v1/projects?${query}`);
const slugsOf = (r: { body: List }) => r.body.data.map((p) => p.slug);
const detail = (slug: string, query = '') =>
  getJson<Detail>(`/api/v1/projects/${slug}${query ? `?${query}` : ''}`);

async function addPartner(
  projectId: number,
  organizationId: number,
  role: 'lead' | 'partner' | 'funder' | 'initiator' | 'supporter',
) {
  const { app, database } = await testApp();
  await database.db.insert(projectPartners).values({ projectId, organizationId, role });
  await app.publicCache.invalidate();
}

describe('the projects of the seed', () => {
  it('are listed with their kinds and titles', async () => {
    const { status, body } = await list('locale=en&pageSize=100');
    expect(status).toBe(200);
    const ray = body.data.find((p) => p.slug === RAY);
    expect(ray).toMatchObject({ kind: 'initiative', title: 'Ray of Light', locale: 'en' });
    expect(ray?.summary).toContain('KyWRAW');
    const capacity = body.data.find((p) => p.slug === CAPACITY);
    expect(capacity).toMatchObject({ kind: 'project', startsOn: null, endsOn: null });
    expect(capacity?.title).toMatch(/^Capacity building of women's CSOs/);
    expect(capacity?.availableLocales).toEqual(['ky', 'ru', 'en']);
  });

  it('answer in the requested language', async () => {
    const ky = await detail(RAY, 'locale=ky');
    expect(ky.body.data).toMatchObject({ locale: 'ky', title: 'Жарык нуру' });
    const ru = await detail(RAY);
    expect(ru.body.data).toMatchObject({ locale: 'ru', title: 'Луч света' });
  });

  it('Ray of Light: an initiative of KyWRAW supported by Eraiym', async () => {
    const { status, body } = await detail(RAY, 'locale=en');
    expect(status).toBe(200);
    expect(body.data.kind).toBe('initiative');
    expect(body.data.partners.map((p) => [p.slug, p.kind, p.role])).toEqual([
      ['kywraw', 'network', 'initiator'],
      ['eraiym', 'ngo', 'supporter'],
    ]);
    expect(body.data.partners[0]!.name).toBe('KyWRAW network');
  });

  it('the capacity-building project: led by Eraiym with the Center for Gender Information', async () => {
    const { body } = await detail(CAPACITY, 'locale=en');
    expect(body.data.kind).toBe('project');
    expect(body.data.partners.map((p) => [p.slug, p.role])).toEqual([
      ['eraiym', 'lead'],
      ['center-for-gender-information', 'partner'],
    ]);
  });

  it('both count the six workshops: 23 women and 8 girls, 31 in all, men and boys not reported', async () => {
    for (const slug of [RAY, CAPACITY]) {
      const { body } = await detail(slug);
      expect(body.data.eventCount, slug).toBe(6);
      expect(body.data.participants, slug).toEqual(SEED_TOTALS);
      expect(body.data.series.map((s) => [s.slug, s.eventCount])).toEqual([
        ['harassment-workshops-2022', 6],
      ]);
    }
  });
});

describe('project filters', () => {
  it('kind', async () => {
    const initiatives = await list('kind=initiative&pageSize=100');
    expect(initiatives.body.data.every((p) => p.kind === 'initiative')).toBe(true);
    expect(slugsOf(initiatives)).toContain(RAY);
    expect(slugsOf(initiatives)).not.toContain(CAPACITY);
    const plain = await list('kind=project&pageSize=100');
    expect(plain.body.data.every((p) => p.kind === 'project')).toBe(true);
    expect(slugsOf(plain)).toContain(CAPACITY);
    expect(slugsOf(plain)).not.toContain(RAY);
  });

  it('partner', async () => {
    expect(slugsOf(await list('partner=kywraw'))).toEqual([RAY]);
    expect(slugsOf(await list('partner=center-for-gender-information'))).toEqual([CAPACITY]);
    expect(slugsOf(await list('partner=eraiym')).sort()).toEqual([CAPACITY, RAY]);
    expect(slugsOf(await list('partner=eraiym&kind=initiative'))).toEqual([RAY]);
    const nobody = await list('partner=no-such-organization');
    expect(nobody.status).toBe(200);
    expect(nobody.body).toMatchObject({ data: [], meta: { total: 0 } });
  });

  it('partner does not match through an unpublished organization', async () => {
    const project = await newProject();
    const draftOrg = await newOrganization({ status: 'draft' });
    await addPartner(project.id, draftOrg.id, 'funder');
    expect(slugsOf(await list(`partner=${draftOrg.slug}`))).toEqual([]);
    const { body } = await detail(project.slug);
    expect(body.data.partners).toEqual([]);
  });

  it('the most recently started first, undated last; paging with pageSize 1', async () => {
    const partner = await newOrganization();
    const older = await newProject();
    const newer = await newProject();
    const undated = await newProject();
    const { database } = await testApp();
    await database.db
      .update(projects)
      .set({ startsOn: '2019-03-01', endsOn: '2020-12-31' })
      .where(eq(projects.id, older.id));
    await database.db
      .update(projects)
      .set({ startsOn: '2023-01-15' })
      .where(eq(projects.id, newer.id));
    for (const p of [older, newer, undated]) await addPartner(p.id, partner.id, 'partner');
    const all = await list(`partner=${partner.slug}`);
    expect(slugsOf(all)).toEqual([newer.slug, older.slug, undated.slug]);
    expect(all.body.data[1]).toMatchObject({ startsOn: '2019-03-01', endsOn: '2020-12-31' });
    const second = await list(`partner=${partner.slug}&pageSize=1&page=2`);
    expect(slugsOf(second)).toEqual([older.slug]);
    expect(second.body.meta).toMatchObject({ page: 2, pageSize: 1, total: 3 });
    const past = await list(`partner=${partner.slug}&pageSize=1&page=4`);
    expect(past.status).toBe(200);
    expect(past.body.data).toEqual([]);
    expect(past.body.meta.total).toBe(3);
  });
});

describe('visibility of projects and their figures', () => {
  it('a scheduled or draft project is neither listed nor shown', async () => {
    const scheduled = await newProject();
    const draft = await newProject({ status: 'draft' });
    const { app, database } = await testApp();
    await database.db
      .update(projects)
      .set({ publishAt: new Date(Date.now() + 86_400_000) })
      .where(eq(projects.id, scheduled.id));
    await app.publicCache.invalidate();
    const all = slugsOf(await list('pageSize=100'));
    for (const hidden of [scheduled, draft]) {
      expect(all).not.toContain(hidden.slug);
      const r = await getJson<Problem>(`/api/v1/projects/${hidden.slug}`);
      expect(r.status, hidden.slug).toBe(404);
      expect(r.headers['content-type']).toContain('application/problem+json');
    }
  });

  it('counts of draft and scheduled events do not enter the totals', async () => {
    const project = await newProject();
    await newEvent({ projectIds: [project.id], counts: { women: 12, girls: 6 } });
    await newEvent({ projectIds: [project.id], counts: { women: 3, unspecified: 4 } });
    await newEvent({
      projectIds: [project.id],
      status: 'draft',
      counts: { women: 100, men: 50 },
    });
    await newEvent({
      projectIds: [project.id],
      publishAt: new Date(Date.now() + 86_400_000),
      counts: { women: 1000, boys: 70 },
    });
    const { body } = await detail(project.slug);
    expect(body.data.eventCount).toBe(2);
    // 4 of unspecified group is withheld as in the public statistics, and girls (6) with it,
    // or the total minus the others would give it away.
    expect(body.data.participants).toEqual({
      women: 15,
      girls: null,
      men: null,
      boys: null,
      unspecified: null,
      total: 25,
      suppressed: ['unspecified', 'girls'],
    });
  });

  it('a project without public events has no figures rather than zeros', async () => {
    const project = await newProject();
    await newEvent({ projectIds: [project.id], status: 'draft', counts: { women: 9 } });
    const { body } = await detail(project.slug);
    expect(body.data.eventCount).toBe(0);
    expect(body.data.series).toEqual([]);
    expect(body.data.participants).toEqual({
      women: null,
      girls: null,
      men: null,
      boys: null,
      unspecified: null,
      total: null,
      suppressed: [],
    });
  });

  it('an unknown project is a problem 404', async () => {
    const r = await getJson<Problem>('/api/v1/projects/no-such-project');
    expect(r.status).toBe(404);
    expect(r.headers['content-type']).toContain('application/problem+json');
    expect(r.body.status).toBe(404);
  });
});

describe('bad input to projects', () => {
  const cases: [string, string, string][] = [
    ['unknown parameter', '/api/v1/projects?status=draft', 'status'],
    ['unknown kind', '/api/v1/projects?kind=programme', 'kind'],
    ['partner not a slug', `/api/v1/projects?partner=${encodeURIComponent('Eraiym!')}`, 'partner'],
    ['pageSize too large', '/api/v1/projects?pageSize=1000', 'pageSize'],
    ['unknown parameter on detail', '/api/v1/projects/ray-of-light?partner=kywraw', 'partner'],
    ['unknown locale on detail', '/api/v1/projects/ray-of-light?locale=fr', 'locale'],
  ];

  it.each(cases)('%s', async (_name, url, field) => {
    const r = await getJson<Problem>(url);
    expect(r.status).toBe(400);
    expect(r.headers['content-type']).toContain('application/problem+json');
    expect(r.body.errors?.map((e) => e.field)).toContain(field);
  });
});

interface RecordDetail {
  data: {
    goal: string | null;
    budget: { amount: number; currency: string } | null;
    phases: { label: string; startsOn: string | null; endsOn: string | null }[];
    donors: { slug: string; name: string; role?: string }[];
    partners: { slug: string; role: string }[];
    indicators: { label: string; value: number; unit: string | null }[];
    eventCount: number;
    participants: Participants;
    groups: { slug: string; kind: string; name: string; placeName: string | null }[];
    articles: { slug: string; locale: string; title: string; publishedAt: string }[];
  };
}

/** A published community group of `kind` in `placeId`, linked to project `projectId`. */
async function newLinkedGroup(
  projectId: number,
  opts: { status?: 'draft' | 'published'; placeId?: number; name: string },
) {
  const { database } = await testApp();
  const slug = unique('group');
  const [group] = await database.db
    .insert(communityGroups)
    .values({
      slug,
      kind: 'self_help_group',
      placeId: opts.placeId ?? null,
      status: opts.status ?? 'published',
      publishAt: new Date(Date.now() - 3600_000),
    })
    .returning();
  await database.db
    .insert(communityGroupTranslations)
    .values({ groupId: group!.id, locale: 'en', name: opts.name });
  await database.db.insert(communityGroupProjects).values({ groupId: group!.id, projectId });
  return { id: group!.id, slug };
}

describe('project records: phases, budget, goal, donors, indicators, groups, articles', () => {
  it('shows what the project page shows, in order, with figures from its public events', async () => {
    const project = await newProject();
    const funder = await newOrganization();
    const lead = await newOrganization();
    const { app, database } = await testApp();
    const db = database.db;
    await db
      .update(projects)
      .set({ budgetAmount: '125000.50', budgetCurrency: 'EUR' })
      .where(eq(projects.id, project.id));
    await db
      .update(projectTranslations)
      .set({ goal: 'Women monitor the national commitments' })
      .where(eq(projectTranslations.projectId, project.id));
    await db.insert(projectPhases).values([
      { projectId: project.id, position: 2, label: 'II', startsOn: '2021-01-01', endsOn: null },
      {
        projectId: project.id,
        position: 1,
        label: 'I',
        startsOn: '2018-01-01',
        endsOn: '2020-12-31',
      },
    ]);
    for (const [position, value, label, unit] of [
      [2, '1200', 'women trained', 'people'],
      [1, '40', 'maternal schools', null],
    ] as const) {
      const [row] = await db
        .insert(projectIndicators)
        .values({ projectId: project.id, position, value })
        .returning();
      await db
        .insert(projectIndicatorTranslations)
        .values({ indicatorId: row!.id, locale: 'en', label, unit });
    }
    await db.insert(projectPartners).values([
      { projectId: project.id, organizationId: funder.id, role: 'funder' },
      { projectId: project.id, organizationId: lead.id, role: 'lead' },
    ]);
    const village = await newPlace({ name: 'Akman' });
    const group = await newLinkedGroup(project.id, { name: 'Ak-Tilek', placeId: village.id });
    await newLinkedGroup(project.id, { name: 'Draft group', status: 'draft' });

    const event = await newEvent({ projectIds: [project.id], counts: { women: 20, girls: 9 } });
    await newEvent({ projectIds: [project.id], status: 'draft', counts: { women: 500 } });
    const draftEvent = await newEvent({ projectIds: [project.id], status: 'draft' });
    const older = await newArticle({
      publishAt: new Date('2022-01-01T00:00:00Z'),
      eventIds: [event.id],
    });
    const linked = await newArticle({ publishAt: new Date('2023-01-01T00:00:00Z') });
    // Linked directly and reporting on its event: listed once.
    const both = await newArticle({
      publishAt: new Date('2024-01-01T00:00:00Z'),
      eventIds: [event.id],
    });
    const unpublished = await newArticle({ status: 'draft' });
    const onDraftEvent = await newArticle({ eventIds: [draftEvent.id] });
    for (const a of [linked, both, unpublished])
      await db.insert(articleProjects).values({ articleId: a.id, projectId: project.id });
    await app.publicCache.invalidate();

    const { status, body } = await getJson<RecordDetail>(`/api/v1/projects/${project.slug}`);
    expect(status).toBe(200);
    const d = body.data;
    expect(d.goal).toBe('Women monitor the national commitments');
    expect(d.budget).toEqual({ amount: 125000.5, currency: 'EUR' });
    expect(d.phases).toEqual([
      { label: 'I', startsOn: '2018-01-01', endsOn: '2020-12-31' },
      { label: 'II', startsOn: '2021-01-01', endsOn: null },
    ]);
    expect(d.donors.map((o) => o.slug)).toEqual([funder.slug]);
    expect(d.donors[0]).not.toHaveProperty('role');
    expect(d.partners.map((p) => [p.slug, p.role])).toEqual([
      [lead.slug, 'lead'],
      [funder.slug, 'funder'],
    ]);
    expect(d.indicators).toEqual([
      { label: 'maternal schools', value: 40, unit: null },
      { label: 'women trained', value: 1200, unit: 'people' },
    ]);
    expect(d.eventCount).toBe(1);
    expect(d.participants).toEqual({
      women: 20,
      girls: 9,
      men: null,
      boys: null,
      unspecified: null,
      total: 29,
      suppressed: [],
    });
    expect(d.groups).toEqual([
      { slug: group.slug, kind: 'self_help_group', name: 'Ak-Tilek', placeName: 'Akman' },
    ]);
    const slugs = d.articles.map((a) => a.slug);
    expect(slugs).toEqual([`${both.slug}-en`, `${linked.slug}-en`, `${older.slug}-en`]);
    expect(slugs).not.toContain(`${onDraftEvent.slug}-en`);

    const listed = await list(`partner=${funder.slug}`);
    expect(listed.body.data[0]).toMatchObject({ budget: { amount: 125000.5, currency: 'EUR' } });
  });

  it('a project without records answers empty lists and nulls', async () => {
    const project = await newProject();
    const { body } = await getJson<RecordDetail>(`/api/v1/projects/${project.slug}`);
    expect(body.data).toMatchObject({
      goal: null,
      budget: null,
      phases: [],
      donors: [],
      indicators: [],
      groups: [],
      articles: [],
    });
  });

  it('the seed project lists the seed article', async () => {
    const { body } = await getJson<RecordDetail>(`/api/v1/projects/${CAPACITY}?locale=en`);
    expect(body.data.articles.map((a) => a.slug)).toContain(
      'harassment-is-a-special-kind-of-violence',
    );
    expect(body.data.budget).toBeNull();
    // An English article on the Kyrgyz page says which language its title is in.
    const ky = await getJson<RecordDetail>(`/api/v1/projects/${CAPACITY}?locale=ky`);
    expect(ky.body.data.articles).toContainEqual(
      expect.objectContaining({ slug: 'harassment-is-a-special-kind-of-violence', locale: 'en' }),
    );
  });
});

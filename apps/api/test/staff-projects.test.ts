import { describe, expect, it } from 'vitest';
import { getJson } from './helpers/app.js';
import { newArticle, newOrganization, unique } from './helpers/factories.js';
import { staffSession } from './helpers/staff.js';

const base = '/api/v1/staff/projects';

function newProjectBody(overrides: Record<string, unknown> = {}) {
  const slug = unique('staff-project');
  return {
    slug,
    kind: 'initiative',
    startsOn: '2023-01-01',
    endsOn: '2024-12-31',
    translations: {
      en: {
        title: `Ray of Light ${slug}`,
        description: '<p>Safe <b>spaces</b><script>x()</script></p>',
      },
    },
    ...overrides,
  };
}

describe('staff projects', () => {
  it('creates, previews, publishes with partners, keeps revisions, deletes', async () => {
    const author = await staffSession('author');
    const editor = await staffSession('editor');
    const lead = await newOrganization();
    const body = newProjectBody({ partners: [{ organizationId: lead.id, role: 'lead' }] });
    expect((await author.request('POST', base, { body })).status).toBe(403);
    const created = await editor.request('POST', base, { body });
    expect(created.status, JSON.stringify(created.body)).toBe(201);
    const doc = created.body.data;
    expect(doc).toMatchObject({
      kind: 'initiative',
      startsOn: '2023-01-01',
      endsOn: '2024-12-31',
      partners: [{ organizationId: lead.id, role: 'lead' }],
      state: 'draft',
    });
    expect(doc.translations.en.description).toBe('<p>Safe <b>spaces</b></p>');
    const url = `${base}/${doc.id}`;

    const preview = await author.request('GET', `${url}/preview`);
    expect(preview.status).toBe(200);
    expect(preview.body.data).toMatchObject({ slug: body.slug, partners: [{ slug: lead.slug }] });
    expect((await getJson(`/api/v1/projects/${body.slug}`)).status).toBe(404);

    expect((await editor.request('PATCH', url, { body: { kind: 'project' } })).status).toBe(428);
    const changed = await editor.request('PATCH', url, {
      body: { endsOn: null, partners: [{ organizationId: lead.id, role: 'funder' }] },
      headers: { 'if-match': created.headers.etag as string },
    });
    expect(changed.status).toBe(200);
    const stale = await editor.request('PATCH', url, {
      body: { kind: 'project' },
      headers: { 'if-match': created.headers.etag as string },
    });
    expect(stale.status).toBe(412);

    const published = await editor.request('POST', `${url}/workflow`, {
      body: { action: 'publish' },
      headers: { 'if-match': changed.headers.etag as string },
    });
    expect(published.status).toBe(200);
    const pub = await getJson<{ data: Record<string, unknown> }>(`/api/v1/projects/${body.slug}`);
    expect(pub.status).toBe(200);
    expect(pub.body.data).toMatchObject({
      endsOn: null,
      partners: [{ slug: lead.slug, role: 'funder' }],
    });

    const revisions = (await editor.request('GET', `${url}/revisions`)).body.data;
    expect(revisions.map((r: { version: number }) => r.version)).toEqual([3, 2, 1]);
    const deleted = await editor.request('DELETE', url, {
      headers: { 'if-match': published.headers.etag as string },
    });
    expect(deleted.status).toBe(204);
    expect((await getJson(`/api/v1/projects/${body.slug}`)).status).toBe(404);
  });

  it('checks the period and the partners, on create and against stored dates on PATCH', async () => {
    const editor = await staffSession('editor');
    const cases: [Record<string, unknown>, number, string][] = [
      [{ endsOn: '2022-12-31' }, 400, 'endsOn'],
      [{ startsOn: '2023-02-30' }, 400, 'startsOn'],
      [{ startsOn: '0000-01-01', endsOn: null }, 400, 'startsOn'],
      [{ kind: 'programme' }, 400, 'kind'],
      [{ partners: [{ organizationId: 2147483647, role: 'lead' }] }, 409, 'partners'],
      [{ partners: [{ organizationId: 1, role: 'host' }] }, 400, 'partners.0.role'],
      [{ coverMediaId: 2147483647 }, 409, 'coverMediaId'],
    ];
    for (const [overrides, status, field] of cases) {
      const r = await editor.request('POST', base, { body: newProjectBody(overrides) });
      expect(r.status, JSON.stringify(overrides)).toBe(status);
      expect(r.body.errors.map((e: { field: string }) => e.field)).toContain(field);
    }
    const created = await editor.request('POST', base, { body: newProjectBody() });
    const early = await editor.request('PATCH', `${base}/${created.body.data.id}`, {
      body: { startsOn: '2025-01-01' },
      headers: { 'if-match': created.headers.etag as string },
    });
    expect(early.status).toBe(400);
    expect(early.body.errors[0].field).toBe('endsOn');
  });
});

describe('staff project records', () => {
  it('saves phases, budget, goal, indicators, articles and groups; restores an old version', async () => {
    const editor = await staffSession('editor');
    const funder = await newOrganization();
    const article = await newArticle();
    const other = await newArticle();
    const body = newProjectBody({
      partners: [{ organizationId: funder.id, role: 'funder' }],
      budget: { amount: '123456789012.34', currency: 'EUR' },
      phases: [
        { label: 'I', startsOn: '2018-01-01', endsOn: '2020-12-31' },
        { label: ' II ', startsOn: '2021-01-01' },
      ],
      indicators: [
        {
          value: 40,
          translations: {
            ru: { label: 'материнских школ', unit: null },
            en: { label: 'maternal schools' },
          },
        },
        { value: '1200.5', translations: { en: { label: 'women trained', unit: ' people ' } } },
      ],
      articleIds: [article.id],
      translations: {
        en: { title: `Capacity ${unique('t')}`, goal: '  Women monitor commitments  ' },
      },
    });
    const created = await editor.request('POST', base, { body });
    expect(created.status, JSON.stringify(created.body)).toBe(201);
    const doc = created.body.data;
    expect(doc).toMatchObject({
      budget: { amount: 123456789012.34, currency: 'EUR' },
      phases: [
        { label: 'I', startsOn: '2018-01-01', endsOn: '2020-12-31' },
        { label: 'II', startsOn: '2021-01-01', endsOn: null },
      ],
      indicators: [
        {
          value: 40,
          translations: {
            ru: { label: 'материнских школ', unit: null },
            en: { label: 'maternal schools', unit: null },
          },
        },
        { value: 1200.5, translations: { en: { label: 'women trained', unit: 'people' } } },
      ],
      articleIds: [article.id],
      groupIds: [],
    });
    expect(doc.translations.en.goal).toBe('Women monitor commitments');
    const url = `${base}/${doc.id}`;

    const changed = await editor.request('PATCH', url, {
      body: {
        budget: null,
        phases: [{ label: 'III', startsOn: null, endsOn: '2026-06-30' }],
        indicators: [],
        articleIds: [other.id],
      },
      headers: { 'if-match': created.headers.etag as string },
    });
    expect(changed.status, JSON.stringify(changed.body)).toBe(200);
    expect(changed.body.data).toMatchObject({
      budget: null,
      phases: [{ label: 'III', startsOn: null, endsOn: '2026-06-30' }],
      indicators: [],
      articleIds: [other.id],
      partners: [{ organizationId: funder.id, role: 'funder' }],
    });

    const published = await editor.request('POST', `${url}/workflow`, {
      body: { action: 'publish' },
      headers: { 'if-match': changed.headers.etag as string },
    });
    expect(published.status).toBe(200);
    const revisions = (await editor.request('GET', `${url}/revisions`)).body.data;
    const first = revisions.find((r: { version: number }) => r.version === 1);
    const restored = await editor.request('POST', `${url}/revisions/${first.id}/restore`, {
      headers: { 'if-match': published.headers.etag as string },
    });
    expect(restored.status, JSON.stringify(restored.body)).toBe(200);
    const { version, updatedAt, state, status, publishAt, ...rest } = restored.body.data;
    void [version, updatedAt, state, status, publishAt];
    const { version: v1, updatedAt: u1, state: s1, status: st1, publishAt: p1, ...was } = doc;
    void [v1, u1, s1, st1, p1];
    expect(rest).toEqual(was);

    const pub = await getJson<{ data: Record<string, unknown> }>(
      `/api/v1/projects/${body.slug}?locale=ru`,
    );
    expect(pub.body.data).toMatchObject({
      goal: 'Women monitor commitments',
      budget: { amount: 123456789012.34, currency: 'EUR' },
      donors: [{ slug: funder.slug }],
      indicators: [
        { label: 'материнских школ', value: 40, unit: null },
        { label: 'women trained', value: 1200.5, unit: 'people' },
      ],
    });
  });

  it('refuses bad records with a 400 or 409 naming the field, never a 500', async () => {
    const editor = await staffSession('editor');
    const indicator = (t: unknown) => [{ value: 1, translations: t }];
    const cases: [Record<string, unknown>, number, string][] = [
      [{ budget: { amount: 100, currency: 'eur' } }, 400, 'budget.currency'],
      [{ budget: { amount: 100, currency: 'EURO' } }, 400, 'budget.currency'],
      [{ budget: { amount: -1, currency: 'EUR' } }, 400, 'budget.amount'],
      [{ budget: { amount: '-1', currency: 'EUR' } }, 400, 'budget.amount'],
      [{ budget: { amount: '1.005', currency: 'EUR' } }, 400, 'budget.amount'],
      [{ budget: { amount: 1e15, currency: 'EUR' } }, 400, 'budget.amount'],
      [{ budget: { amount: 'lots', currency: 'EUR' } }, 400, 'budget.amount'],
      [{ budget: { amount: 5 } }, 400, 'budget.currency'],
      [{ budget: { currency: 'EUR' } }, 400, 'budget.amount'],
      [
        { phases: [{ label: 'I', startsOn: '2020-01-01', endsOn: '2019-12-31' }] },
        400,
        'phases.0.endsOn',
      ],
      [
        {
          phases: [
            { label: 'I', startsOn: '2018-01-01' },
            { label: 'II', startsOn: '2021-05-01', endsOn: '2021-04-30' },
          ],
        },
        400,
        'phases.1.endsOn',
      ],
      [{ phases: [{ label: ' ' }] }, 400, 'phases.0.label'],
      [{ phases: [{ startsOn: '2020-01-01' }] }, 400, 'phases.0.label'],
      [{ phases: [{ label: 'I', startsOn: '2020-02-30' }] }, 400, 'phases.0.startsOn'],
      [{ phases: { label: 'I' } }, 400, 'phases'],
      [
        { indicators: indicator({ ru: { unit: 'шт.' } }) },
        400,
        'indicators.0.translations.ru.label',
      ],
      [{ indicators: indicator({ ru: { label: '' } }) }, 400, 'indicators.0.translations.ru.label'],
      [{ indicators: indicator({}) }, 400, 'indicators.0.translations'],
      [{ indicators: indicator({ fr: { label: 'x' } }) }, 400, 'indicators.0.translations.fr'],
      [{ indicators: [{ translations: { en: { label: 'x' } } }] }, 400, 'indicators.0.value'],
      [
        { indicators: [{ value: null, translations: { en: { label: 'x' } } }] },
        400,
        'indicators.0.value',
      ],
      [{ articleIds: [2147483647] }, 409, 'articleIds'],
      [{ groupIds: [2147483647] }, 409, 'groupIds'],
      [{ articleIds: [1, 1] }, 400, 'articleIds'],
      [
        { translations: { en: { title: 'x', goal: 'x'.repeat(4001) } } },
        400,
        'translations.en.goal',
      ],
    ];
    for (const [overrides, status, field] of cases) {
      const r = await editor.request('POST', base, { body: newProjectBody(overrides) });
      expect(r.status, JSON.stringify(overrides)).toBe(status);
      expect(
        r.body.errors.map((e: { field: string }) => e.field),
        JSON.stringify(overrides),
      ).toContain(field);
    }
    const created = await editor.request('POST', base, { body: newProjectBody() });
    const reversed = await editor.request('PATCH', `${base}/${created.body.data.id}`, {
      body: { phases: [{ label: 'I', startsOn: '2024-01-02', endsOn: '2024-01-01' }] },
      headers: { 'if-match': created.headers.etag as string },
    });
    expect(reversed.status).toBe(400);
    expect(reversed.body.errors[0].field).toBe('phases.0.endsOn');
  });
});

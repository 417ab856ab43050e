import { describe, expect, it } from 'vitest';
import { getJson } from './helpers/app.js';
import { newOrganization, unique } from './helpers/factories.js';
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

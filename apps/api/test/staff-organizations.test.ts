import { describe, expect, it } from 'vitest';
import { getJson } from './helpers/app.js';
import { unique } from './helpers/factories.js';
import { staffSession } from './helpers/staff.js';

const base = '/api/v1/staff/organizations';

function newOrganizationBody(overrides: Record<string, unknown> = {}) {
  const slug = unique('staff-org');
  return {
    slug,
    kind: 'ngo',
    websiteUrl: 'https://example.org/',
    translations: { en: { name: `Women of ${slug}`, shortName: 'WoS' } },
    ...overrides,
  };
}

describe('staff organizations', () => {
  it('is for editors: authors read but never create or change', async () => {
    const author = await staffSession('author');
    const editor = await staffSession('editor');
    expect((await author.request('POST', base, { body: newOrganizationBody() })).status).toBe(403);
    const created = await editor.request('POST', base, { body: newOrganizationBody() });
    expect(created.status).toBe(201);
    const url = `${base}/${created.body.data.id}`;
    expect((await author.request('GET', url)).status).toBe(200);
    const patch = await author.request('PATCH', url, {
      body: { footerOrder: 1 },
      headers: { 'if-match': created.headers.etag as string },
    });
    expect(patch.status).toBe(403);
  });

  it('refuses links other than http(s), unknown places and taken slugs, naming the field', async () => {
    const editor = await staffSession('editor');
    const cases: [Record<string, unknown>, number, string][] = [
      [{ websiteUrl: 'javascript:alert(1)' }, 400, 'websiteUrl'],
      [{ websiteUrl: 'ftp://example.org/' }, 400, 'websiteUrl'],
      [{ kind: 'company' }, 400, 'kind'],
      [{ footerOrder: 1e20 }, 400, 'footerOrder'],
      [{ placeId: 2147483647 }, 409, 'placeId'],
      [{ logoMediaId: 2147483647 }, 409, 'logoMediaId'],
      [{ slug: 'Not A Slug' }, 400, 'slug'],
    ];
    for (const [overrides, status, field] of cases) {
      const r = await editor.request('POST', base, { body: newOrganizationBody(overrides) });
      expect(r.status, JSON.stringify(overrides)).toBe(status);
      expect(r.body.errors.map((e: { field: string }) => e.field)).toContain(field);
    }
    const body = newOrganizationBody();
    expect((await editor.request('POST', base, { body })).status).toBe(201);
    const taken = await editor.request('POST', base, { body });
    expect(taken.status).toBe(409);
    expect(taken.body.errors[0].field).toBe('slug');
  });

  it('goes public when published, with its footer place; revisions; delete', async () => {
    const editor = await staffSession('editor');
    const body = newOrganizationBody({ showInFooter: true, footerOrder: 3 });
    const created = await editor.request('POST', base, { body });
    const url = `${base}/${created.body.data.id}`;
    expect(created.body.data).toMatchObject({ kind: 'ngo', showInFooter: true, footerOrder: 3 });
    expect((await getJson(`/api/v1/organizations/${body.slug}`)).status).toBe(404);
    expect((await editor.request('PATCH', url, { body: { kind: 'donor' } })).status).toBe(428);
    const changed = await editor.request('PATCH', url, {
      body: { kind: 'donor', websiteUrl: null },
      headers: { 'if-match': created.headers.etag as string },
    });
    expect(changed.body.data).toMatchObject({ kind: 'donor', websiteUrl: null, version: 2 });
    const stale = await editor.request('PATCH', url, {
      body: { kind: 'network' },
      headers: { 'if-match': created.headers.etag as string },
    });
    expect(stale.status).toBe(412);
    const published = await editor.request('POST', `${url}/workflow`, {
      body: { action: 'publish' },
      headers: { 'if-match': changed.headers.etag as string },
    });
    expect(published.status).toBe(200);
    const pub = await getJson<{ data: Record<string, unknown> }>(
      `/api/v1/organizations/${body.slug}`,
    );
    expect(pub.status).toBe(200);
    expect(pub.body.data).toMatchObject({ kind: 'donor', shortName: 'WoS' });
    const footer = await getJson<{ data: { slug: string }[] }>(
      '/api/v1/organizations?footer=true&pageSize=100',
    );
    expect(footer.body.data.map((o) => o.slug)).toContain(body.slug);
    const list = await editor.request('GET', `${base}?q=${encodeURIComponent(body.slug)}`);
    expect(list.body.data).toMatchObject([{ title: `Women of ${body.slug}`, state: 'published' }]);
    const revisions = (await editor.request('GET', `${url}/revisions`)).body.data;
    expect(revisions).toHaveLength(3);
    const deleted = await editor.request('DELETE', url, {
      headers: { 'if-match': published.headers.etag as string },
    });
    expect(deleted.status).toBe(204);
    expect((await getJson(`/api/v1/organizations/${body.slug}`)).status).toBe(404);
  });
});

import { describe, expect, it } from 'vitest';
import { getJson } from './helpers/app.js';
import { unique } from './helpers/factories.js';
import { staffSession } from './helpers/staff.js';

const base = '/api/v1/staff/tags';

describe('staff tags', () => {
  it('creates, renames with If-Match (ETag from the last change), and deletes a tag', async () => {
    const editor = await staffSession('editor');
    const slug = unique('tag');
    const created = await editor.request('POST', base, {
      body: { slug, translations: { en: { name: ` Water ${slug} ` }, ru: { name: 'Вода' } } },
    });
    expect(created.status, JSON.stringify(created.body)).toBe(201);
    const { id } = created.body.data;
    expect(created.body.data).toMatchObject({
      slug,
      articleCount: 0,
      missingLocales: ['ky'],
      translations: { en: { name: `Water ${slug}` } },
    });
    const etag = created.headers.etag as string;
    expect(etag).toMatch(new RegExp(`^"tag-${id}-t\\d+"$`));
    expect((await editor.request('GET', `${base}/${id}`)).headers.etag).toBe(etag);

    const listed = await getJson<{ data: { slug: string }[] }>('/api/v1/tags?locale=en');
    expect(listed.body.data.map((t) => t.slug)).toContain(slug);

    const url = `${base}/${id}`;
    expect((await editor.request('PATCH', url, { body: { slug: `${slug}-x` } })).status).toBe(428);
    const renamed = await editor.request('PATCH', url, {
      body: { translations: { ru: null } },
      headers: { 'if-match': etag },
    });
    expect(renamed.status).toBe(200);
    expect(renamed.body.data.translations.ru).toBeUndefined();
    expect(renamed.headers.etag).not.toBe(etag);
    const stale = await editor.request('PATCH', url, {
      body: { slug: `${slug}-y` },
      headers: { 'if-match': etag },
    });
    expect(stale.status).toBe(412);
    const noName = await editor.request('PATCH', url, {
      body: { translations: { en: null } },
      headers: { 'if-match': renamed.headers.etag as string },
    });
    expect(noName.status).toBe(400);

    const search = await editor.request('GET', `${base}?q=${encodeURIComponent(slug)}`);
    expect(search.body.data.map((t: { id: number }) => t.id)).toEqual([id]);

    const gone = await editor.request('DELETE', url, {
      headers: { 'if-match': renamed.headers.etag as string },
    });
    expect(gone.status).toBe(204);
    expect((await editor.request('GET', url)).status).toBe(404);
  });

  it('lets authors read tags but not change them; a taken slug is 409', async () => {
    const author = await staffSession('author');
    expect((await author.request('GET', base)).status).toBe(200);
    const body = { slug: unique('tag'), translations: { en: { name: 'x' } } };
    expect((await author.request('POST', base, { body })).status).toBe(403);
    const editor = await staffSession('editor');
    expect((await editor.request('POST', base, { body })).status).toBe(201);
    const again = await editor.request('POST', base, { body });
    expect(again.status).toBe(409);
    expect(again.body.errors[0].field).toBe('slug');
  });
});

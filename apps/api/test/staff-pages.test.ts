import { describe, expect, it } from 'vitest';
import { getJson } from './helpers/app.js';
import { unique } from './helpers/factories.js';
import { staffSession } from './helpers/staff.js';

const base = '/api/v1/staff/pages';

function pageBody() {
  const slug = unique('staff-page');
  return {
    key: slug,
    translations: {
      en: {
        title: ` About ${slug} `,
        slug,
        body: '<p onclick="x()">Who we are<script>alert(1)</script></p>',
        seoTitle: '  ',
      },
    },
  };
}

describe('staff pages', () => {
  it('creates a draft, previews it, publishes it, and the public site shows it', async () => {
    const editor = await staffSession('editor');
    const body = pageBody();
    const created = await editor.request('POST', base, { body });
    expect(created.status, JSON.stringify(created.body)).toBe(201);
    const doc = created.body.data;
    expect(doc).toMatchObject({ key: body.key, status: 'draft', state: 'draft', version: 1 });
    expect(doc.translations.en.title).toBe(`About ${body.key}`);
    expect(doc.translations.en.body).not.toMatch(/script|onclick/);
    expect(doc.translations.en.seoTitle).toBeNull();
    const slug = body.translations.en.slug;
    expect((await getJson(`/api/v1/pages/${slug}`)).status).toBe(404);

    const preview = await editor.request('GET', `${base}/${doc.id}/preview?locale=en`);
    expect(preview.status).toBe(200);
    expect(preview.body.data).toMatchObject({ key: body.key, slug, locale: 'en' });

    const published = await editor.request('POST', `${base}/${doc.id}/workflow`, {
      body: { action: 'publish' },
      headers: { 'if-match': created.headers.etag as string },
    });
    expect(published.status, JSON.stringify(published.body)).toBe(200);
    expect(published.body.data.state).toBe('published');
    const pub = await getJson<{ data: { key: string; body: string } }>(
      `/api/v1/pages/${slug}?locale=en`,
    );
    expect(pub.status).toBe(200);
    expect(pub.body.data.key).toBe(body.key);
    const list = await getJson<{ data: { key: string }[] }>('/api/v1/pages?locale=en');
    expect(list.body.data.map((p) => p.key)).toContain(body.key);
  });

  it('refuses a bad or taken key, and authors may not create pages', async () => {
    const editor = await staffSession('editor');
    const body = pageBody();
    expect((await editor.request('POST', base, { body })).status).toBe(201);
    const again = await editor.request('POST', base, {
      body: { ...pageBody(), key: body.key },
    });
    expect(again.status).toBe(409);
    expect(again.body.errors[0].field).toBe('key');
    const bad = await editor.request('POST', base, { body: { ...pageBody(), key: 'About Us' } });
    expect(bad.status).toBe(400);
    const author = await staffSession('author');
    expect((await author.request('POST', base, { body: pageBody() })).status).toBe(403);
    expect((await author.request('GET', base)).status).toBe(200);
    expect((await editor.request('GET', `${base}/2147483647/preview`)).status).toBe(404);
  });
});

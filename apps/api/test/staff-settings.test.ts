import { describe, expect, it } from 'vitest';
import { getJson } from './helpers/app.js';
import { newArticle } from './helpers/factories.js';
import { staffSession, type StaffClient } from './helpers/staff.js';

const url = '/api/v1/staff/settings';

async function read(admin: StaffClient) {
  const r = await admin.request('GET', url);
  expect(r.status).toBe(200);
  return { doc: r.body.data, etag: r.headers.etag as string };
}

describe('staff site settings', () => {
  it('are for admins only', async () => {
    for (const role of ['editor', 'author'] as const) {
      const client = await staffSession(role);
      expect((await client.request('GET', url)).status).toBe(403);
      const r = await client.request('PATCH', url, {
        body: { contactEmail: 'x@example.org' },
        headers: { 'if-match': '*' },
      });
      expect(r.status).toBe(403);
    }
  });

  it('change with If-Match; the public settings reflect it at once; then restored', async () => {
    const admin = await staffSession('admin');
    const { doc, etag } = await read(admin);
    expect(etag).toBe(`"settings-1-v${doc.version}"`);
    expect(doc.translations.en.siteName).toBeTruthy();
    expect(Array.isArray(doc.footerOrganizations)).toBe(true);
    const original = {
      contactEmail: doc.contactEmail,
      socialLinks: doc.socialLinks,
      slideshow: doc.slideshow,
      mapTileUrl: doc.mapTileUrl,
      translations: { en: doc.translations.en },
    };
    // Warm the public cache so the change must drop it.
    await getJson('/api/v1/settings?locale=en');

    try {
      expect((await admin.request('PATCH', url, { body: { contactEmail: null } })).status).toBe(
        428,
      );
      const article = await newArticle();
      const changed = await admin.request('PATCH', url, {
        body: {
          contactEmail: 'Office@Example.org',
          socialLinks: [{ network: 'facebook', url: 'https://facebook.com/eraiym' }],
          slideshow: [{ type: 'article', id: article.id }],
          mapTileUrl: 'https://tiles.example.org/{z}/{x}/{y}.png',
          translations: { en: { ...doc.translations.en, slogan: 'Changed slogan' } },
        },
        headers: { 'if-match': etag },
      });
      expect(changed.status, JSON.stringify(changed.body)).toBe(200);
      expect(changed.body.data.version).toBe(doc.version + 1);
      expect(changed.body.data.contactEmail).toBe('office@example.org');
      const pub = await getJson<{ data: Record<string, unknown> }>('/api/v1/settings?locale=en');
      expect(pub.body.data).toMatchObject({
        slogan: 'Changed slogan',
        contactEmail: 'office@example.org',
        socialLinks: [{ network: 'facebook', url: 'https://facebook.com/eraiym' }],
        mapTileUrl: 'https://tiles.example.org/{z}/{x}/{y}.png',
      });
      expect((pub.body.data.slideshow as { slug: string }[]).map((s) => s.slug)).toEqual([
        expect.stringContaining(article.slug),
      ]);

      const stale = await admin.request('PATCH', url, {
        body: { contactEmail: null },
        headers: { 'if-match': etag },
      });
      expect(stale.status).toBe(412);
    } finally {
      // Other files share this database: put everything back, whatever happened above.
      const restored = await admin.request('PATCH', url, {
        body: original,
        headers: { 'if-match': (await read(admin)).etag },
      });
      expect(restored.status, JSON.stringify(restored.body)).toBe(200);
    }
    const back = await getJson<{ data: Record<string, unknown> }>('/api/v1/settings?locale=en');
    expect(back.body.data.slogan).toBe(doc.translations.en.slogan);
  });

  it('refuses odd values with a field each, changing nothing', async () => {
    const admin = await staffSession('admin');
    const { doc, etag } = await read(admin);
    const bad = async (body: object) => {
      const r = await admin.request('PATCH', url, { body, headers: { 'if-match': etag } });
      expect(r.status, JSON.stringify(body)).toBe(400);
      return r.body.errors.map((e: { field: string }) => e.field);
    };
    expect(await bad({ socialLinks: [{ network: 'x', url: 'http://x.org' }] })).toEqual([
      'socialLinks.0.url',
    ]);
    expect(await bad({ socialLinks: [{ network: 'x', url: 'https://' }] })).toEqual([
      'socialLinks.0.url',
    ]);
    expect(await bad({ mapTileUrl: 'https://tiles.example.org/{z}/{x}.png' })).toEqual([
      'mapTileUrl',
    ]);
    expect(await bad({ mapTileUrl: 'http://tiles.example.org/{z}/{x}/{y}.png' })).toEqual([
      'mapTileUrl',
    ]);
    expect(await bad({ timeZone: 'Mars/Olympus' })).toEqual(['timeZone']);
    expect(await bad({ contactEmail: 'not an address' })).toEqual(['contactEmail']);
    expect(await bad({ slideshow: [{ type: 'event', id: 2147483647 }] })).toEqual([
      'slideshow.0.id',
    ]);
    expect(await bad({ translations: { ky: null, ru: null, en: null } })).toEqual(['translations']);
    expect(await bad({ defaultLocale: 'de' })).toEqual(['defaultLocale']);
    expect((await read(admin)).doc.version).toBe(doc.version);
  });
});

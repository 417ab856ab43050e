import { sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { youtubeIdOf } from '../src/modules/media/youtube.js';
import { getJson, testApp } from './helpers/app.js';
import { newArticle } from './helpers/factories.js';
import { getFile, solidImage, storedFiles, upload } from './helpers/media.js';
import { staffSession, type StaffClient } from './helpers/staff.js';

async function newPhoto(client: StaffClient, fields: Record<string, string> = {}) {
  const png = await solidImage(200, 100).png().toBuffer();
  const r = await upload(client, { bytes: png, name: 'photo.png', type: 'image/png' }, fields);
  expect(r.status).toBe(201);
  return r.body.data as { id: number; url: string; version: number; variants: { url: string }[] };
}

async function rowsOf<T>(query: ReturnType<typeof sql>): Promise<T[]> {
  const { database } = await testApp();
  return ((await database.db.execute(query)) as unknown as { rows: T[] }).rows;
}

const etagOf = (id: number, version: number) => `"media-${id}-v${version}"`;

describe('consent', () => {
  it('hides a photo without consent from the public until consent is obtained', async () => {
    const author = await staffSession('author');
    const photo = await newPhoto(author, { 'alt.en': 'Hidden photo' });

    // Not served, not listed, not in the public record.
    expect((await getFile(photo.url)).status).toBe(404);
    for (const v of photo.variants) expect((await getFile(v.url)).status).toBe(404);
    expect((await getJson(`/api/v1/media/${photo.id}`)).status).toBe(404);
    const list = await getJson<{ data: { id: number }[] }>('/api/v1/media?pageSize=100');
    expect(list.body.data.map((m) => m.id)).not.toContain(photo.id);
    // A stale or forged cookie is no staff session.
    expect(
      (await getFile(photo.url, { cookie: 'jaryk_session=nope; __Host-jaryk_session=nope' }))
        .status,
    ).toBe(404);
    // Staff see it, never cached by anyone else.
    const staffView = await getFile(photo.url, { cookie: author.cookie });
    expect(staffView.status).toBe(200);
    expect(staffView.headers['cache-control']).toBe('private, no-store');

    const r = await author.request('PATCH', `/api/v1/staff/media/${photo.id}`, {
      body: { consent: 'obtained' },
      headers: { 'if-match': etagOf(photo.id, 1) },
    });
    expect(r.status).toBe(200);
    expect(r.body.data.publiclyVisible).toBe(true);

    const file = await getFile(photo.url);
    expect(file.status).toBe(200);
    expect(file.headers['cache-control']).toBe('public, max-age=86400');
    const after = await getJson<{ data: { id: number }[] }>('/api/v1/media?pageSize=100');
    expect(after.body.data.map((m) => m.id)).toContain(photo.id);
    expect((await getJson(`/api/v1/media/${photo.id}`)).status).toBe(200);

    // Refused again: hidden again at once (the lookup cache is dropped on every write).
    const refused = await author.request('PATCH', `/api/v1/staff/media/${photo.id}`, {
      body: { consent: 'refused' },
      headers: { 'if-match': etagOf(photo.id, 2) },
    });
    expect(refused.status).toBe(200);
    expect((await getFile(photo.url)).status).toBe(404);
  });

  it('serves nothing outside the key shape (no path traversal)', async () => {
    for (const url of [
      '/media/../../etc/passwd',
      '/media/%2e%2e/%2e%2e/etc/passwd',
      '/media/2024/..%2f..%2fpackage.json',
      '/media/2024/abcdefabcdefabcd/image-480.exe',
      '/media/nothing',
    ]) {
      expect((await getFile(url)).status, url).toBe(404);
    }
  });
});

describe('YouTube videos', () => {
  it('reads the id from every usual link form, and nothing else', () => {
    const id = 'dQw4w9WgXcQ';
    for (const url of [
      id,
      `https://www.youtube.com/watch?v=${id}`,
      `https://youtube.com/watch?feature=share&v=${id}&t=42`,
      `https://m.youtube.com/watch?v=${id}`,
      `https://youtu.be/${id}?si=abc`,
      `https://www.youtube.com/embed/${id}`,
      `https://www.youtube.com/shorts/${id}`,
      `https://www.youtube-nocookie.com/embed/${id}?start=3`,
      `youtube.com/watch?v=${id}`,
    ]) {
      expect(youtubeIdOf(url), url).toBe(id);
    }
    for (const url of [
      `https://evil.example/watch?v=${id}`,
      `https://youtube.com.evil.example/watch?v=${id}`,
      `https://user@youtube.com/watch?v=${id}`,
      `javascript:alert(1)//youtube.com/watch?v=${id}`,
      'https://www.youtube.com/watch?v=dQw4w9WgXc!',
      'https://www.youtube.com/watch?v=short',
      `https://www.youtube.com/channel/${id}`,
      'dQw4w9WgXcQQ',
      '',
    ]) {
      expect(youtubeIdOf(url), url).toBeNull();
    }
  });

  it('adds a video by link (201), finds it again (200), refuses other links (400)', async () => {
    const editor = await staffSession('editor');
    const r = await editor.request('POST', '/api/v1/staff/media/videos', {
      body: {
        url: 'https://youtu.be/aBcDeFgHi_-',
        translations: { ru: { title: 'Видео' } },
        consent: 'not_required',
      },
    });
    expect(r.status).toBe(201);
    expect(r.body.data).toMatchObject({
      kind: 'video',
      youtubeId: 'aBcDeFgHi_-',
      url: null,
      translations: { ru: { title: 'Видео', alt: null, caption: null } },
      missingAlt: [],
    });
    const again = await editor.request('POST', '/api/v1/staff/media/videos', {
      body: { url: 'https://www.youtube.com/watch?v=aBcDeFgHi_-' },
    });
    expect(again.status).toBe(200);
    expect(again.body.data.id).toBe(r.body.data.id);

    for (const url of ['https://evil.example/watch?v=xxxxxxxxxxx', 'abc$defghij']) {
      const bad = await editor.request('POST', '/api/v1/staff/media/videos', { body: { url } });
      expect(bad.status, url).toBe(400);
      expect(bad.body.errors).toEqual([
        { in: 'body', field: 'url', message: 'is not a YouTube video link or id' },
      ]);
    }
  });
});

describe('editing', () => {
  it('lets an author edit only their own media; editors edit all', async () => {
    const owner = await staffSession('author');
    const other = await staffSession('author');
    const editor = await staffSession('editor');
    const photo = await newPhoto(owner);
    const url = `/api/v1/staff/media/${photo.id}`;

    const forbidden = await other.request('PATCH', url, {
      body: { credit: 'Not mine' },
      headers: { 'if-match': etagOf(photo.id, 1) },
    });
    expect(forbidden.status).toBe(403);
    expect(
      (await other.request('DELETE', url, { headers: { 'if-match': etagOf(photo.id, 1) } })).status,
    ).toBe(403);

    const own = await owner.request('PATCH', url, {
      body: { translations: { ky: { alt: 'Сүрөт' }, en: { alt: 'A photo', caption: 'Caption' } } },
      headers: { 'if-match': etagOf(photo.id, 1) },
    });
    expect(own.status).toBe(200);
    expect(own.headers.etag).toBe(etagOf(photo.id, 2));
    expect(own.body.data.missingAlt).toEqual(['ru']);

    const edited = await editor.request('PATCH', url, {
      body: {
        credit: ' Photo: A. Asanova ',
        focalPoint: { x: 0.25, y: 0.75 },
        translations: { en: { alt: 'Women at a workshop' }, ky: null },
      },
      headers: { 'if-match': etagOf(photo.id, 2) },
    });
    expect(edited.status).toBe(200);
    expect(edited.body.data).toMatchObject({
      version: 3,
      credit: 'Photo: A. Asanova',
      focalPoint: { x: 0.25, y: 0.75 },
      // A language given is replaced as a whole: the caption is gone.
      translations: { en: { alt: 'Women at a workshop', caption: null } },
      missingAlt: ['ky', 'ru'],
    });
    expect(edited.body.data.translations.ky).toBeUndefined();

    // Every save left a revision and an audit entry.
    const revisions = await rowsOf<{ version: number; userId: number }>(
      sql`SELECT version, user_id AS "userId" FROM revisions
        WHERE entity_type = 'media' AND entity_id = ${photo.id} ORDER BY version`,
    );
    expect(revisions).toEqual([
      { version: 1, userId: owner.user.id },
      { version: 2, userId: owner.user.id },
      { version: 3, userId: editor.user.id },
    ]);
    const audit = await rowsOf<{ action: string; detail: { changed?: string[] } }>(
      sql`SELECT action, detail FROM audit_log
        WHERE entity_type = 'media' AND entity_id = ${photo.id} ORDER BY id`,
    );
    expect(audit.map((a) => a.action)).toEqual(['create', 'update', 'update']);
    expect(audit[2]!.detail.changed).toEqual(
      expect.arrayContaining(['credit', 'focalPoint.x', 'translations.en.alt']),
    );
  });

  it('needs If-Match (428) with the current version (412)', async () => {
    const author = await staffSession('author');
    const photo = await newPhoto(author);
    const url = `/api/v1/staff/media/${photo.id}`;
    const missing = await author.request('PATCH', url, { body: { credit: 'x' } });
    expect(missing.status).toBe(428);
    const first = await author.request('PATCH', url, {
      body: { credit: 'x' },
      headers: { 'if-match': etagOf(photo.id, 1) },
    });
    expect(first.status).toBe(200);
    const stale = await author.request('PATCH', url, {
      body: { credit: 'y' },
      headers: { 'if-match': etagOf(photo.id, 1) },
    });
    expect(stale.status).toBe(412);
    expect((await author.request('DELETE', url)).status).toBe(428);
    const got = await author.request('GET', url);
    expect(got.status).toBe(200);
    expect(got.headers.etag).toBe(etagOf(photo.id, 2));
    expect(got.headers['cache-control']).toBe('private, no-store');
    expect(got.body.data.credit).toBe('x');

    const invalid = await author.request('PATCH', url, {
      body: { focalPoint: { x: 2, y: 0 } },
      headers: { 'if-match': etagOf(photo.id, 2) },
    });
    expect(invalid.status).toBe(400);
    expect((await author.request('GET', '/api/v1/staff/media/999999')).status).toBe(404);
  });
});

describe('GET /api/v1/staff/media', () => {
  it('lists everything, consented or not, with filters', async () => {
    const author = await staffSession('author');
    const editor = await staffSession('editor');
    const word = `zebra${process.pid}`;
    const mine = await newPhoto(author, { 'alt.ru': `Фото ${word}`, consent: 'refused' });
    const theirs = await newPhoto(editor, { 'title.en': `${word} title`, consent: 'obtained' });

    const all = await author.request('GET', `/api/v1/staff/media?q=${word}`);
    expect(all.status).toBe(200);
    expect(all.body.data.map((m: { id: number }) => m.id).sort()).toEqual(
      [mine.id, theirs.id].sort(),
    );
    expect(all.body.meta.total).toBe(2);

    const own = await author.request('GET', `/api/v1/staff/media?q=${word}&mine=true`);
    expect(own.body.data.map((m: { id: number }) => m.id)).toEqual([mine.id]);
    const refused = await author.request('GET', `/api/v1/staff/media?q=${word}&consent=refused`);
    expect(refused.body.data.map((m: { id: number }) => m.id)).toEqual([mine.id]);
    const noRuAlt = await author.request('GET', `/api/v1/staff/media?q=${word}&missingAlt=ru`);
    expect(noRuAlt.body.data.map((m: { id: number }) => m.id)).toEqual([theirs.id]);
    const byName = await author.request(
      'GET',
      `/api/v1/staff/media?q=photo.png&kind=image&pageSize=1`,
    );
    expect(byName.body.data).toHaveLength(1);
    expect(byName.body.meta.total).toBeGreaterThanOrEqual(2);
    expect(byName.headers.link).toContain('rel="next"');
    // LIKE wildcards in q are plain characters.
    const percent = await author.request('GET', '/api/v1/staff/media?q=%25%25%25');
    expect(percent.body.data).toEqual([]);

    const bad = await author.request('GET', '/api/v1/staff/media?missingAlt=de');
    expect(bad.status).toBe(400);
    const { app } = await testApp();
    expect((await app.inject({ method: 'GET', url: '/api/v1/staff/media' })).statusCode).toBe(401);
  });
});

describe('DELETE /api/v1/staff/media/{id}', () => {
  it('refuses while the media is a cover (409), then deletes the record and its files', async () => {
    const author = await staffSession('author');
    const photo = await newPhoto(author);
    const url = `/api/v1/staff/media/${photo.id}`;
    const article = await newArticle();
    const { database } = await testApp();
    await database.db.execute(
      sql`UPDATE articles SET cover_media_id = ${photo.id} WHERE id = ${article.id}`,
    );
    const inUse = await author.request('DELETE', url, {
      headers: { 'if-match': etagOf(photo.id, 1) },
    });
    expect(inUse.status).toBe(409);
    expect(inUse.body.detail).toMatch(/1 cover/);

    await database.db.execute(
      sql`UPDATE articles SET cover_media_id = NULL WHERE id = ${article.id}`,
    );
    const folder = photo.url.split('/').slice(2, 4).join('/');
    expect((await storedFiles()).filter((f) => f.startsWith(folder))).toHaveLength(3);
    const deleted = await author.request('DELETE', url, {
      headers: { 'if-match': etagOf(photo.id, 1) },
    });
    expect(deleted.status).toBe(204);
    expect((await author.request('GET', url)).status).toBe(404);
    expect((await storedFiles()).filter((f) => f.startsWith(folder))).toEqual([]);
    expect((await getFile(photo.url, { cookie: author.cookie })).status).toBe(404);
    const audit = await rowsOf<{ action: string }>(
      sql`SELECT action FROM audit_log WHERE entity_type = 'media' AND entity_id = ${photo.id} ORDER BY id`,
    );
    expect(audit.map((a) => a.action)).toEqual(['create', 'delete']);
  });

  it('refuses while a body shows one of its files', async () => {
    const editor = await staffSession('editor');
    const photo = await newPhoto(editor);
    await newArticle({
      translations: { en: { title: 'With image', body: `<p><img src="${photo.url}" alt=""></p>` } },
    });
    const r = await editor.request('DELETE', `/api/v1/staff/media/${photo.id}`, {
      headers: { 'if-match': etagOf(photo.id, 1) },
    });
    expect(r.status).toBe(409);
    expect(r.body.detail).toMatch(/article or page text/);
  });
});

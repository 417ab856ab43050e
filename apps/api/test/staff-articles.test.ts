import { describe, expect, it } from 'vitest';
import { getJson, testApp } from './helpers/app.js';
import { eq } from 'drizzle-orm';
import { places } from '../src/db/schema/index.js';
import { newProject, unique } from './helpers/factories.js';
import { staffSession, type StaffClient } from './helpers/staff.js';

const base = '/api/v1/staff/articles';

function newArticleBody(overrides: Record<string, unknown> = {}) {
  const slug = unique('staff-article');
  return {
    byline: 'Erlan Davlatov, Osh oblast',
    translations: {
      ru: { title: `Тренинг ${slug}`, slug, body: '<p>Текст</p>' },
    },
    ...overrides,
  };
}

async function create(client: StaffClient, body: object = newArticleBody()) {
  const r = await client.request('POST', base, { body });
  expect(r.status, JSON.stringify(r.body)).toBe(201);
  return { doc: r.body.data, etag: r.headers.etag as string };
}

describe('staff articles', () => {
  it('creates a draft owned by its author, readable with an ETag, not public', async () => {
    const author = await staffSession('author', 'Aigul Author');
    const { doc, etag } = await create(author);
    expect(doc).toMatchObject({
      state: 'draft',
      status: 'draft',
      version: 1,
      owner: { id: author.user.id, displayName: 'Aigul Author' },
      missingLocales: ['ky', 'en'],
    });
    expect(etag).toBe(`"article-${doc.id}-v1"`);
    const read = await author.request('GET', `${base}/${doc.id}`);
    expect(read.headers.etag).toBe(etag);
    expect(read.headers['cache-control']).toBe('private, no-store');
    const slug = doc.translations.ru.slug;
    expect((await getJson(`/api/v1/articles/${slug}`)).status).toBe(404);
  });

  it('needs If-Match on PATCH: missing 428, stale 412; two saves with one ETag, one wins', async () => {
    const editor = await staffSession('editor');
    const { doc, etag } = await create(editor);
    const url = `${base}/${doc.id}`;
    const missing = await editor.request('PATCH', url, { body: { byline: 'x' } });
    expect(missing.status).toBe(428);
    const first = await editor.request('PATCH', url, {
      body: { byline: 'First' },
      headers: { 'if-match': etag },
    });
    expect(first.status).toBe(200);
    expect(first.headers.etag).toBe(`"article-${doc.id}-v2"`);
    const second = await editor.request('PATCH', url, {
      body: { byline: 'Second' },
      headers: { 'if-match': etag },
    });
    expect(second.status).toBe(412);
    expect(second.body.type).toBe('urn:jaryk:problem:edit-conflict');
    expect((await editor.request('GET', url)).body.data.byline).toBe('First');
  });

  it('of two saves sent at once with the same ETag, exactly one wins', async () => {
    const editor = await staffSession('editor');
    const { doc, etag } = await create(editor);
    const save = (byline: string) =>
      editor.request('PATCH', `${base}/${doc.id}`, {
        body: { byline },
        headers: { 'if-match': etag },
      });
    const answers = await Promise.all([save('Left'), save('Right')]);
    expect(answers.map((a) => a.status).sort()).toEqual([200, 412]);
    const winner = answers.find((a) => a.status === 200)!.body.data.byline;
    const now = await editor.request('GET', `${base}/${doc.id}`);
    expect(now.body.data).toMatchObject({ version: 2, byline: winner });
  });

  it('refuses unknown fields and explains each bad field, changing nothing', async () => {
    const editor = await staffSession('editor');
    const r = await editor.request('POST', base, {
      body: { ...newArticleBody(), hacker: true, featuredOrder: -1 },
    });
    expect(r.status).toBe(400);
    expect(r.body.errors.map((e: { field: string }) => e.field).sort()).toEqual([
      'featuredOrder',
      'hacker',
    ]);
    const none = await editor.request('POST', base, { body: { translations: {} } });
    expect(none.status).toBe(400);
  });

  it('answers a taken slug with 409 naming the field', async () => {
    const editor = await staffSession('editor');
    const body = newArticleBody();
    await create(editor, body);
    const again = await editor.request('POST', base, { body });
    expect(again.status).toBe(409);
    expect(again.body.errors[0].field).toBe('translations.slug');
    expect(JSON.stringify(again.body)).not.toMatch(/insert|constraint|duplicate key/i);
  });

  it('sanitizes rich text: no scripts, event handlers or javascript: links', async () => {
    const editor = await staffSession('editor');
    const slug = unique('xss');
    const { doc } = await create(editor, {
      translations: {
        en: {
          title: 'XSS',
          slug,
          body:
            '<p onclick="steal()">Hi <script>alert(1)</script><a href="javascript:alert(1)">x</a>' +
            '<a href="https://example.org">ok</a><img src="https://tracker.example/p.gif">' +
            '<iframe src="https://evil.example"></iframe><style>body{}</style></p>',
        },
      },
    });
    const body: string = doc.translations.en.body;
    expect(body).not.toMatch(/script|onclick|javascript:|iframe|style|tracker/i);
    expect(body).toContain(
      '<a href="https://example.org" rel="noopener noreferrer" target="_blank">ok</a>',
    );
  });

  it('runs the workflow: author submits, cannot publish; editor schedules and publishes', async () => {
    const author = await staffSession('author');
    const editor = await staffSession('editor');
    const { doc, etag } = await create(author);
    const url = `${base}/${doc.id}`;
    const submitted = await author.request('POST', `${url}/workflow`, {
      body: { action: 'submit' },
      headers: { 'if-match': etag },
    });
    expect(submitted.status).toBe(200);
    expect(submitted.body.data.state).toBe('review');
    // Authors never publish, and no longer edit what is in review.
    const tag = submitted.headers.etag as string;
    expect(
      (
        await author.request('POST', `${url}/workflow`, {
          body: { action: 'publish' },
          headers: { 'if-match': tag },
        })
      ).status,
    ).toBe(403);
    expect(
      (await author.request('PATCH', url, { body: { byline: 'x' }, headers: { 'if-match': tag } }))
        .status,
    ).toBe(403);
    const future = new Date(Date.now() + 3600_000).toISOString();
    const scheduled = await editor.request('POST', `${url}/workflow`, {
      body: { action: 'schedule', publishAt: future },
      headers: { 'if-match': tag },
    });
    expect(scheduled.status).toBe(200);
    expect(scheduled.body.data.state).toBe('scheduled');
    const slug = doc.translations.ru.slug;
    expect((await getJson(`/api/v1/articles/${slug}`)).status).toBe(404);
    const published = await editor.request('POST', `${url}/workflow`, {
      body: { action: 'publish' },
      headers: { 'if-match': scheduled.headers.etag as string },
    });
    expect(published.body.data.state).toBe('published');
    expect((await getJson(`/api/v1/articles/${slug}`)).status).toBe(200);
    const bad = await editor.request('POST', `${url}/workflow`, {
      body: { action: 'submit' },
      headers: { 'if-match': published.headers.etag as string },
    });
    expect(bad.status).toBe(409);
  });

  it('previews an unpublished article for staff only', async () => {
    const author = await staffSession('author');
    const { doc } = await create(author);
    const preview = await author.request('GET', `${base}/${doc.id}/preview?locale=ru`);
    expect(preview.status).toBe(200);
    expect(preview.body.data.title).toBe(doc.translations.ru.title);
    const { app } = await testApp();
    const anonymous = await app.inject({ url: `${base}/${doc.id}/preview` });
    expect(anonymous.statusCode).toBe(401);
  });

  it('keeps a revision per save; compares two and restores one', async () => {
    const editor = await staffSession('editor');
    const { doc, etag } = await create(editor);
    const url = `${base}/${doc.id}`;
    const changed = await editor.request('PATCH', url, {
      body: {
        byline: 'Changed',
        translations: { en: { title: 'In English', slug: unique('en'), body: '' } },
      },
      headers: { 'if-match': etag },
    });
    expect(changed.status).toBe(200);
    const revisions = (await editor.request('GET', `${url}/revisions`)).body.data;
    expect(revisions.map((r: { version: number }) => r.version)).toEqual([2, 1]);
    const first = revisions[1].id;
    const changes = (await editor.request('GET', `${url}/revisions/${first}/changes`)).body.data;
    expect(changes.map((c: { path: string }) => c.path)).toEqual(['byline', 'translations.en']);
    const restored = await editor.request('POST', `${url}/revisions/${first}/restore`, {
      headers: { 'if-match': changed.headers.etag as string },
    });
    expect(restored.status).toBe(200);
    expect(restored.body.data).toMatchObject({ version: 3, byline: doc.byline });
    expect(Object.keys(restored.body.data.translations)).toEqual(['ru']);
  });

  it('saves the split byline and the projects and groups; the public detail shows them', async () => {
    const editor = await staffSession('editor');
    const { database } = await testApp();
    const [place] = await database.db
      .select({ id: places.id })
      .from(places)
      .where(eq(places.slug, 'naryn-oblast'));
    const project = await newProject();
    const draftProject = await newProject({ status: 'draft' });
    const { doc, etag } = await create(
      editor,
      newArticleBody({
        byline: 'Aida Sadykova, Naryn oblast',
        bylineName: '  Aida Sadykova ',
        bylinePlaceId: place!.id,
        projectIds: [project.id, draftProject.id],
      }),
    );
    expect(doc).toMatchObject({
      bylineName: 'Aida Sadykova',
      bylinePlaceId: place!.id,
      bylineRole: null,
      projectIds: [project.id, draftProject.id].sort((a, b) => a - b),
      groupIds: [],
    });
    const url = `${base}/${doc.id}`;
    const preview = await editor.request('GET', `${url}/preview?locale=en`);
    expect(preview.body.data).toMatchObject({
      byline: 'Aida Sadykova, Naryn oblast',
      author: {
        name: 'Aida Sadykova',
        role: null,
        place: { slug: 'naryn-oblast', name: 'Naryn oblast' },
      },
      projects: [{ slug: project.slug, kind: 'project' }],
      groups: [],
    });
    expect(preview.body.data.projects).toHaveLength(1);

    const changed = await editor.request('PATCH', url, {
      body: { bylineName: null, bylinePlaceId: null, bylineRole: 'Press officer', projectIds: [] },
      headers: { 'if-match': etag },
    });
    expect(changed.status).toBe(200);
    expect(changed.body.data).toMatchObject({
      bylineName: null,
      bylinePlaceId: null,
      bylineRole: 'Press officer',
      projectIds: [],
    });
    const again = await editor.request('GET', `${url}/preview`);
    expect(again.body.data.author).toEqual({ name: null, role: 'Press officer', place: null });

    const revisions = (await editor.request('GET', `${url}/revisions`)).body.data;
    const restored = await editor.request('POST', `${url}/revisions/${revisions[1].id}/restore`, {
      headers: { 'if-match': changed.headers.etag as string },
    });
    expect(restored.status).toBe(200);
    expect(restored.body.data).toMatchObject({
      bylineName: 'Aida Sadykova',
      bylinePlaceId: place!.id,
      bylineRole: null,
      projectIds: doc.projectIds,
    });

    for (const [body, field] of [
      [{ bylinePlaceId: 2147483647 }, 'bylinePlaceId'],
      [{ projectIds: [2147483647] }, 'projectIds'],
      [{ groupIds: [2147483647] }, 'groupIds'],
    ] as const) {
      const r = await editor.request('POST', base, { body: newArticleBody(body) });
      expect(r.status, field).toBe(409);
      expect(r.body.errors[0].field).toBe(field);
    }
    const bad = await editor.request('POST', base, {
      body: newArticleBody({ bylinePlaceId: 'osh', bylineRole: 'x'.repeat(201) }),
    });
    expect(bad.status).toBe(400);
    expect(bad.body.errors.map((e: { field: string }) => e.field).sort()).toEqual([
      'bylinePlaceId',
      'bylineRole',
    ]);
  });

  it('lists drafts for staff with state and owner filters', async () => {
    const author = await staffSession('author');
    const { doc } = await create(author);
    const mine = await author.request('GET', `${base}?mine=true&state=draft`);
    expect(mine.status).toBe(200);
    expect(mine.body.data.map((d: { id: number }) => d.id)).toEqual([doc.id]);
    expect(mine.body.data[0]).toMatchObject({ state: 'draft', locales: ['ru'] });
  });

  it('writes the audit log: who did what to which item', async () => {
    const editor = await staffSession('editor');
    const { doc } = await create(editor);
    const { database } = await testApp();
    const { sql } = await import('drizzle-orm');
    const result = (await database.db.execute(
      sql`SELECT action, user_id AS "userId" FROM audit_log WHERE entity_type = 'article' AND entity_id = ${doc.id}`,
    )) as unknown as { rows: unknown[] };
    expect(result.rows).toEqual([{ action: 'create', userId: editor.user.id }]);
  });
});

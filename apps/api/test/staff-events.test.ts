import { sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { getJson, testApp } from './helpers/app.js';
import { newOrganization, newPlace, newProject, unique } from './helpers/factories.js';
import { staffSession, type StaffClient } from './helpers/staff.js';

const base = '/api/v1/staff/events';

function newEventBody(overrides: Record<string, unknown> = {}) {
  const slug = unique('staff-event');
  return {
    slug,
    startsAt: '2024-03-08T10:00:00+06:00',
    endsAt: '2024-03-08T13:00:00+06:00',
    translations: { en: { title: `Workshop ${slug}`, description: '<p>On rights</p>' } },
    ...overrides,
  };
}

async function create(client: StaffClient, body: object = newEventBody()) {
  const r = await client.request('POST', base, { body });
  expect(r.status, JSON.stringify(r.body)).toBe(201);
  return { doc: r.body.data, etag: r.headers.etag as string };
}

const fieldsOf = (body: { errors?: { field: string }[] }) =>
  (body.errors ?? []).map((e) => e.field).sort();

/** An image in the library without any alt text. */
async function imageWithoutAlt(): Promise<number> {
  const { database } = await testApp();
  const result = (await database.db.execute(
    sql`INSERT INTO media (kind, storage_key, mime_type) VALUES ('image', ${unique('k')}, 'image/jpeg') RETURNING id`,
  )) as unknown as { rows: { id: number }[] };
  return result.rows[0]!.id;
}

describe('staff events', () => {
  it('records an event with counts and partners; once published the public API and impact figures show it', async () => {
    const author = await staffSession('author', 'Asel Author');
    const editor = await staffSession('editor');
    const place = await newPlace();
    const partner = await newOrganization();
    const project = await newProject();
    const body = newEventBody({
      placeId: place.id,
      timeZone: 'Asia/Bishkek',
      format: 'training',
      participants: { women: 23, girls: 8, unspecified: 0 },
      partners: [
        { organizationId: partner.id, role: 'organizer' },
        { organizationId: partner.id, role: 'funder' },
      ],
      projectIds: [project.id],
    });
    const { doc, etag } = await create(author, body);
    expect(doc).toMatchObject({
      state: 'draft',
      owner: { id: author.user.id, displayName: 'Asel Author' },
      startsAt: '2024-03-08T04:00:00Z',
      endsAt: '2024-03-08T07:00:00Z',
      participants: { women: 23, girls: 8, men: null, boys: null, unspecified: 0, total: 31 },
      partners: [
        { organizationId: partner.id, role: 'organizer' },
        { organizationId: partner.id, role: 'funder' },
      ],
      projectIds: [project.id],
      missingLocales: ['ky', 'ru'],
    });
    expect(etag).toBe(`"event-${doc.id}-v1"`);
    expect((await author.request('GET', `${base}/${doc.id}`)).headers.etag).toBe(etag);
    expect((await getJson(`/api/v1/events/${body.slug}`)).status).toBe(404);

    const impact = () =>
      getJson<{ totals: { events: number; women: number; girls: number } }>(
        `/api/v1/stats/impact?project=${project.slug}`,
      );
    const before = (await impact()).body.totals;
    const published = await editor.request('POST', `${base}/${doc.id}/workflow`, {
      body: { action: 'publish' },
      headers: { 'if-match': etag },
    });
    expect(published.status, JSON.stringify(published.body)).toBe(200);
    const pub = await getJson<{ data: Record<string, unknown> }>(`/api/v1/events/${body.slug}`);
    expect(pub.status).toBe(200);
    expect(pub.body.data).toMatchObject({
      format: 'training',
      participants: { women: 23, girls: 8, unspecified: 0, total: 31 },
      place: { slug: place.slug },
      projects: [{ slug: project.slug }],
    });
    expect(pub.body.data.partners).toHaveLength(2);
    const after = (await impact()).body.totals;
    expect(after.events - before.events).toBe(1);
    expect(after.women - before.women).toBe(23);
    expect(after.girls - before.girls).toBe(8);
  });

  it('lets authors edit only their own drafts, and never publish', async () => {
    const author = await staffSession('author');
    const other = await staffSession('author');
    const { doc, etag } = await create(author);
    const url = `${base}/${doc.id}`;
    const foreign = await other.request('PATCH', url, {
      body: { format: 'meeting' },
      headers: { 'if-match': etag },
    });
    expect(foreign.status).toBe(403);
    const publish = await author.request('POST', `${url}/workflow`, {
      body: { action: 'publish' },
      headers: { 'if-match': etag },
    });
    expect(publish.status).toBe(403);
    const own = await author.request('PATCH', url, {
      body: { format: 'meeting', participants: { men: 4 } },
      headers: { 'if-match': etag },
    });
    expect(own.status).toBe(200);
    expect(own.body.data.participants).toMatchObject({ women: null, men: 4, total: 4 });
  });

  it('needs If-Match: 428 without, 412 when stale', async () => {
    const editor = await staffSession('editor');
    const { doc, etag } = await create(editor);
    const url = `${base}/${doc.id}`;
    expect((await editor.request('PATCH', url, { body: { format: 'other' } })).status).toBe(428);
    const ok = await editor.request('PATCH', url, {
      body: { format: 'other' },
      headers: { 'if-match': etag },
    });
    expect(ok.status).toBe(200);
    const stale = await editor.request('PATCH', url, {
      body: { format: 'meeting' },
      headers: { 'if-match': etag },
    });
    expect(stale.status).toBe(412);
  });

  it('answers odd input with a 4xx naming the field, never a 500', async () => {
    const editor = await staffSession('editor');
    const cases: [Record<string, unknown>, number, string[]][] = [
      [{ endsAt: '2024-03-07T10:00:00+06:00' }, 400, ['endsAt']],
      [{ startsAt: '0000-01-01T00:00:00Z', endsAt: null }, 400, ['startsAt']],
      [
        { participants: { women: -1, boys: 1e12 } },
        400,
        ['participants.boys', 'participants.women'],
      ],
      [{ latitude: 1e308, longitude: 73 }, 400, ['latitude']],
      [{ latitude: 42.8 }, 400, ['longitude']],
      [{ placeId: 99999999999 }, 400, ['placeId']],
      [{ placeId: 2147483647 }, 409, ['placeId']],
      [{ coverMediaId: 2147483647 }, 409, ['coverMediaId']],
      [{ partners: [{ organizationId: 2147483647, role: 'host' }] }, 409, ['partners']],
      [
        {
          partners: [
            { organizationId: 1, role: 'host' },
            { organizationId: 1, role: 'host' },
          ],
        },
        400,
        ['partners'],
      ],
      [{ partners: [{ organizationId: 1, role: 'sponsor' }] }, 400, ['partners.0.role']],
      [{ projectIds: [2147483647] }, 409, ['projectIds']],
      [{ seriesId: 2147483647 }, 409, ['seriesId']],
      [{ seriesPosition: 0 }, 400, ['seriesPosition']],
      [{ timeZone: 'Mars/Olympus_Mons' }, 400, ['timeZone']],
      [{ timeZone: '+06:00' }, 400, ['timeZone']],
      [{ format: 'party' }, 400, ['format']],
      [{ createdById: 1 }, 400, ['createdById']],
    ];
    for (const [overrides, status, fields] of cases) {
      const r = await editor.request('POST', base, { body: newEventBody(overrides) });
      expect(r.status, JSON.stringify(overrides)).toBe(status);
      expect(fieldsOf(r.body), JSON.stringify(overrides)).toEqual(fields);
    }
    const first = newEventBody();
    await create(editor, first);
    const taken = await editor.request('POST', base, { body: newEventBody({ slug: first.slug }) });
    expect(taken.status).toBe(409);
    expect(fieldsOf(taken.body)).toEqual(['slug']);

    // A PATCH is checked against the stored values it does not change.
    const { doc, etag } = await create(editor);
    const early = await editor.request('PATCH', `${base}/${doc.id}`, {
      body: { endsAt: '2020-01-01T00:00:00Z' },
      headers: { 'if-match': etag },
    });
    expect(early.status).toBe(400);
    expect(fieldsOf(early.body)).toEqual(['endsAt']);
  });

  it('previews a draft without a date as the public page would show it', async () => {
    const author = await staffSession('author');
    const { doc } = await create(
      author,
      newEventBody({
        startsAt: null,
        endsAt: null,
        translations: {
          ru: {
            title: 'Семинар',
            description: '<p onclick="x()">Текст<script>alert(1)</script></p>',
          },
        },
      }),
    );
    expect(doc.translations.ru.description).toBe('<p>Текст</p>');
    const preview = await author.request('GET', `${base}/${doc.id}/preview?locale=ru`);
    expect(preview.status, JSON.stringify(preview.body)).toBe(200);
    expect(preview.body.data).toMatchObject({ title: 'Семинар', startsAt: null, locale: 'ru' });
    expect((await author.request('GET', `${base}/2147483647/preview`)).status).toBe(404);
  });

  it('publishes only when its images have alt text in each of its languages', async () => {
    const editor = await staffSession('editor');
    const cover = await imageWithoutAlt();
    const { doc, etag } = await create(editor, newEventBody({ coverMediaId: cover }));
    const r = await editor.request('POST', `${base}/${doc.id}/workflow`, {
      body: { action: 'publish' },
      headers: { 'if-match': etag },
    });
    expect(r.status).toBe(409);
    expect(fieldsOf(r.body)).toEqual([`media.${cover}.alt.en`]);
  });

  it('keeps revisions, restores one, and deletes with If-Match', async () => {
    const editor = await staffSession('editor');
    const { doc, etag } = await create(
      editor,
      newEventBody({ participants: { women: 12 }, latitude: 42.87, longitude: 74.59 }),
    );
    const url = `${base}/${doc.id}`;
    const changed = await editor.request('PATCH', url, {
      body: { participants: { women: 15, girls: 3 }, latitude: null, longitude: null },
      headers: { 'if-match': etag },
    });
    expect(changed.status).toBe(200);
    const revisions = (await editor.request('GET', `${url}/revisions`)).body.data;
    expect(revisions.map((r: { version: number }) => r.version)).toEqual([2, 1]);
    const first = revisions[1].id;
    const changes = (await editor.request('GET', `${url}/revisions/${first}/changes`)).body.data;
    expect(changes.map((c: { path: string }) => c.path)).toEqual([
      'latitude',
      'longitude',
      'participants.girls',
      'participants.total',
      'participants.women',
    ]);
    const restored = await editor.request('POST', `${url}/revisions/${first}/restore`, {
      headers: { 'if-match': changed.headers.etag as string },
    });
    expect(restored.status, JSON.stringify(restored.body)).toBe(200);
    expect(restored.body.data).toMatchObject({
      version: 3,
      latitude: 42.87,
      participants: { women: 12, girls: null, total: 12 },
    });
    expect((await editor.request('DELETE', url)).status).toBe(428);
    const deleted = await editor.request('DELETE', url, {
      headers: { 'if-match': restored.headers.etag as string },
    });
    expect(deleted.status).toBe(204);
    expect((await editor.request('GET', url)).status).toBe(404);
  });
});

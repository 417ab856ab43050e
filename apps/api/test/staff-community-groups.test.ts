import { describe, expect, it } from 'vitest';
import { getJson } from './helpers/app.js';
import {
  newArticle,
  newEvent,
  newOrganization,
  newPlace,
  newProject,
  unique,
} from './helpers/factories.js';
import { newGroup } from './helpers/community-groups.js';
import { staffSession, type StaffClient } from './helpers/staff.js';

const base = '/api/v1/staff/community-groups';

function groupBody(overrides: Record<string, unknown> = {}) {
  const slug = unique('staff-group');
  return {
    slug,
    kind: 'self_help_group',
    translations: { en: { name: `Group ${slug}` } },
    ...overrides,
  };
}

async function create(client: StaffClient, body: object = groupBody()) {
  const r = await client.request('POST', base, { body });
  expect(r.status, JSON.stringify(r.body)).toBe(201);
  return { doc: r.body.data, etag: r.headers.etag as string };
}

const fieldsOf = (body: { errors?: { field: string }[] }) =>
  (body.errors ?? []).map((e) => e.field).sort();

describe('staff community groups', () => {
  it('records a group with every field; once published the public API, the map and the stats show it', async () => {
    const editor = await staffSession('editor', 'Elmira Editor');
    const place = await newPlace({
      parentSlug: 'batken-oblast',
      kind: 'district',
      name: 'Staffland',
    });
    const funder = await newOrganization();
    const project = await newProject();
    const event = await newEvent({ placeId: place.id });
    const article = await newArticle();
    const body = groupBody({
      placeId: place.id,
      latitude: 41.5,
      longitude: 74.25,
      foundedYear: 2009,
      memberCount: 14,
      activityStatus: 'active',
      leaderName: '  Aizada Leader ',
      leaderNamePublic: false,
      grants: [
        { amount: 1500, currency: 'EUR', funderOrganizationId: funder.id, year: 2012 },
        { amount: '25000.50', currency: 'KGS', funderName: 'Village council', purpose: 'Seeds' },
      ],
      eventIds: [event.id],
      projectIds: [project.id],
      articleIds: [article.id],
      translations: {
        en: {
          name: ' Ak-Jol ',
          activities: 'Savings, a greenhouse',
          business: 'Tomatoes',
          description: '<p>Founded by <b>neighbours</b></p><script>alert(1)</script>',
        },
        ru: { name: 'Ак-Жол' },
      },
    });
    const { doc, etag } = await create(editor, body);
    expect(doc).toMatchObject({
      state: 'draft',
      owner: { id: editor.user.id, displayName: 'Elmira Editor' },
      kind: 'self_help_group',
      placeId: place.id,
      foundedYear: 2009,
      memberCount: 14,
      leaderName: 'Aizada Leader',
      leaderNamePublic: false,
      grants: [
        {
          amount: '1500.00',
          currency: 'EUR',
          funderOrganizationId: funder.id,
          funderName: null,
          year: 2012,
          purpose: null,
        },
        {
          amount: '25000.50',
          currency: 'KGS',
          funderOrganizationId: null,
          funderName: 'Village council',
          year: null,
          purpose: 'Seeds',
        },
      ],
      memberGroupIds: [],
      associationIds: [],
      eventIds: [event.id],
      projectIds: [project.id],
      articleIds: [article.id],
      missingLocales: ['ky'],
      translations: {
        en: {
          name: 'Ak-Jol',
          activities: 'Savings, a greenhouse',
          business: 'Tomatoes',
          description: '<p>Founded by <b>neighbours</b></p>',
        },
        ru: { name: 'Ак-Жол', activities: null, business: null, description: null },
      },
    });
    expect(etag).toBe(`"community_group-${doc.id}-v1"`);
    expect((await getJson(`/api/v1/community-groups/${body.slug}`)).status).toBe(404);

    const preview = await editor.request('GET', `${base}/${doc.id}/preview?locale=en`);
    expect(preview.status).toBe(200);
    expect(preview.body.data).toMatchObject({ slug: body.slug, name: 'Ak-Jol', leaderName: null });

    const published = await editor.request('POST', `${base}/${doc.id}/workflow`, {
      body: { action: 'publish' },
      headers: { 'if-match': etag },
    });
    expect(published.status, JSON.stringify(published.body)).toBe(200);
    expect(published.body.data.state).toBe('published');

    const pub = await getJson<{ data: Record<string, unknown> }>(
      `/api/v1/community-groups/${body.slug}?locale=en`,
    );
    expect(pub.status).toBe(200);
    expect(pub.body.data).toMatchObject({
      name: 'Ak-Jol',
      memberCount: 14,
      foundedYear: 2009,
      leaderName: null,
      coordinates: { latitude: 41.5, longitude: 74.25 },
      grants: [
        {
          amount: '1500.00',
          currency: 'EUR',
          funder: { slug: funder.slug, kind: 'ngo' },
          funderName: null,
          year: 2012,
        },
        { amount: '25000.50', currency: 'KGS', funder: null, funderName: 'Village council' },
      ],
      projects: [{ slug: project.slug }],
      events: [{ slug: event.slug }],
      articles: [{ title: `Article ${article.slug}` }],
    });
    const listed = await getJson<{ data: { slug: string }[] }>(
      `/api/v1/community-groups?place=${place.slug}`,
    );
    expect(listed.body.data.map((g) => g.slug)).toEqual([body.slug]);
    const stats = await getJson<{ totals: { groups: number; members: number } }>(
      `/api/v1/stats/groups?place=${place.slug}`,
    );
    expect(stats.body.totals).toMatchObject({ groups: 1, members: 14 });

    // The leader agrees to be named.
    const shown = await editor.request('PATCH', `${base}/${doc.id}`, {
      body: { leaderNamePublic: true },
      headers: { 'if-match': published.headers.etag as string },
    });
    expect(shown.status).toBe(200);
    const again = await getJson<{ data: { leaderName: string } }>(
      `/api/v1/community-groups/${body.slug}`,
    );
    expect(again.body.data.leaderName).toBe('Aizada Leader');
  });

  it('replaces grants and links as a whole, and keeps what a PATCH leaves out', async () => {
    const editor = await staffSession('editor');
    const project = await newProject();
    const { doc, etag } = await create(
      editor,
      groupBody({
        grants: [
          { amount: 10, currency: 'USD' },
          { amount: 20, currency: 'USD' },
        ],
        projectIds: [project.id],
      }),
    );
    const r = await editor.request('PATCH', `${base}/${doc.id}`, {
      body: { grants: [{ amount: 99.9, currency: 'KGS', year: 2020 }] },
      headers: { 'if-match': etag },
    });
    expect(r.status, JSON.stringify(r.body)).toBe(200);
    expect(r.body.data.grants).toEqual([
      {
        amount: '99.90',
        currency: 'KGS',
        funderOrganizationId: null,
        funderName: null,
        year: 2020,
        purpose: null,
      },
    ]);
    expect(r.body.data.projectIds).toEqual([project.id]);
    expect(r.body.data.version).toBe(2);

    const bad = await editor.request('PATCH', `${base}/${doc.id}`, {
      body: { grants: [{ amount: 1.234, currency: 'KGS' }] },
      headers: { 'if-match': r.headers.etag as string },
    });
    expect(bad.status).toBe(400);
    expect(fieldsOf(bad.body)).toEqual(['grants.0.amount']);
    const lower = await editor.request('POST', base, {
      body: groupBody({ grants: [{ amount: 5, currency: 'som' }] }),
    });
    expect(lower.status).toBe(400);
  });

  it('gives member groups to associations only, never the association itself', async () => {
    const editor = await staffSession('editor');
    const a = await newGroup({ name: 'Member A' });
    const b = await newGroup({ name: 'Member B' });

    const notAssociation = await editor.request('POST', base, {
      body: groupBody({ memberGroupIds: [a.id] }),
    });
    expect(notAssociation.status).toBe(400);
    expect(fieldsOf(notAssociation.body)).toEqual(['memberGroupIds']);

    const { doc, etag } = await create(
      editor,
      groupBody({ kind: 'association', memberGroupIds: [a.id, b.id], memberCount: 30 }),
    );
    expect(doc.memberGroupIds).toEqual([a.id, b.id].sort((x, y) => x - y));
    const member = await editor.request('GET', `${base}/${a.id}`);
    expect(member.body.data.associationIds).toEqual([doc.id]);

    const self = await editor.request('PATCH', `${base}/${doc.id}`, {
      body: { memberGroupIds: [a.id, doc.id] },
      headers: { 'if-match': etag },
    });
    expect(self.status).toBe(400);
    expect(fieldsOf(self.body)).toEqual(['memberGroupIds']);

    // Becoming a self-help group while it still has members is refused; with them cleared, fine.
    const kind = await editor.request('PATCH', `${base}/${doc.id}`, {
      body: { kind: 'self_help_group' },
      headers: { 'if-match': etag },
    });
    expect(kind.status).toBe(400);
    expect(fieldsOf(kind.body)).toEqual(['memberGroupIds']);

    const missing = await editor.request('PATCH', `${base}/${doc.id}`, {
      body: { memberGroupIds: [2147483000] },
      headers: { 'if-match': etag },
    });
    expect(missing.status).toBe(409);
    expect(fieldsOf(missing.body)).toEqual(['memberGroupIds']);

    const cleared = await editor.request('PATCH', `${base}/${doc.id}`, {
      body: { kind: 'self_help_group', memberGroupIds: [] },
      headers: { 'if-match': etag },
    });
    expect(cleared.status, JSON.stringify(cleared.body)).toBe(200);
    expect(cleared.body.data).toMatchObject({ kind: 'self_help_group', memberGroupIds: [] });
  });

  it('checks fields: slug taken, coordinates in pairs, years and counts in range', async () => {
    const editor = await staffSession('editor');
    const { doc } = await create(editor);
    const taken = await editor.request('POST', base, { body: groupBody({ slug: doc.slug }) });
    expect(taken.status).toBe(409);
    expect(fieldsOf(taken.body)).toEqual(['slug']);
    const half = await editor.request('POST', base, { body: groupBody({ latitude: 41 }) });
    expect(half.status).toBe(400);
    expect(fieldsOf(half.body)).toEqual(['longitude']);
    const year = await editor.request('POST', base, { body: groupBody({ foundedYear: 1850 }) });
    expect(year.status).toBe(400);
    const count = await editor.request('POST', base, { body: groupBody({ memberCount: -1 }) });
    expect(count.status).toBe(400);
    const kind = await editor.request('POST', base, { body: groupBody({ kind: 'club' }) });
    expect(kind.status).toBe(400);
    const place = await editor.request('POST', base, { body: groupBody({ placeId: 2147483000 }) });
    expect(place.status).toBe(409);
    expect(fieldsOf(place.body)).toEqual(['placeId']);
  });

  it('lets authors read groups but not write them (editors and up)', async () => {
    const author = await staffSession('author');
    const editor = await staffSession('editor');
    const created = await author.request('POST', base, { body: groupBody() });
    expect(created.status).toBe(403);
    const { doc, etag } = await create(editor);
    expect((await author.request('GET', base)).status).toBe(200);
    expect((await author.request('GET', `${base}/${doc.id}`)).status).toBe(200);
    expect((await author.request('GET', `${base}/${doc.id}/preview`)).status).toBe(200);
    const patch = await author.request('PATCH', `${base}/${doc.id}`, {
      body: { memberCount: 3 },
      headers: { 'if-match': etag },
    });
    expect(patch.status).toBe(403);
  });

  it('keeps revisions and restores an old version', async () => {
    const editor = await staffSession('editor');
    const { doc, etag } = await create(editor, groupBody({ memberCount: 10 }));
    const changed = await editor.request('PATCH', `${base}/${doc.id}`, {
      body: { memberCount: 12, translations: { en: { name: 'Renamed' } } },
      headers: { 'if-match': etag },
    });
    expect(changed.status).toBe(200);
    const revisions = (await editor.request('GET', `${base}/${doc.id}/revisions`)).body.data;
    expect(revisions).toHaveLength(2);
    const oldest = revisions.at(-1).id;
    const restored = await editor.request('POST', `${base}/${doc.id}/revisions/${oldest}/restore`, {
      headers: { 'if-match': changed.headers.etag as string },
    });
    expect(restored.status, JSON.stringify(restored.body)).toBe(200);
    expect(restored.body.data).toMatchObject({
      memberCount: 10,
      translations: { en: { name: doc.translations.en.name } },
    });
    const list = await editor.request('GET', `${base}?q=${encodeURIComponent(doc.slug)}`);
    expect(list.status).toBe(200);
  });
});

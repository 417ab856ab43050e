import { describe, expect, it } from 'vitest';
import { getJson } from './helpers/app.js';
import { newEvent, unique } from './helpers/factories.js';
import { staffSession, type StaffClient } from './helpers/staff.js';

const base = '/api/v1/staff/places';

interface TreeNode {
  id: number;
  parentId: number | null;
  kind: string;
  slug: string;
  depth: number;
  names: Record<string, string>;
}

async function tree(client: StaffClient): Promise<TreeNode[]> {
  const r = await client.request('GET', `${base}/tree`);
  expect(r.status).toBe(200);
  return r.body.data;
}

async function create(client: StaffClient, parentId: number, kind: string, name?: string) {
  const slug = unique('staff-place');
  const r = await client.request('POST', base, {
    body: { parentId, kind, slug, translations: { en: { name: name ?? slug } } },
  });
  expect(r.status, JSON.stringify(r.body)).toBe(201);
  return { doc: r.body.data, etag: r.headers.etag as string };
}

/**
 * Tests build their nodes under Talas oblast: other files count the seeded oblasts and the
 * places under Jalal-Abad and Kara-Suu exactly, and share this database.
 */
async function talas(client: StaffClient): Promise<TreeNode & { path?: string }> {
  return (await tree(client)).find((n) => n.slug === 'talas-oblast')!;
}

async function read(client: StaffClient, id: number) {
  const r = await client.request('GET', `${base}/${id}`);
  return { doc: r.body.data, etag: r.headers.etag as string };
}

describe('staff places', () => {
  it('creates nodes under a parent with path and depth, shown in the tree and publicly', async () => {
    const editor = await staffSession('editor');
    const root = (await tree(editor)).find((n) => n.slug === 'kyrgyzstan')!;
    expect(root).toMatchObject({ parentId: null, kind: 'country', depth: 0 });
    const parent = await talas(editor);
    const { doc: oblast } = await create(editor, parent.id, 'district');
    expect(oblast).toMatchObject({
      parentId: parent.id,
      depth: 2,
      path: `/${root.id}/${parent.id}/${oblast.id}/`,
      childCount: 0,
      eventCount: 0,
      aliases: [],
    });
    const { doc: village } = await create(editor, oblast.id, 'settlement', 'Kara-Suu');
    expect(village.path).toBe(`/${root.id}/${parent.id}/${oblast.id}/${village.id}/`);
    expect(village.depth).toBe(3);
    const nodes = await tree(editor);
    const ids = nodes.map((n) => n.id);
    expect(ids.indexOf(village.id)).toBeGreaterThan(ids.indexOf(oblast.id));
    expect(nodes.find((n) => n.id === village.id)).toMatchObject({
      parentId: oblast.id,
      names: { en: 'Kara-Suu' },
    });
    const pub = await getJson<{ data: { path: { slug: string }[] } }>(
      `/api/v1/places/${village.slug}?locale=en`,
    );
    expect(pub.body.data.path.map((p) => p.slug)).toEqual([
      'kyrgyzstan',
      'talas-oblast',
      oblast.slug,
      village.slug,
    ]);
  });

  it('refuses a missing parent, an unknown parent, and a kind not deeper than the parent', async () => {
    const editor = await staffSession('editor');
    const { doc: district } = await create(editor, (await talas(editor)).id, 'district');
    const slug = unique('bad-place');
    const body = (extra: object) => ({ slug, translations: { en: { name: 'x' } }, ...extra });
    const noParent = await editor.request('POST', base, { body: body({ kind: 'city' }) });
    expect(noParent.status).toBe(400);
    expect(noParent.body.errors[0].field).toBe('parentId');
    const unknown = await editor.request('POST', base, {
      body: body({ kind: 'city', parentId: 2147483647 }),
    });
    expect(unknown.status).toBe(400);
    const shallower = await editor.request('POST', base, {
      body: body({ kind: 'oblast', parentId: district.id }),
    });
    expect(shallower.status).toBe(400);
    expect(shallower.body.errors[0].field).toBe('kind');
    const badCoords = await editor.request('POST', base, {
      body: body({ kind: 'settlement', parentId: district.id, latitude: 91 }),
    });
    expect(badCoords.status).toBe(400);
    const taken = await editor.request('POST', base, {
      body: body({ kind: 'settlement', parentId: district.id, slug: 'kyrgyzstan' }),
    });
    expect(taken.status).toBe(409);
    expect(taken.body.errors[0].field).toBe('slug');
  });

  it('moves a node with its whole subtree, and refuses to move it under itself', async () => {
    const editor = await staffSession('editor');
    const root = (await tree(editor)).find((n) => n.slug === 'kyrgyzstan')!;
    const parent = await talas(editor);
    const { doc: a } = await create(editor, parent.id, 'district');
    const { doc: b } = await create(editor, parent.id, 'district');
    const { doc: district } = await create(editor, a.id, 'rural_district');
    const { doc: village } = await create(editor, district.id, 'settlement');

    const cur = await read(editor, district.id);
    const moved = await editor.request('PATCH', `${base}/${district.id}`, {
      body: { parentId: b.id, aliases: ['Old name', ' Old name '] },
      headers: { 'if-match': cur.etag },
    });
    expect(moved.status, JSON.stringify(moved.body)).toBe(200);
    expect(moved.body.data).toMatchObject({
      parentId: b.id,
      path: `/${root.id}/${parent.id}/${b.id}/${district.id}/`,
      depth: 3,
      version: 2,
      aliases: ['Old name'],
    });
    const child = (await read(editor, village.id)).doc;
    expect(child.path).toBe(`/${root.id}/${parent.id}/${b.id}/${district.id}/${village.id}/`);
    expect(child.depth).toBe(4);

    // Under its own child: a cycle.
    const now = await read(editor, district.id);
    const cycle = await editor.request('PATCH', `${base}/${district.id}`, {
      body: { parentId: village.id },
      headers: { 'if-match': now.etag },
    });
    expect(cycle.status).toBe(409);
    const self = await editor.request('PATCH', `${base}/${district.id}`, {
      body: { parentId: district.id },
      headers: { 'if-match': now.etag },
    });
    expect(self.status).toBe(409);
    // A kind that would sit below its own children.
    const tooDeep = await editor.request('PATCH', `${base}/${district.id}`, {
      body: { kind: 'settlement' },
      headers: { 'if-match': now.etag },
    });
    expect(tooDeep.status).toBe(400);
    expect((await read(editor, district.id)).doc.version).toBe(2);
  });

  it('refuses to delete a place with children or events, deletes an unused one', async () => {
    const editor = await staffSession('editor');
    const { doc: oblast, etag: oblastTag } = await create(
      editor,
      (await talas(editor)).id,
      'district',
    );
    const { doc: village, etag } = await create(editor, oblast.id, 'settlement');
    const parentDelete = await editor.request('DELETE', `${base}/${oblast.id}`, {
      headers: { 'if-match': oblastTag },
    });
    expect(parentDelete.status).toBe(409);
    expect(parentDelete.body.detail).toMatch(/under it/);

    await newEvent({ placeId: village.id });
    const used = await editor.request('DELETE', `${base}/${village.id}`, {
      headers: { 'if-match': etag },
    });
    expect(used.status).toBe(409);
    expect(used.body.detail).toMatch(/event/);

    const { doc: spare, etag: spareTag } = await create(editor, oblast.id, 'settlement');
    const gone = await editor.request('DELETE', `${base}/${spare.id}`, {
      headers: { 'if-match': spareTag },
    });
    expect(gone.status).toBe(204);
    expect((await editor.request('GET', `${base}/${spare.id}`)).status).toBe(404);
  });

  it('lets authors read but not write places', async () => {
    const author = await staffSession('author');
    expect((await author.request('GET', `${base}/tree`)).status).toBe(200);
    expect((await author.request('GET', base)).status).toBe(200);
    const r = await author.request('POST', base, {
      body: {
        parentId: (await talas(author)).id,
        kind: 'district',
        slug: unique('p'),
        translations: { en: { name: 'x' } },
      },
    });
    expect(r.status).toBe(403);
  });
});

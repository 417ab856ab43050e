import sharp from 'sharp';
import { beforeAll, describe, expect, it } from 'vitest';
import { getJson, testApp } from './helpers/app.js';
import { unique } from './helpers/factories.js';
import { staffSession, type StaffClient } from './helpers/staff.js';

/**
 * The permission matrix: every staff write route, for every kind of caller, with the answer
 * the policy promises. A route missing from the table fails the last test, so a new route
 * cannot ship without its row.
 */

type Actor = 'anonymous' | 'author-own' | 'author-other' | 'editor' | 'admin';
const ACTORS: Actor[] = ['anonymous', 'author-own', 'author-other', 'editor', 'admin'];
type Operation = 'create' | 'update' | 'delete' | 'submit' | 'publish' | 'restore';

interface ResourceCase {
  name: string;
  path: string;
  /** Authors may create it (and then own it). */
  authored: boolean;
  /** Only admins may write it. */
  adminOnly?: boolean;
  /** Path creating one, when not `path` (videos are added by link). */
  createPath?: string;
  operations: Operation[];
  create: () => object;
  patch: () => object;
}

const EDITABLE: Operation[] = ['create', 'update', 'delete', 'restore'];
const WORKFLOW: Operation[] = [...EDITABLE, 'submit', 'publish'];

const named = (prefix: string, build: (slug: string) => object) => () => build(unique(prefix));
const ru = (fields: object) => ({ translations: { ru: fields } });
let parentPlaceId = 0;
const videoId = () => `${Math.random().toString(36).slice(2)}aaaaaaaaaaa`.slice(0, 11);

const CASES: ResourceCase[] = [
  {
    name: 'article',
    path: '/api/v1/staff/articles',
    authored: true,
    operations: WORKFLOW,
    create: named('perm-article', (slug) => ru({ title: 'Статья', slug, body: '<p>x</p>' })),
    patch: () => ({ byline: 'Changed' }),
  },
  {
    name: 'event',
    path: '/api/v1/staff/events',
    authored: true,
    operations: WORKFLOW,
    create: named('perm-event', (slug) => ({ slug, ...ru({ title: 'Семинар' }) })),
    patch: () => ({ participants: { women: 3 } }),
  },
  {
    name: 'event series',
    path: '/api/v1/staff/event-series',
    authored: false,
    operations: WORKFLOW,
    create: named('perm-series', (slug) => ({ slug, ...ru({ title: 'Серия' }) })),
    patch: () => ru({ title: 'Другая серия' }),
  },
  {
    name: 'organization',
    path: '/api/v1/staff/organizations',
    authored: false,
    operations: WORKFLOW,
    create: named('perm-org', (slug) => ({ slug, kind: 'ngo', ...ru({ name: 'Организация' }) })),
    patch: () => ({ showInFooter: false }),
  },
  {
    name: 'community group',
    path: '/api/v1/staff/community-groups',
    authored: false,
    operations: WORKFLOW,
    create: named('perm-group', (slug) => ({
      slug,
      kind: 'self_help_group',
      ...ru({ name: 'Группа самопомощи' }),
    })),
    patch: () => ({ memberCount: 12 }),
  },
  {
    name: 'project',
    path: '/api/v1/staff/projects',
    authored: false,
    operations: WORKFLOW,
    create: named('perm-project', (slug) => ({ slug, ...ru({ title: 'Проект' }) })),
    patch: () => ({ kind: 'initiative' }),
  },
  {
    name: 'page',
    path: '/api/v1/staff/pages',
    authored: false,
    operations: WORKFLOW,
    create: named('perm-page', (slug) => ({
      key: slug,
      ...ru({ title: 'О нас', slug, body: '' }),
    })),
    patch: () => ru({ title: 'О нас', slug: unique('perm-page'), body: '<p>x</p>' }),
  },
  {
    name: 'place',
    path: '/api/v1/staff/places',
    authored: false,
    operations: EDITABLE,
    create: named('perm-place', (slug) => ({
      parentId: parentPlaceId,
      kind: 'settlement',
      slug,
      ...ru({ name: 'Село' }),
    })),
    patch: () => ({ latitude: 41.5, longitude: 74.5 }),
  },
  {
    name: 'tag',
    path: '/api/v1/staff/tags',
    authored: false,
    operations: ['create', 'update', 'delete'],
    create: named('perm-tag', (slug) => ({ slug, ...ru({ name: 'Метка' }) })),
    patch: () => ru({ name: 'Другая метка' }),
  },
  {
    name: 'media',
    path: '/api/v1/staff/media',
    createPath: '/api/v1/staff/media/videos',
    authored: true,
    operations: ['create', 'update', 'delete'],
    create: () => ({ url: `https://youtu.be/${videoId()}` }),
    patch: () => ({ credit: 'Changed' }),
  },
  {
    name: 'user',
    path: '/api/v1/staff/users',
    authored: false,
    adminOnly: true,
    operations: ['create', 'update'],
    create: () => ({
      email: `${unique('perm-user')}@jaryk.test`,
      displayName: 'New Colleague',
      role: 'author',
      password: 'a long enough passphrase',
    }),
    patch: () => ({ displayName: 'Renamed Colleague' }),
  },
];

const clients = {} as Record<'author' | 'otherAuthor' | 'editor' | 'admin', StaffClient>;

beforeAll(async () => {
  clients.author = await staffSession('author');
  clients.otherAuthor = await staffSession('author');
  clients.editor = await staffSession('editor');
  clients.admin = await staffSession('admin');
  // The matrix's places go into a district of its own, so counts other tests assert stay put.
  const tree = await clients.editor.request('GET', '/api/v1/staff/places/tree');
  const talas = tree.body.data.find((p: { slug: string }) => p.slug === 'talas-oblast');
  const district = await clients.editor.request('POST', '/api/v1/staff/places', {
    body: {
      parentId: talas.id,
      kind: 'district',
      slug: unique('perm-district'),
      ...ru({ name: 'Район' }),
    },
  });
  parentPlaceId = district.body.data.id;
});

/** Who makes the item an actor then acts on. */
function ownerFor(c: ResourceCase, actor: Actor): StaffClient {
  if (actor === 'author-own' && c.authored) return clients.author;
  if (actor === 'author-other' && c.authored) return clients.otherAuthor;
  return c.adminOnly ? clients.admin : clients.editor;
}

async function newItem(c: ResourceCase, owner: StaffClient) {
  const r = await owner.request('POST', c.createPath ?? c.path, { body: c.create() });
  expect(r.status, `${c.name} fixture: ${JSON.stringify(r.body)}`).toBe(201);
  return { id: r.body.data.id as number, etag: r.headers.etag as string };
}

/** Sends the operation as the actor; returns the status. */
async function perform(c: ResourceCase, actor: Actor, op: Operation): Promise<number> {
  const { app } = await testApp();
  const as =
    actor === 'anonymous'
      ? null
      : actor.startsWith('author')
        ? clients.author
        : clients[actor as 'editor' | 'admin'];
  const send = async (
    method: 'POST' | 'PATCH' | 'DELETE',
    url: string,
    body?: object,
    etag?: string,
  ) => {
    if (!as) {
      const r = await app.inject({ method, url, ...(body ? { payload: body } : {}) });
      return r.statusCode;
    }
    return (
      await as.request(method, url, {
        ...(body ? { body } : {}),
        headers: etag ? { 'if-match': etag } : {},
      })
    ).status;
  };
  if (op === 'create') return send('POST', c.createPath ?? c.path, c.create());
  const item = await newItem(c, ownerFor(c, actor));
  const url = `${c.path}/${item.id}`;
  switch (op) {
    case 'update':
      return send('PATCH', url, c.patch(), item.etag);
    case 'delete':
      return send('DELETE', url, undefined, item.etag);
    case 'submit':
      return send('POST', `${url}/workflow`, { action: 'submit' }, item.etag);
    case 'publish':
      return send('POST', `${url}/workflow`, { action: 'publish' }, item.etag);
    case 'restore': {
      const owner = ownerFor(c, actor);
      const revisions = (await owner.request('GET', `${url}/revisions`)).body.data;
      return send('POST', `${url}/revisions/${revisions[0].id}/restore`, undefined, item.etag);
    }
  }
}

/** What the policy promises (apps/api/src/modules/staff/policy.ts). */
function expected(c: ResourceCase, actor: Actor, op: Operation): number {
  const ok = op === 'create' ? 201 : op === 'delete' ? 204 : 200;
  if (actor === 'anonymous') return 401;
  if (actor === 'admin') return ok;
  if (c.adminOnly) return 403;
  if (actor === 'editor') return ok;
  if (!c.authored) return 403;
  if (op === 'create') return ok;
  if (actor === 'author-other') return 403;
  return op === 'publish' ? 403 : ok;
}

describe('permission matrix', () => {
  for (const c of CASES) {
    for (const op of c.operations) {
      it(`${c.name} ${op}: ${ACTORS.map((a) => `${a} ${expected(c, a, op)}`).join(', ')}`, async () => {
        const answers: Record<string, number> = {};
        for (const actor of ACTORS) answers[actor] = await perform(c, actor, op);
        expect(answers).toEqual(Object.fromEntries(ACTORS.map((a) => [a, expected(c, a, op)])));
      });
    }
  }

  it('media upload: anonymous 401, author 201, editor 201, admin 201', async () => {
    const { app } = await testApp();
    const upload = async (client: StaffClient | null) => {
      const png = await sharp({
        create: {
          width: 8,
          height: 8,
          channels: 3,
          background: { r: Math.floor(Math.random() * 255), g: 9, b: 9 },
        },
      })
        .png()
        .toBuffer();
      const boundary = `----perm${Date.now()}`;
      const payload = Buffer.concat([
        Buffer.from(
          `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="p.png"\r\nContent-Type: image/png\r\n\r\n`,
        ),
        png,
        Buffer.from(`\r\n--${boundary}--\r\n`),
      ]);
      const r = await app.inject({
        method: 'POST',
        url: '/api/v1/staff/media',
        payload,
        headers: {
          ...(client?.headers ?? {}),
          'content-type': `multipart/form-data; boundary=${boundary}`,
        },
      });
      return r.statusCode;
    };
    expect({
      anonymous: await upload(null),
      author: await upload(clients.author),
      editor: await upload(clients.editor),
      admin: await upload(clients.admin),
    }).toEqual({ anonymous: 401, author: 201, editor: 201, admin: 201 });
  });

  it('settings: anonymous 401, author 403, editor 403, admin 200', async () => {
    const { app } = await testApp();
    const etag = (await clients.admin.request('GET', '/api/v1/staff/settings')).headers
      .etag as string;
    const patch = (client: StaffClient) =>
      client.request('PATCH', '/api/v1/staff/settings', {
        body: { contactEmail: 'office@jaryk.test' },
        headers: { 'if-match': etag },
      });
    const anonymous = await app.inject({
      method: 'PATCH',
      url: '/api/v1/staff/settings',
      payload: { contactEmail: 'office@jaryk.test' },
    });
    expect({
      anonymous: anonymous.statusCode,
      author: (await patch(clients.author)).status,
      editor: (await patch(clients.editor)).status,
      admin: (await patch(clients.admin)).status,
    }).toEqual({ anonymous: 401, author: 403, editor: 403, admin: 200 });
  });

  it('reads of users, settings and the audit log are for admins only', async () => {
    for (const url of ['/api/v1/staff/users', '/api/v1/staff/settings', '/api/v1/staff/audit']) {
      const answers = {
        author: (await clients.author.request('GET', url)).status,
        editor: (await clients.editor.request('GET', url)).status,
        admin: (await clients.admin.request('GET', url)).status,
      };
      expect(answers, url).toEqual({ author: 403, editor: 403, admin: 200 });
    }
  });

  it('covers every staff write route of the OpenAPI document', async () => {
    const { body } = await getJson<{ paths: Record<string, Record<string, unknown>> }>(
      '/api/openapi.json',
    );
    const covered = new Set<string>();
    const routeOf: Record<Operation, (c: ResourceCase) => string> = {
      create: (c) => `post ${c.createPath ?? c.path}`,
      update: (c) => `patch ${c.path}/{id}`,
      delete: (c) => `delete ${c.path}/{id}`,
      restore: (c) => `post ${c.path}/{id}/revisions/{revisionId}/restore`,
      submit: (c) => `post ${c.path}/{id}/workflow`,
      publish: (c) => `post ${c.path}/{id}/workflow`,
    };
    for (const c of CASES) for (const op of c.operations) covered.add(routeOf[op](c));
    // Covered by their own tests below.
    covered.add('post /api/v1/staff/media').add('patch /api/v1/staff/settings');
    const writes = Object.entries(body.paths).flatMap(([path, methods]) =>
      Object.keys(methods)
        .filter((m) => ['post', 'patch', 'delete', 'put'].includes(m))
        .map((m) => `${m} ${path}`),
    );
    const staffWrites = writes.filter((w) => w.includes(' /api/v1/staff/'));
    expect(staffWrites.filter((w) => !covered.has(w))).toEqual([]);
  });
});

import { describe, expect, it } from 'vitest';
import { testApp } from './helpers/app.js';
import { unique } from './helpers/factories.js';
import {
  TEST_PASSWORD,
  clientFor,
  login,
  sessionCookieOf,
  staffSession,
  type StaffClient,
} from './helpers/staff.js';

const base = '/api/v1/staff/users';
const NEW_PASSWORD = 'violet kettle mountain 42';

async function loginAs(email: string, password: string): Promise<StaffClient> {
  const response = await login(email, password);
  expect(response.statusCode, response.body).toBe(200);
  const { data } = JSON.parse(response.body) as { data: { csrfToken: string; user: never } };
  return clientFor(
    await testApp(),
    data.user,
    sessionCookieOf(response.headers['set-cookie']),
    data.csrfToken,
  );
}

async function createEditor(admin: StaffClient) {
  const email = `${unique('new-editor')}@Jaryk.test`;
  const r = await admin.request('POST', base, {
    body: { email, displayName: 'Nurgul Editor', role: 'editor', password: NEW_PASSWORD },
  });
  expect(r.status, JSON.stringify(r.body)).toBe(201);
  return { user: r.body.data, etag: r.headers.etag as string, email: email.toLowerCase() };
}

describe('staff users', () => {
  it('an admin creates an editor who can log in; no password hash ever leaves', async () => {
    const admin = await staffSession('admin');
    const { user, etag, email } = await createEditor(admin);
    expect(user).toMatchObject({
      email,
      role: 'editor',
      active: true,
      hasPassword: true,
      version: 1,
    });
    expect(etag).toBe(`"user-${user.id}-v1"`);
    expect(JSON.stringify(user)).not.toMatch(/argon|hash"/i);
    const editor = await loginAs(email, NEW_PASSWORD);
    expect((await editor.request('GET', '/api/v1/staff/places')).status).toBe(200);

    const list = await admin.request('GET', `${base}?q=${encodeURIComponent(email)}&role=editor`);
    expect(list.status).toBe(200);
    expect(list.body.data.map((u: { id: number }) => u.id)).toEqual([user.id]);
    expect(JSON.stringify(list.body)).not.toMatch(/\$argon2/);
  });

  it('refuses weak passwords and taken e-mails with the field named', async () => {
    const admin = await staffSession('admin');
    const weak = await admin.request('POST', base, {
      body: {
        email: `${unique('w')}@jaryk.test`,
        displayName: 'W',
        role: 'author',
        password: 'short',
      },
    });
    expect(weak.status).toBe(400);
    expect(weak.body.errors[0].field).toBe('password');
    const { email } = await createEditor(admin);
    const taken = await admin.request('POST', base, {
      body: {
        email: email.toUpperCase(),
        displayName: 'Again',
        role: 'author',
        password: NEW_PASSWORD,
      },
    });
    expect(taken.status).toBe(409);
    expect(taken.body.errors[0].field).toBe('email');
    const badRole = await admin.request('POST', base, {
      body: {
        email: `${unique('r')}@jaryk.test`,
        displayName: 'R',
        role: 'owner',
        password: NEW_PASSWORD,
      },
    });
    expect(badRole.status).toBe(400);
  });

  it('deactivating a user ends their session: their next request is 401', async () => {
    const admin = await staffSession('admin');
    const { user, etag, email } = await createEditor(admin);
    const editor = await loginAs(email, NEW_PASSWORD);
    expect((await editor.request('GET', '/api/v1/staff/pages')).status).toBe(200);
    const off = await admin.request('PATCH', `${base}/${user.id}`, {
      body: { active: false },
      headers: { 'if-match': etag },
    });
    expect(off.status).toBe(200);
    expect(off.body.data.active).toBe(false);
    expect((await editor.request('GET', '/api/v1/staff/pages')).status).toBe(401);
    expect((await login(email, NEW_PASSWORD)).statusCode).toBe(401);
  });

  it('a new password ends their sessions; the new one works', async () => {
    const admin = await staffSession('admin');
    const { user, etag, email } = await createEditor(admin);
    const editor = await loginAs(email, NEW_PASSWORD);
    const weak = await admin.request('PATCH', `${base}/${user.id}`, {
      body: { password: 'nurgul editor' },
      headers: { 'if-match': etag },
    });
    expect(weak.status).toBe(400);
    const set = await admin.request('PATCH', `${base}/${user.id}`, {
      body: { password: TEST_PASSWORD, displayName: 'Nurgul' },
      headers: { 'if-match': etag },
    });
    expect(set.status, JSON.stringify(set.body)).toBe(200);
    expect(set.body.data.displayName).toBe('Nurgul');
    expect((await editor.request('GET', '/api/v1/staff/pages')).status).toBe(401);
    await loginAs(email, TEST_PASSWORD);
  });

  it('an admin cannot deactivate or demote themselves, nor the last active admin', async () => {
    const admin = await staffSession('admin');
    const self = await admin.request('GET', `${base}/${admin.user.id}`);
    const etag = self.headers.etag as string;
    for (const body of [{ active: false }, { role: 'editor' }]) {
      const r = await admin.request('PATCH', `${base}/${admin.user.id}`, {
        body,
        headers: { 'if-match': etag },
      });
      expect(r.status).toBe(409);
    }
    // Make this admin the only active one, then another admin's demotion... by themselves
    // is refused above; the last-admin rule is checked by demoting every other admin.
    const others = await admin.request('GET', `${base}?role=admin&active=true&pageSize=100`);
    for (const other of others.body.data as { id: number; version: number }[]) {
      if (other.id === admin.user.id) continue;
      const r = await admin.request('PATCH', `${base}/${other.id}`, {
        body: { active: false },
        headers: { 'if-match': `"user-${other.id}-v${other.version}"` },
      });
      expect(r.status).toBe(200);
    }
    const second = await staffSession('admin');
    // `second` now tries to deactivate `admin`: allowed, since `second` stays.
    const first = await second.request('GET', `${base}/${admin.user.id}`);
    const demote = await second.request('PATCH', `${base}/${admin.user.id}`, {
      body: { role: 'editor' },
      headers: { 'if-match': first.headers.etag as string },
    });
    expect(demote.status).toBe(200);
    // Now `second` is the last active admin; `admin` (an editor now) cannot touch users at all.
    expect((await admin.request('GET', base)).status).toBe(403);
    const last = await second.request('GET', `${base}/${second.user.id}`);
    const refuse = await second.request('PATCH', `${base}/${second.user.id}`, {
      body: { active: false },
      headers: { 'if-match': last.headers.etag as string },
    });
    expect(refuse.status).toBe(409);
  });

  it('editors and authors get 403 on every users route', async () => {
    const admin = await staffSession('admin');
    const { user, etag } = await createEditor(admin);
    for (const role of ['editor', 'author'] as const) {
      const client = await staffSession(role);
      expect((await client.request('GET', base)).status).toBe(403);
      expect((await client.request('GET', `${base}/${user.id}`)).status).toBe(403);
      const create = await client.request('POST', base, {
        body: {
          email: `${unique('x')}@jaryk.test`,
          displayName: 'X',
          role: 'admin',
          password: NEW_PASSWORD,
        },
      });
      expect(create.status).toBe(403);
      const patch = await client.request('PATCH', `${base}/${client.user.id}`, {
        body: { role: 'admin' },
        headers: { 'if-match': etag },
      });
      expect(patch.status).toBe(403);
    }
  });
});

describe('audit log', () => {
  it('lists user changes with filters; admins only', async () => {
    const admin = await staffSession('admin', 'Audit Admin');
    const { user, etag } = await createEditor(admin);
    await admin.request('PATCH', `${base}/${user.id}`, {
      body: { active: false, password: TEST_PASSWORD },
      headers: { 'if-match': etag },
    });
    const r = await admin.request(
      'GET',
      `/api/v1/staff/audit?entityType=user&entityId=${user.id}&pageSize=10`,
    );
    expect(r.status).toBe(200);
    const actions = r.body.data.map((e: { action: string }) => e.action).sort();
    expect(actions).toEqual(['password_set', 'user_created', 'user_deactivated']);
    expect(r.body.data[0].user).toEqual({ id: admin.user.id, displayName: 'Audit Admin' });
    expect(r.body.meta.total).toBe(3);
    expect(JSON.stringify(r.body)).not.toContain(TEST_PASSWORD);

    const byAction = await admin.request(
      'GET',
      `/api/v1/staff/audit?action=user_created&userId=${admin.user.id}`,
    );
    expect(byAction.body.data.map((e: { entityId: number }) => e.entityId)).toEqual([user.id]);
    expect((await admin.request('GET', '/api/v1/staff/audit?entityId=0')).status).toBe(400);
    expect((await admin.request('GET', '/api/v1/staff/audit?bogus=1')).status).toBe(400);

    for (const role of ['editor', 'author'] as const) {
      const client = await staffSession(role);
      expect((await client.request('GET', '/api/v1/staff/audit')).status).toBe(403);
    }
  });
});

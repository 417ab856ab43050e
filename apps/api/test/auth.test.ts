import { describe, expect, it } from 'vitest';
import { sentMail, testApp } from './helpers/app.js';
import { unique } from './helpers/factories.js';
import {
  TEST_ORIGIN,
  TEST_PASSWORD,
  clientFor,
  login,
  sessionCookieOf,
  staffSession,
} from './helpers/staff.js';
import { createUser } from '../src/modules/users/queries.js';
import { passwordWeakness } from '../src/modules/auth/passwords.js';

async function newAccount(role: 'admin' | 'editor' | 'author' = 'author') {
  const { database } = await testApp();
  return createUser(database.db, {
    email: `${unique('acct')}@jaryk.test`,
    displayName: 'Account Holder',
    role,
    password: TEST_PASSWORD,
  });
}

describe('login', () => {
  it('sets a __Host- session cookie: HttpOnly, Secure, SameSite=Lax, and returns a CSRF token', async () => {
    const user = await newAccount();
    const response = await login(user.email.toUpperCase());
    expect(response.statusCode).toBe(200);
    const cookie = String(response.headers['set-cookie']);
    expect(cookie).toMatch(/^__Host-jaryk_session=[\w-]{40,};/);
    expect(cookie).toContain('HttpOnly');
    expect(cookie).toContain('Secure');
    expect(cookie).toContain('SameSite=Lax');
    expect(cookie).toContain('Path=/');
    expect(cookie).not.toContain('Domain');
    const body = JSON.parse(response.body);
    expect(body.data.user).toEqual({
      id: user.id,
      email: user.email,
      displayName: 'Account Holder',
      role: 'author',
    });
    expect(body.data.csrfToken).toMatch(/^[\w-]{40,}$/);
    expect(response.headers['cache-control']).toBe('private, no-store');
  });

  it('answers unknown accounts, wrong passwords and inactive accounts identically', async () => {
    const { database } = await testApp();
    const user = await newAccount();
    const inactive = await newAccount();
    await database.db.execute(
      (await import('drizzle-orm')).sql`UPDATE users SET active = false WHERE id = ${inactive.id}`,
    );
    const answers = await Promise.all([
      login(`${unique('nobody')}@jaryk.test`),
      login(user.email, 'wrong password entirely'),
      login(inactive.email),
    ]);
    const shapes = answers.map((a) => ({ status: a.statusCode, body: JSON.parse(a.body) }));
    for (const s of shapes) {
      expect(s.status).toBe(401);
      expect(s.body.detail).toBe('Wrong e-mail or password.');
      expect(s.body.type).toBe('urn:jaryk:problem:bad-credentials');
    }
    expect(answers.every((a) => !a.headers['set-cookie'])).toBe(true);
  });

  it('refuses a login posted from another origin', async () => {
    const user = await newAccount();
    const response = await login(user.email, TEST_PASSWORD, { origin: 'https://evil.example' });
    expect(response.statusCode).toBe(403);
    expect(response.headers['set-cookie']).toBeUndefined();
  });

  it('gives a new session id at login, so a planted id is worthless (fixation)', async () => {
    const ctx = await testApp();
    const user = await newAccount();
    const first = sessionCookieOf((await login(user.email)).headers['set-cookie']);
    const second = await login(user.email, TEST_PASSWORD, { cookie: first });
    const renewed = sessionCookieOf(second.headers['set-cookie']);
    expect(renewed).not.toBe(first);
    const old = await ctx.app.inject({ url: '/api/v1/auth/session', headers: { cookie: first } });
    expect(old.statusCode).toBe(401);
    const current = await ctx.app.inject({
      url: '/api/v1/auth/session',
      headers: { cookie: renewed },
    });
    expect(current.statusCode).toBe(200);
  });

  it('throttles an account after 5 failures, also when the account does not exist', async () => {
    const user = await newAccount();
    const ghost = `${unique('ghost')}@jaryk.test`;
    for (let i = 0; i < 5; i++) {
      expect((await login(user.email, 'not the password')).statusCode).toBe(401);
      expect((await login(ghost, 'not the password')).statusCode).toBe(401);
    }
    const real = await login(user.email); // right password, but locked for now
    const fake = await login(ghost);
    expect(real.statusCode).toBe(429);
    expect(fake.statusCode).toBe(429);
    expect(JSON.parse(real.body).detail).toBe(JSON.parse(fake.body).detail);
    expect(Number(real.headers['retry-after'])).toBeGreaterThan(0);
    // Another account from the same address is not locked out by them.
    expect((await login((await newAccount()).email)).statusCode).toBe(200);
  });

  it('throttles one client address trying many accounts', async () => {
    const ip = '203.0.113.77';
    let last = 0;
    for (let i = 0; i < 31; i++) {
      const { app } = await testApp();
      const r = await app.inject({
        method: 'POST',
        url: '/api/v1/auth/login',
        payload: { email: `${unique('spray')}@jaryk.test`, password: 'whatever123' },
        headers: { origin: TEST_ORIGIN },
        remoteAddress: ip,
      });
      last = r.statusCode;
    }
    expect(last).toBe(429);
  });

  it('records failed logins in the audit log', async () => {
    const ctx = await testApp();
    const email = `${unique('audited')}@jaryk.test`;
    await login(email, 'bad password 1');
    const { sql } = await import('drizzle-orm');
    const rows = await ctx.database.db.execute(
      sql`SELECT action, detail FROM audit_log WHERE detail->>'email' = ${email}`,
    );
    expect((rows as unknown as { rows: unknown[] }).rows).toEqual([
      { action: 'login_failed', detail: { email } },
    ]);
  });
});

describe('sessions', () => {
  it('logout ends the session: replaying the cookie is refused', async () => {
    const staff = await staffSession('author');
    expect((await staff.request('GET', '/api/v1/auth/session')).status).toBe(200);
    expect((await staff.request('POST', '/api/v1/auth/logout')).status).toBe(204);
    const replay = await staff.request('GET', '/api/v1/auth/session');
    expect(replay.status).toBe(401);
    expect(replay.headers['content-type']).toContain('application/problem+json');
  });

  it('refuses unsafe requests without the CSRF token or from a foreign origin', async () => {
    const staff = await staffSession('author');
    const noToken = await staff.request('POST', '/api/v1/auth/logout', {
      headers: { 'x-csrf-token': '' },
    });
    expect(noToken.status).toBe(403);
    const wrongToken = await staff.request('POST', '/api/v1/auth/logout', {
      headers: { 'x-csrf-token': 'x'.repeat(43) },
    });
    expect(wrongToken.status).toBe(403);
    const foreign = await staff.request('POST', '/api/v1/auth/logout', {
      headers: { origin: 'https://evil.example' },
    });
    expect(foreign.status).toBe(403);
    expect(foreign.body.detail).toBe('Cross-origin request refused.');
    const crossSite = await staff.request('POST', '/api/v1/auth/logout', {
      headers: { 'sec-fetch-site': 'cross-site' },
    });
    expect(crossSite.status).toBe(403);
    // The session survived all of that.
    expect((await staff.request('GET', '/api/v1/auth/session')).status).toBe(200);
  });

  it('deactivating a user ends all their sessions', async () => {
    const ctx = await testApp();
    const staff = await staffSession('editor');
    const { sql } = await import('drizzle-orm');
    await ctx.database.db.execute(sql`UPDATE users SET active = false WHERE id = ${staff.user.id}`);
    expect((await staff.request('GET', '/api/v1/auth/session')).status).toBe(401);
  });

  it('changing the password ends every other session and renews this one', async () => {
    const ctx = await testApp();
    const user = await newAccount('editor');
    const sessions = [];
    for (let i = 0; i < 2; i++) {
      const r = await login(user.email);
      sessions.push(
        clientFor(
          ctx,
          user,
          sessionCookieOf(r.headers['set-cookie']),
          JSON.parse(r.body).data.csrfToken,
        ),
      );
    }
    const [here, elsewhere] = sessions as [(typeof sessions)[0], (typeof sessions)[0]];
    const weak = await here.request('POST', '/api/v1/auth/password', {
      body: { currentPassword: TEST_PASSWORD, newPassword: 'password123' },
    });
    expect(weak.status).toBe(400);
    expect(weak.body.errors[0]).toMatchObject({ field: 'newPassword', message: 'is too common' });
    const changed = await ctx.app.inject({
      method: 'POST',
      url: '/api/v1/auth/password',
      headers: here.headers,
      payload: { currentPassword: TEST_PASSWORD, newPassword: 'a much longer new passphrase' },
    });
    expect(changed.statusCode).toBe(200);
    expect((await elsewhere.request('GET', '/api/v1/auth/session')).status).toBe(401);
    expect((await here.request('GET', '/api/v1/auth/session')).status).toBe(401);
    const renewed = sessionCookieOf(changed.headers['set-cookie']);
    const me = await ctx.app.inject({ url: '/api/v1/auth/session', headers: { cookie: renewed } });
    expect(me.statusCode).toBe(200);
    expect((await login(user.email)).statusCode).toBe(401);
    expect((await login(user.email, 'a much longer new passphrase')).statusCode).toBe(200);
  });

  it('resets a password with a one-time token and answers unknown addresses the same', async () => {
    const ctx = await testApp();
    const user = await newAccount('author');
    const request = (email: string) =>
      ctx.app.inject({
        method: 'POST',
        url: '/api/v1/auth/password-reset/request',
        payload: { email },
        headers: { origin: TEST_ORIGIN },
        remoteAddress: `198.51.100.${Math.floor(Math.random() * 200)}`,
      });
    const mailsBefore = sentMail.length;
    const known = await request(user.email);
    const unknown = await request(`${unique('nobody')}@jaryk.test`);
    expect(known.statusCode).toBe(202);
    expect(unknown.statusCode).toBe(202);
    expect(known.body).toBe(unknown.body);
    // One message, to the known account only, with a link to the admin's reset page.
    const mails = sentMail.slice(mailsBefore);
    expect(mails.map((m) => m.to)).toEqual([user.email]);
    const link = /https:\/\/jaryk\.test\/admin\/reset\?token=([\w-]+)/.exec(mails[0]!.text);
    expect(link).not.toBeNull();
    const token = link![1]!;
    const reset = (t: string) =>
      ctx.app.inject({
        method: 'POST',
        url: '/api/v1/auth/password-reset',
        payload: { token: t, newPassword: 'brand new passphrase here' },
        headers: { origin: TEST_ORIGIN },
      });
    expect((await reset(token)).statusCode).toBe(204);
    expect((await reset(token)).statusCode).toBe(400);
    expect((await login(user.email, 'brand new passphrase here')).statusCode).toBe(200);
  });
});

describe('password rules', () => {
  it('refuses short, common and personal passwords and never truncates long ones', async () => {
    expect(passwordWeakness('short1!')).toMatch(/at least 10/);
    expect(passwordWeakness('qwerty123456')).toBe('is too common');
    expect(passwordWeakness('Password2024!')).toBe('is too common');
    expect(passwordWeakness('aaaaaaaaaaaa')).toMatch(/too few/);
    expect(passwordWeakness('gulnara-secret-99', { email: 'gulnara@x.kg' })).toMatch(/e-mail/);
    expect(passwordWeakness('a perfectly fine phrase')).toBeNull();
    const long = `${'long passphrase '.repeat(20)}A`;
    const user = await createUser((await testApp()).database.db, {
      email: `${unique('long')}@jaryk.test`,
      displayName: 'Long',
      role: 'author',
      password: long,
    });
    expect((await login(user.email, long)).statusCode).toBe(200);
    expect((await login(user.email, long.slice(0, -1))).statusCode).toBe(401);
  });
});

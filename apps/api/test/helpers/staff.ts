import type { InjectOptions } from 'fastify';
import type { UserRole } from '../../src/db/schema/users.js';
import { createUser } from '../../src/modules/users/queries.js';
import type { StaffUser } from '../../src/modules/auth/queries.js';
import { testApp, type TestContext } from './app.js';
import { unique } from './factories.js';

export const TEST_ORIGIN = 'https://jaryk.test';
export const TEST_PASSWORD = 'correct horse battery staple';

export interface StaffClient {
  user: StaffUser;
  cookie: string;
  csrfToken: string;
  /** Headers a browser on the site would send: session cookie, CSRF token, Origin. */
  headers: Record<string, string>;
  /** app.inject with this session; `body` is sent as JSON. */
  request(
    method: InjectOptions['method'],
    url: string,
    opts?: { body?: unknown; headers?: Record<string, string> },
    // eslint-disable-next-line @typescript-eslint/no-explicit-any -- asserted field by field in tests
  ): Promise<{ status: number; headers: Record<string, unknown>; body: any }>;
}

/** The session cookie (name=value) from a login answer. */
export function sessionCookieOf(setCookie: string | string[] | undefined): string {
  const first = [setCookie ?? []].flat().find((c) => c.includes('jaryk_session='));
  if (!first) throw new Error('no session cookie set');
  return first.split(';')[0]!;
}

export async function login(
  email: string,
  password = TEST_PASSWORD,
  extraHeaders: Record<string, string> = {},
) {
  const { app } = await testApp();
  return app.inject({
    method: 'POST',
    url: '/api/v1/auth/login',
    payload: { email, password },
    headers: { origin: TEST_ORIGIN, ...extraHeaders },
  });
}

export function clientFor(ctx: TestContext, user: StaffUser, cookie: string, csrfToken: string) {
  const headers = { cookie, 'x-csrf-token': csrfToken, origin: TEST_ORIGIN };
  const client: StaffClient = {
    user,
    cookie,
    csrfToken,
    headers,
    async request(method, url, opts = {}) {
      const response = await ctx.app.inject({
        method,
        url,
        headers: { ...headers, ...opts.headers },
        ...(opts.body === undefined ? {} : { payload: opts.body as object }),
      });
      const type = String(response.headers['content-type'] ?? '');
      return {
        status: response.statusCode,
        headers: response.headers,
        body: type.includes('json') && response.body ? JSON.parse(response.body) : response.body,
      };
    },
  };
  return client;
}

/** A new staff account of the given role, logged in over HTTP like the admin SPA does. */
export async function staffSession(role: UserRole, name?: string): Promise<StaffClient> {
  const ctx = await testApp();
  const user = await createUser(ctx.database.db, {
    email: `${unique(role)}@jaryk.test`,
    displayName: name ?? `Test ${role}`,
    role,
    password: TEST_PASSWORD,
  });
  const response = await login(user.email);
  if (response.statusCode !== 200) throw new Error(`login failed: ${response.body}`);
  const { data } = JSON.parse(response.body) as { data: { csrfToken: string } };
  return clientFor(ctx, user, sessionCookieOf(response.headers['set-cookie']), data.csrfToken);
}

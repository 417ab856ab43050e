import { type JarykClient, type JarykClientOptions, createJarykClient } from '@jaryk/client';

const UNSAFE = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

export interface StaffClient {
  client: JarykClient;
  /** The session's CSRF token (from login or GET /auth/session); null when logged out. */
  setCsrfToken(token: string | null): void;
}

/**
 * A client for the staff area: the same generated client as the public site's, plus a
 * middleware that sends the session's CSRF token (`x-csrf-token`) on every POST, PATCH and
 * DELETE. The public site's client (api.ts) stays untouched.
 */
export function createStaffClient(options: JarykClientOptions = {}): StaffClient {
  let csrfToken: string | null = null;
  const client = createJarykClient({ ...options, credentials: 'same-origin' });
  client.use({
    onRequest({ request }) {
      if (csrfToken && UNSAFE.has(request.method)) request.headers.set('x-csrf-token', csrfToken);
      return request;
    },
  });
  return {
    client,
    setCsrfToken(token) {
      csrfToken = token;
    },
  };
}

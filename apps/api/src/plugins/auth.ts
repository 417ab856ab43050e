import { timingSafeEqual } from 'node:crypto';
import cookie from '@fastify/cookie';
import fp from 'fastify-plugin';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { findSession, type SessionInfo, type StaffUser } from '../modules/auth/queries.js';
import { HttpProblem } from '../shared/problems.js';

declare module 'fastify' {
  interface FastifyContextConfig {
    /** Staff only: needs a live session; unsafe methods also need the CSRF token. */
    staff?: boolean;
    /** Unsafe methods must come from our own origin (login and reset, before any session). */
    sameOrigin?: boolean;
  }
  interface FastifyRequest {
    /** The session of a staff route's request (set before the handler runs). */
    session: SessionInfo | null;
  }
  interface FastifyInstance {
    sessionCookie: {
      name: string;
      set(reply: FastifyReply, token: string, expires: Date): void;
      clear(reply: FastifyReply): void;
      read(request: FastifyRequest): string | undefined;
    };
  }
}

export interface AuthOptions {
  publicUrl: string;
  sessionIdleMs: number;
}

export const CSRF_HEADER = 'x-csrf-token';
const UNSAFE = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

/** `Secure` cookies need HTTPS; only a site on http://localhost may go without. */
export function cookieIsSecure(publicUrl: string): boolean {
  const url = new URL(publicUrl);
  return !(url.protocol === 'http:' && ['localhost', '127.0.0.1', '[::1]'].includes(url.hostname));
}

const problem = (status: 401 | 403, detail: string) =>
  new HttpProblem({
    status,
    title: status === 401 ? 'Unauthorized' : 'Forbidden',
    type: status === 401 ? 'urn:jaryk:problem:unauthenticated' : 'urn:jaryk:problem:forbidden',
    detail,
  });

function sameSecret(a: string, b: string) {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}

/**
 * Browsers name the page that sent an unsafe request: it must be this site. Requests without
 * Origin, Referer and Sec-Fetch-Site do not come from a browser page, so they are no CSRF risk
 * (and still need the session's token).
 */
function fromForeignOrigin(request: FastifyRequest, allowed: Set<string>): boolean {
  if (request.headers['sec-fetch-site'] === 'cross-site') return true;
  const origin = request.headers.origin ?? request.headers.referer;
  if (!origin) return false;
  try {
    return !allowed.has(new URL(origin).origin);
  } catch {
    return true;
  }
}

/**
 * Staff authentication: a server-side session named by an HttpOnly, SameSite=Lax cookie
 * (`__Host-` prefixed and Secure outside http://localhost), plus CSRF protection by a token
 * header and an Origin check. Public routes never look at the cookie.
 */
export default fp<AuthOptions>(
  async function authPlugin(app: FastifyInstance, options) {
    await app.register(cookie);
    const secure = cookieIsSecure(options.publicUrl);
    const name = secure ? '__Host-jaryk_session' : 'jaryk_session';
    const allowedOrigins = new Set([new URL(options.publicUrl).origin]);

    app.decorate('sessionCookie', {
      name,
      set(reply, token, expires) {
        reply.setCookie(name, token, {
          path: '/',
          httpOnly: true,
          secure,
          sameSite: 'lax',
          expires,
        });
      },
      clear(reply) {
        reply.clearCookie(name, { path: '/', httpOnly: true, secure, sameSite: 'lax' });
      },
      read(request) {
        return request.cookies[name];
      },
    });
    app.decorateRequest('session', null);

    app.addHook('onRequest', async (request, reply) => {
      const { staff, sameOrigin } = request.routeOptions.config;
      if (!staff && !sameOrigin) return;
      reply.header('cache-control', 'private, no-store');
      const unsafe = UNSAFE.has(request.method);
      // The site's own origin as this request reached it (a proxy may serve it under another name).
      const own = `${request.protocol}://${request.host}`;
      if (unsafe && fromForeignOrigin(request, new Set([...allowedOrigins, own]))) {
        throw problem(403, 'Cross-origin request refused.');
      }
      if (!staff) return;
      const token = request.cookies[name];
      const session = token ? await findSession(app.db, token, options.sessionIdleMs) : null;
      if (!session) throw problem(401, 'Log in to continue.');
      if (unsafe) {
        const sent = request.headers[CSRF_HEADER];
        if (typeof sent !== 'string' || !sameSecret(sent, session.csrfToken)) {
          throw problem(403, `Missing or wrong ${CSRF_HEADER} header.`);
        }
      }
      request.session = session;
    });
  },
  { name: 'auth', dependencies: ['errors'] },
);

/** The staff member of a staff route (the auth hook has already refused anonymous requests). */
export function staffOf(request: FastifyRequest): StaffUser {
  if (!request.session) throw problem(401, 'Log in to continue.');
  return request.session.user;
}

import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { staffOf } from '../../plugins/auth.js';
import { HttpProblem, invalidField } from '../../shared/problems.js';
import { ItemOf, problemResponses } from '../../shared/schemas.js';
import { recordAudit } from '../staff/history.js';
import { hashPassword, passwordWeakness, verifyPassword } from './passwords.js';
import {
  clearFailures,
  consumeResetToken,
  deleteExpiredSessions,
  createResetToken,
  createSession,
  deleteSessionByToken,
  deleteSessionsOfUser,
  failuresIn,
  findUserForLogin,
  passwordHashOf,
  recordFailure,
  setPassword,
} from './queries.js';
import {
  LoginBody,
  PasswordChangeBody,
  ResetBody,
  ResetRequestBody,
  StaffSession,
} from './schemas.js';

export interface AuthRouteOptions {
  sessionMaxAgeMs: number;
  /** Where a reset link points: `${publicUrl}/admin/reset?token=…`. */
  publicUrl: string;
}

const WINDOW_MS = 15 * 60_000;
/** Failed logins allowed per account name and per client address within the window. */
const LIMITS = { account: 5, ip: 30 };
const RESET_WINDOW_MS = 60 * 60_000;
const RESET_LIMITS = { account: 3, ip: 10 };
const RESET_TTL_MS = 60 * 60_000;

/** The reset message, in the three languages of the site (we do not know the reader's). */
function resetMail(to: string, link: string) {
  return {
    to,
    subject: 'Сброс пароля · Password reset · Сырсөздү калыбына келтирүү',
    text: [
      `Чтобы задать новый пароль, откройте ссылку (она действует час):\n${link}`,
      `To set a new password, open this link (valid for an hour):\n${link}`,
      `Жаңы сырсөз коюу үчүн шилтемени ачыңыз (бир саат жарактуу):\n${link}`,
      'Если вы не просили сброс, ничего не делайте. · If you did not ask for this, do nothing. · Эгер сиз сурабасаңыз, эч нерсе кылбаңыз.',
    ].join('\n\n'),
  };
}

const tooMany = (retryAfterS: number) =>
  new HttpProblem({
    status: 429,
    title: 'Too Many Requests',
    detail: `Too many attempts. Try again in ${Math.ceil(retryAfterS / 60)} minutes.`,
  });

const badCredentials = () =>
  new HttpProblem({
    status: 401,
    title: 'Unauthorized',
    type: 'urn:jaryk:problem:bad-credentials',
    detail: 'Wrong e-mail or password.',
  });

export const authRoutes: FastifyPluginAsyncTypebox<AuthRouteOptions> = async (app, options) => {
  async function startSession(request: FastifyRequest, reply: FastifyReply, userId: number) {
    // A fresh id at every login: a session id planted before login is worth nothing after it.
    const previous = app.sessionCookie.read(request);
    if (previous) await deleteSessionByToken(app.db, previous);
    const session = await createSession(app.db, userId, {
      ip: request.ip,
      userAgent: request.headers['user-agent'],
      maxAgeMs: options.sessionMaxAgeMs,
    });
    app.sessionCookie.set(reply, session.token, session.expiresAt);
    return session;
  }

  async function throttled(keys: string[], limits: number[], windowMs: number) {
    for (const [i, key] of keys.entries()) {
      if ((await failuresIn(app.db, key, windowMs)) >= limits[i]!) return true;
    }
    return false;
  }

  app.post(
    '/login',
    {
      config: { sameOrigin: true },
      schema: {
        operationId: 'login',
        tags: ['auth'],
        summary: 'Log in: starts a session (cookie) and returns the CSRF token',
        body: LoginBody,
        response: { 200: ItemOf(StaffSession), ...problemResponses(400, 401, 403) },
      },
    },
    async (request, reply) => {
      const email = request.body.email.trim().toLowerCase();
      const keys = [`login:account:${email}`, `login:ip:${request.ip}`];
      if (await throttled(keys, [LIMITS.account, LIMITS.ip], WINDOW_MS)) {
        await recordAudit(app.db, {
          userId: null,
          action: 'login_throttled',
          detail: { email },
          ip: request.ip,
        });
        reply.header('retry-after', String(WINDOW_MS / 1000));
        throw tooMany(WINDOW_MS / 1000);
      }
      const user = await findUserForLogin(app.db, email);
      const ok = await verifyPassword(user?.passwordHash ?? null, request.body.password);
      if (!user || !ok || !user.active) {
        for (const key of keys) await recordFailure(app.db, key, WINDOW_MS);
        await recordAudit(app.db, {
          userId: user?.id ?? null,
          action: 'login_failed',
          detail: { email },
          ip: request.ip,
        });
        throw badCredentials();
      }
      await clearFailures(app.db, keys[0]!);
      // Housekeeping where it costs nothing noticeable: logins are rare.
      await deleteExpiredSessions(app.db);
      const session = await startSession(request, reply, user.id);
      await recordAudit(app.db, {
        userId: user.id,
        action: 'login',
        entityType: 'user',
        entityId: user.id,
        ip: request.ip,
      });
      const { passwordHash: _h, active: _a, ...publicUser } = user;
      return { data: { user: publicUser, csrfToken: session.csrfToken } };
    },
  );

  app.post(
    '/logout',
    {
      config: { staff: true },
      schema: {
        operationId: 'logout',
        tags: ['auth'],
        summary: 'Log out: ends this session',
        response: {
          204: { type: 'null', description: 'Logged out' },
          ...problemResponses(401, 403),
        },
      },
    },
    async (request, reply) => {
      const user = staffOf(request);
      const token = app.sessionCookie.read(request);
      if (token) await deleteSessionByToken(app.db, token);
      app.sessionCookie.clear(reply);
      await recordAudit(app.db, { userId: user.id, action: 'logout', ip: request.ip });
      return reply.code(204).send(null);
    },
  );

  app.get(
    '/session',
    {
      config: { staff: true },
      schema: {
        operationId: 'getSession',
        tags: ['auth'],
        summary: 'The logged-in staff member and the CSRF token of this session',
        response: { 200: ItemOf(StaffSession), ...problemResponses(401) },
      },
    },
    async (request) => {
      const session = request.session!;
      return { data: { user: session.user, csrfToken: session.csrfToken } };
    },
  );

  app.post(
    '/password',
    {
      config: { staff: true },
      schema: {
        operationId: 'changePassword',
        tags: ['auth'],
        summary: 'Change your password: ends all your other sessions and renews this one',
        body: PasswordChangeBody,
        response: { 200: ItemOf(StaffSession), ...problemResponses(400, 401, 403) },
      },
    },
    async (request, reply) => {
      const user = staffOf(request);
      const stored = await passwordHashOf(app.db, user.id);
      if (!(await verifyPassword(stored, request.body.currentPassword))) {
        throw invalidField('body', 'currentPassword', 'is not your current password');
      }
      const weakness = passwordWeakness(request.body.newPassword, user);
      if (weakness) throw invalidField('body', 'newPassword', weakness);
      await setPassword(app.db, user.id, await hashPassword(request.body.newPassword));
      await deleteSessionsOfUser(app.db, user.id);
      const session = await startSession(request, reply, user.id);
      await recordAudit(app.db, {
        userId: user.id,
        action: 'password_changed',
        entityType: 'user',
        entityId: user.id,
        ip: request.ip,
      });
      return { data: { user, csrfToken: session.csrfToken } };
    },
  );

  app.post(
    '/password-reset/request',
    {
      config: { sameOrigin: true },
      schema: {
        operationId: 'requestPasswordReset',
        tags: ['auth'],
        summary: 'Ask for a password reset link (the answer is the same for unknown addresses)',
        body: ResetRequestBody,
        response: {
          202: Type.Object({ data: Type.Object({ accepted: Type.Boolean() }) }),
          ...problemResponses(400, 403),
        },
      },
    },
    async (request, reply) => {
      const email = request.body.email.trim().toLowerCase();
      const keys = [`reset:account:${email}`, `reset:ip:${request.ip}`];
      if (await throttled(keys, [RESET_LIMITS.account, RESET_LIMITS.ip], RESET_WINDOW_MS)) {
        reply.header('retry-after', String(RESET_WINDOW_MS / 1000));
        throw tooMany(RESET_WINDOW_MS / 1000);
      }
      // Every request counts, found or not, so the limit cannot tell accounts apart either.
      for (const key of keys) await recordFailure(app.db, key, RESET_WINDOW_MS);
      const user = await findUserForLogin(app.db, email);
      await recordAudit(app.db, {
        userId: user?.id ?? null,
        action: 'password_reset_requested',
        detail: { email },
        ip: request.ip,
      });
      if (user?.active) {
        const token = await createResetToken(app.db, user.id, RESET_TTL_MS);
        await app.mailer.send(
          resetMail(user.email, `${options.publicUrl}/admin/reset?token=${token}`),
        );
      }
      return reply.code(202).send({ data: { accepted: true } });
    },
  );

  app.post(
    '/password-reset',
    {
      config: { sameOrigin: true },
      schema: {
        operationId: 'resetPassword',
        tags: ['auth'],
        summary: 'Set a new password with a reset token; ends every session of the account',
        body: ResetBody,
        response: {
          204: { type: 'null', description: 'Password set' },
          ...problemResponses(400, 403),
        },
      },
    },
    async (request, reply) => {
      const ipKey = `reset:ip:${request.ip}`;
      if (await throttled([ipKey], [RESET_LIMITS.ip], RESET_WINDOW_MS))
        throw tooMany(RESET_WINDOW_MS / 1000);
      const weakness = passwordWeakness(request.body.newPassword);
      if (weakness) throw invalidField('body', 'newPassword', weakness);
      const userId = await consumeResetToken(app.db, request.body.token);
      if (!userId) {
        await recordFailure(app.db, ipKey, RESET_WINDOW_MS);
        throw invalidField('body', 'token', 'is unknown, used or expired');
      }
      await setPassword(app.db, userId, await hashPassword(request.body.newPassword));
      await deleteSessionsOfUser(app.db, userId);
      await recordAudit(app.db, {
        userId,
        action: 'password_reset',
        entityType: 'user',
        entityId: userId,
        ip: request.ip,
      });
      return reply.code(204).send(null);
    },
  );
};

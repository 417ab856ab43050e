import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import type { FastifyReply } from 'fastify';
import type { Database } from '../../db/client.js';
import { staffOf } from '../../plugins/auth.js';
import { sendList } from '../../shared/list.js';
import { HttpProblem, invalidField, notFound } from '../../shared/problems.js';
import { IdParams, ItemOf, ListOf, problemResponses } from '../../shared/schemas.js';
import { hashPassword, passwordWeakness } from '../auth/passwords.js';
import { deleteSessionsOfUser } from '../auth/queries.js';
import { IfMatchHeaders, checkIfMatch, versionTag } from '../staff/concurrency.js';
import { recordAudit, type AuditEntry } from '../staff/history.js';
import { authorize } from '../staff/policy.js';
import { createUser } from './queries.js';
import {
  emailTaken,
  listUserAccounts,
  loadUserAccount,
  otherActiveAdmins,
  updateUserAccount,
  type UserAccountRow,
} from './staff-queries.js';
import { UserAccount, UserCreate, UserListQuery, UserUpdate } from './staff-schemas.js';

const tags = ['staff-users'];

const conflict = (detail: string, field?: string) =>
  new HttpProblem({
    status: 409,
    title: 'Conflict',
    type: 'urn:jaryk:problem:invalid-state',
    detail,
    ...(field ? { errors: [{ in: 'body' as const, field, message: detail }] } : {}),
  });

const send = (reply: FastifyReply, user: UserAccountRow, code = 200) =>
  reply
    .code(code)
    .header('etag', versionTag('user', user.id, user.version))
    .send({ data: user });

/**
 * Staff accounts, for admins only. Accounts are never deleted: deactivating one ends its
 * sessions and keeps its name in the history. Every change is audited; passwords never leave.
 */
export const staffUserRoutes: FastifyPluginAsyncTypebox = async (app) => {
  app.get(
    '/users',
    {
      schema: {
        operationId: 'listUsers',
        tags,
        summary: 'Staff accounts: active first, by name',
        querystring: UserListQuery,
        response: { 200: ListOf(UserAccount), ...problemResponses(400, 401, 403) },
      },
    },
    async (request, reply) => {
      authorize(staffOf(request), 'read', 'user');
      const page = await listUserAccounts(app.db, request.query);
      const locale = await app.defaultLocale();
      return sendList(request, reply, page, { ...request.query, locale });
    },
  );

  app.get(
    '/users/:id',
    {
      schema: {
        operationId: 'getUser',
        tags,
        summary: 'One staff account; the ETag names its version',
        params: IdParams,
        response: { 200: ItemOf(UserAccount), ...problemResponses(400, 401, 403, 404) },
      },
    },
    async (request, reply) => {
      authorize(staffOf(request), 'read', 'user');
      const user = await loadUserAccount(app.db, request.params.id);
      if (!user) throw notFound('User');
      return send(reply, user);
    },
  );

  app.post(
    '/users',
    {
      schema: {
        operationId: 'createUser',
        tags,
        summary: 'Create a staff account with a first password',
        body: UserCreate,
        response: { 201: ItemOf(UserAccount), ...problemResponses(400, 401, 403, 409) },
      },
    },
    async (request, reply) => {
      const admin = staffOf(request);
      authorize(admin, 'create', 'user');
      const input = request.body;
      const weakness = passwordWeakness(input.password, input);
      if (weakness) throw invalidField('body', 'password', weakness);
      const saved = await app.db.transaction(async (txRaw) => {
        const tx = txRaw as unknown as Database;
        if (await emailTaken(tx, input.email)) {
          throw conflict('An account with this e-mail exists already.', 'email');
        }
        const created = await createUser(tx, input);
        await recordAudit(tx, {
          userId: admin.id,
          action: 'user_created',
          entityType: 'user',
          entityId: created.id,
          detail: { email: created.email, role: created.role },
          ip: request.ip,
        });
        return (await loadUserAccount(tx, created.id))!;
      });
      reply.header('location', `/api/v1/staff/users/${saved.id}`);
      return send(reply, saved, 201);
    },
  );

  app.patch(
    '/users/:id',
    {
      schema: {
        operationId: 'updateUser',
        tags,
        summary: 'Change name, role, active or password: only the fields sent; needs If-Match',
        description:
          'Deactivating an account or setting its password ends all its sessions (but the ' +
          "admin's own current one). Admins cannot deactivate or demote themselves, and the " +
          'last active admin stays one (409).',
        params: IdParams,
        headers: IfMatchHeaders,
        body: UserUpdate,
        response: {
          200: ItemOf(UserAccount),
          ...problemResponses(400, 401, 403, 404, 409, 412, 428),
        },
      },
    },
    async (request, reply) => {
      const admin = staffOf(request);
      authorize(admin, 'update', 'user');
      const { id } = request.params;
      const patch = request.body;
      const saved = await app.db.transaction(async (txRaw) => {
        const tx = txRaw as unknown as Database;
        const current = await loadUserAccount(tx, id, { lock: true });
        if (!current) throw notFound('User');
        checkIfMatch(request, versionTag('user', id, current.version));
        let passwordHash: string | undefined;
        if (patch.password !== undefined) {
          const weakness = passwordWeakness(patch.password, {
            email: current.email,
            displayName: patch.displayName ?? current.displayName,
          });
          if (weakness) throw invalidField('body', 'password', weakness);
          passwordHash = await hashPassword(patch.password);
        }
        const demoting = patch.role !== undefined && patch.role !== 'admin';
        const deactivating = patch.active === false && current.active;
        const losesAdmin = current.role === 'admin' && current.active && (demoting || deactivating);
        if (losesAdmin && id === admin.id) {
          throw conflict('You cannot deactivate or demote yourself; another admin can.');
        }
        if (losesAdmin && (await otherActiveAdmins(tx, id)) === 0) {
          throw conflict('This is the last active admin; make another admin first.');
        }
        await updateUserAccount(tx, id, {
          displayName: patch.displayName,
          role: patch.role,
          active: patch.active,
          passwordHash,
        });
        if (deactivating || passwordHash) {
          // An admin setting their own password keeps the session they are using.
          await deleteSessionsOfUser(tx, id, id === admin.id ? request.session?.id : undefined);
        }
        const after = (await loadUserAccount(tx, id))!;
        const audit = (action: string, detail: Record<string, unknown>): AuditEntry => ({
          userId: admin.id,
          action,
          entityType: 'user',
          entityId: id,
          detail: { version: after.version, ...detail },
          ip: request.ip,
        });
        const fields = Object.keys(patch).filter((k) => k !== 'password' && k !== 'active');
        if (fields.length > 0) {
          const before = Object.fromEntries(fields.map((f) => [f, current[f as 'role']]));
          const now = Object.fromEntries(fields.map((f) => [f, after[f as 'role']]));
          await recordAudit(tx, audit('user_updated', { fields, before, after: now }));
        }
        if (patch.active !== undefined && patch.active !== current.active) {
          await recordAudit(tx, audit(patch.active ? 'user_activated' : 'user_deactivated', {}));
        }
        if (passwordHash) await recordAudit(tx, audit('password_set', {}));
        return after;
      });
      return send(reply, saved);
    },
  );
};

import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { staffOf } from '../../plugins/auth.js';
import { sendList } from '../../shared/list.js';
import { ListOf, problemResponses } from '../../shared/schemas.js';
import { listAudit } from '../staff/history.js';
import { authorize } from '../staff/policy.js';
import { AuditEntry, AuditListQuery } from './staff-schemas.js';

/** The audit log, newest first: who did what to which item. Admins only. */
export const staffAuditRoutes: FastifyPluginAsyncTypebox = async (app) => {
  app.get(
    '/audit',
    {
      schema: {
        operationId: 'listAuditLog',
        tags: ['staff-audit'],
        summary: 'Who did what to which item, newest first',
        querystring: AuditListQuery,
        response: { 200: ListOf(AuditEntry), ...problemResponses(400, 401, 403) },
      },
    },
    async (request, reply) => {
      authorize(staffOf(request), 'read', 'audit');
      const page = await listAudit(app.db, request.query);
      const locale = await app.defaultLocale();
      return sendList(request, reply, page, { ...request.query, locale });
    },
  );
};

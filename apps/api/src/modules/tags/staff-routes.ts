import { Type } from 'typebox';
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import type { FastifyRequest } from 'fastify';
import type { Database } from '../../db/client.js';
import { staffOf } from '../../plugins/auth.js';
import { sendList } from '../../shared/list.js';
import { invalidField, notFound } from '../../shared/problems.js';
import { IdParams, ItemOf, ListOf, problemResponses } from '../../shared/schemas.js';
import { IfMatchHeaders, checkIfMatch } from '../staff/concurrency.js';
import { recordAudit } from '../staff/history.js';
import { authorize } from '../staff/policy.js';
import {
  deleteTag,
  insertTag,
  listStaffTags,
  loadTagDocument,
  updateTag,
  type TagDoc,
  type TagInput,
} from './staff-queries.js';
import { StaffTagListQuery, TagCreate, TagDocument, TagUpdate } from './staff-schemas.js';

const tag = ['staff-tags'];
const etagOf = (id: number, stamp: string) => `"tag-${id}-t${stamp}"`;

const needsName = () => invalidField('body', 'translations', 'at least one language is required');

/**
 * Tags have no version column (and the schema stays as it is), so they do not go through
 * registerEditable: these routes derive the ETag from the last change's time instead, and keep
 * no revisions. Editors and admins write; authors read.
 */
export const staffTagRoutes: FastifyPluginAsyncTypebox = async (app) => {
  /** A write in a transaction, audited; answers the saved document and its ETag. */
  async function write(
    request: FastifyRequest,
    action: string,
    work: (db: Database) => Promise<{ id: number; detail?: Record<string, unknown> }>,
  ): Promise<{ doc: TagDoc; stamp: string }> {
    const user = staffOf(request);
    const saved = await app.db.transaction(async (txRaw) => {
      const tx = txRaw as unknown as Database;
      const { id, detail } = await work(tx);
      const result = await loadTagDocument(tx, id);
      if (!result) throw notFound('Tag');
      if (Object.keys(result.doc.translations).length === 0) throw needsName();
      await recordAudit(tx, {
        userId: user.id,
        action,
        entityType: 'tag',
        entityId: id,
        detail: { slug: result.doc.slug, ...detail },
        ip: request.ip,
      });
      return result;
    });
    await app.publicCache.invalidate();
    return saved;
  }

  app.get(
    '/tags',
    {
      schema: {
        operationId: 'listStaffTags',
        tags: tag,
        summary: 'All tags with every name and their article counts, by name',
        querystring: StaffTagListQuery,
        response: { 200: ListOf(TagDocument), ...problemResponses(400, 401, 403) },
      },
    },
    async (request, reply) => {
      authorize(staffOf(request), 'read', 'tag');
      const locale = request.query.locale ?? (await app.defaultLocale());
      const page = await listStaffTags(app.db, { ...request.query, locale });
      return sendList(request, reply, page, { ...request.query, locale });
    },
  );

  app.get(
    '/tags/:id',
    {
      schema: {
        operationId: 'getStaffTag',
        tags: tag,
        summary: 'One tag with every name; the ETag names its last change',
        params: IdParams,
        response: { 200: ItemOf(TagDocument), ...problemResponses(400, 401, 403, 404) },
      },
    },
    async (request, reply) => {
      authorize(staffOf(request), 'read', 'tag');
      const found = await loadTagDocument(app.db, request.params.id);
      if (!found) throw notFound('Tag');
      return reply.header('etag', etagOf(found.doc.id, found.stamp)).send({ data: found.doc });
    },
  );

  app.post(
    '/tags',
    {
      schema: {
        operationId: 'createTag',
        tags: tag,
        summary: 'Create a tag',
        body: TagCreate,
        response: { 201: ItemOf(TagDocument), ...problemResponses(400, 401, 403, 409) },
      },
    },
    async (request, reply) => {
      authorize(staffOf(request), 'create', 'tag');
      const { doc, stamp } = await write(request, 'create', async (db) => ({
        id: await insertTag(db, request.body),
      }));
      return reply
        .code(201)
        .header('location', `/api/v1/staff/tags/${doc.id}`)
        .header('etag', etagOf(doc.id, stamp))
        .send({ data: doc });
    },
  );

  app.patch(
    '/tags/:id',
    {
      schema: {
        operationId: 'updateTag',
        tags: tag,
        summary: 'Change a tag: only the fields sent; needs If-Match',
        params: IdParams,
        headers: IfMatchHeaders,
        body: TagUpdate,
        response: {
          200: ItemOf(TagDocument),
          ...problemResponses(400, 401, 403, 404, 409, 412, 428),
        },
      },
    },
    async (request, reply) => {
      authorize(staffOf(request), 'update', 'tag');
      const { id } = request.params;
      const patch = request.body as Partial<TagInput>;
      const { doc, stamp } = await write(request, 'update', async (db) => {
        const current = await loadTagDocument(db, id, { lock: true });
        if (!current) throw notFound('Tag');
        checkIfMatch(request, etagOf(id, current.stamp));
        await updateTag(db, id, patch);
        return { id, detail: { fields: Object.keys(patch) } };
      });
      return reply.header('etag', etagOf(doc.id, stamp)).send({ data: doc });
    },
  );

  app.delete(
    '/tags/:id',
    {
      schema: {
        operationId: 'deleteTag',
        tags: tag,
        summary: 'Delete a tag (articles carrying it lose it); needs If-Match',
        params: IdParams,
        headers: IfMatchHeaders,
        response: {
          204: Type.Null({ description: 'Deleted' }),
          ...problemResponses(400, 401, 403, 404, 412, 428),
        },
      },
    },
    async (request, reply) => {
      const user = staffOf(request);
      authorize(user, 'delete', 'tag');
      const { id } = request.params;
      await app.db.transaction(async (txRaw) => {
        const tx = txRaw as unknown as Database;
        const current = await loadTagDocument(tx, id, { lock: true });
        if (!current) throw notFound('Tag');
        checkIfMatch(request, etagOf(id, current.stamp));
        await deleteTag(tx, id);
        await recordAudit(tx, {
          userId: user.id,
          action: 'delete',
          entityType: 'tag',
          entityId: id,
          detail: { slug: current.doc.slug, articleCount: current.doc.articleCount },
          ip: request.ip,
        });
      });
      await app.publicCache.invalidate();
      return reply.code(204).send(null);
    },
  );
};

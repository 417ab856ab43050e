import { sql, type SQL } from 'drizzle-orm';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { Type, type TSchema } from 'typebox';
import type { Database } from '../../db/client.js';
import { LOCALES, type ContentStatus, type Locale } from '../../db/schema/common.js';
import { staffOf } from '../../plugins/auth.js';
import { sendList, type Page } from '../../shared/list.js';
import { HttpProblem, invalidField, notFound } from '../../shared/problems.js';
import {
  IdParams,
  ItemOf,
  ListOf,
  QueryString,
  localeQuery,
  problemResponses,
  type ProblemBody,
} from '../../shared/schemas.js';
import { isoUtc, offsetOf, rowsOf } from '../../shared/sql.js';
import type { StaffUser } from '../auth/queries.js';
import { IfMatchHeaders, checkIfMatch, versionTag } from './concurrency.js';
import {
  diffDocuments,
  getRevision,
  listRevisions,
  recordAudit,
  recordRevision,
} from './history.js';
import { authorize, type StaffResource } from './policy.js';
import {
  CompareQuery,
  FieldChange,
  RevisionParams,
  RevisionSummary,
  StaffListItem,
  StaffListQuery,
  WorkflowBody,
  type WorkflowAction,
} from './schemas.js';

type FieldError = NonNullable<ProblemBody['errors']>[number];

/** What every staff document has, whatever else it holds. */
export interface DocumentBase {
  id: number;
  version: number;
  status?: ContentStatus;
  translations: Partial<Record<Locale, unknown>>;
}

export interface StaffListFilters {
  page: number;
  pageSize: number;
  locale: Locale;
  q?: string | undefined;
  state?: string | undefined;
  mine?: boolean | undefined;
  missingLocale?: Locale | undefined;
}

/**
 * One kind of editable item, described once; `registerEditable` gives it the whole staff API:
 * list, read, create, update, delete, workflow, revisions (list, read, compare, restore), with
 * authorization, If-Match, a revision per save, the audit log and cache invalidation.
 */
export interface EditableResource<Doc extends DocumentBase, Input extends object> {
  type: StaffResource;
  /** Path under /api/v1/staff, e.g. '/articles'. */
  path: string;
  /** For operationIds: createArticle, listStaffArticles, … */
  names: { one: string; many: string };
  table: string;
  /** Column naming the staff member who owns an item (authors edit only their own). */
  ownerColumn: string | null;
  /** Whether items go through draft, review, published and archived. */
  workflow: boolean;
  translations: { table: string; foreignKey: string; titleColumn: string };
  schemas: { document: TSchema; create: TSchema; update: TSchema };
  load(db: Database, id: number): Promise<Doc | null>;
  insert(db: Database, input: Input, user: StaffUser): Promise<number>;
  update(db: Database, id: number, patch: Partial<Input>): Promise<void>;
  remove(db: Database, id: number): Promise<void>;
  /**
   * The editable fields of a stored document: restoring a revision saves these. By default the
   * document's values of the create schema's fields; give it when a document field differs in
   * shape from its input (e.g. computed totals).
   */
  inputOf?(doc: Doc): Input;
  /** Reasons an item may not be published yet (e.g. images without alt text). */
  publishProblems?(db: Database, doc: Doc): Promise<FieldError[]>;
  /** Staff preview: any item, in any state, in its public shape (`GET {path}/{id}/preview`). */
  preview?: {
    schema: TSchema;
    load(db: Database, id: number, locale: Locale): Promise<unknown>;
  };
}

interface Locked {
  version: number;
  status: ContentStatus | undefined;
  ownerId: number | null;
  publishAt: string | null;
}

const conflict = (detail: string, errors?: FieldError[]) =>
  new HttpProblem({
    status: 409,
    title: 'Conflict',
    type: 'urn:jaryk:problem:invalid-state',
    detail,
    ...(errors ? { errors } : {}),
  });

/** `scheduled` is published with a future time: the state staff see and filter by. */
export function stateOf(alias: string): SQL {
  const a = sql.raw(alias);
  return sql`CASE WHEN ${a}.status = 'published' AND (${a}.publish_at IS NULL OR ${a}.publish_at > now())
    THEN 'scheduled' ELSE ${a}.status::text END`;
}

function transition(
  action: WorkflowAction,
  from: ContentStatus,
  currentPublishAt: string | null,
  requested: string | undefined,
): { status: ContentStatus; publishAt: string | null } {
  // 'now' as publishAt means the database's now(): the transaction's own clock.
  const now = new Date();
  const allowed: Record<WorkflowAction, ContentStatus[]> = {
    submit: ['draft'],
    withdraw: ['review'],
    publish: ['draft', 'review', 'published', 'archived'],
    schedule: ['draft', 'review', 'published'],
    unpublish: ['published'],
    archive: ['draft', 'review', 'published'],
  };
  if (!allowed[action].includes(from)) {
    throw conflict(`Cannot ${action} an item that is ${from}.`);
  }
  switch (action) {
    case 'submit':
      return { status: 'review', publishAt: currentPublishAt };
    case 'withdraw':
    case 'unpublish':
      return { status: 'draft', publishAt: currentPublishAt };
    case 'archive':
      return { status: 'archived', publishAt: currentPublishAt };
    case 'schedule': {
      if (!requested || new Date(requested) <= now) {
        throw invalidField('body', 'publishAt', 'must be in the future to schedule');
      }
      return { status: 'published', publishAt: new Date(requested).toISOString() };
    }
    case 'publish': {
      // A date given wins (backdating imported news, or a future one schedules); otherwise a
      // date it had in the past stays (re-publishing keeps the original date), else now.
      if (requested) return { status: 'published', publishAt: new Date(requested).toISOString() };
      const keep = currentPublishAt && new Date(currentPublishAt) <= now;
      return { status: 'published', publishAt: keep ? currentPublishAt : 'now' };
    }
  }
}

export function registerEditable<Doc extends DocumentBase, Input extends object>(
  app: FastifyInstance,
  r: EditableResource<Doc, Input>,
): void {
  const table = sql.raw(r.table);
  const tag = `staff-${r.path.slice(1)}`;
  const itemPath = `${r.path}/:id`;
  const Item = ItemOf(r.schemas.document);
  const owner = r.ownerColumn ? sql.raw(`x.${r.ownerColumn}`) : sql`NULL::int`;

  async function lock(db: Database, id: number): Promise<Locked> {
    const [row] = await rowsOf<Locked>(
      db,
      sql`SELECT x.version, ${r.workflow ? sql`x.status` : sql`NULL`} AS status, ${owner} AS "ownerId",
          ${r.workflow ? isoUtc('x.publish_at') : sql`NULL`} AS "publishAt"
        FROM ${table} x WHERE x.id = ${id} FOR UPDATE`,
    );
    if (!row) throw notFound(r.names.one);
    return { ...row, status: row.status ?? undefined };
  }

  async function bumpVersion(db: Database, id: number, extra?: SQL) {
    await db.execute(sql`UPDATE ${table} SET version = version + 1, updated_at = now()
      ${extra ? sql`, ${extra}` : sql``} WHERE id = ${id}`);
  }

  async function loadOrThrow(db: Database, id: number): Promise<Doc> {
    const doc = await r.load(db, id);
    if (!doc) throw notFound(r.names.one);
    return doc;
  }

  /** Runs a write in a transaction, then records the revision and drops the public cache. */
  async function write(
    request: FastifyRequest,
    action: string,
    work: (
      db: Database,
      user: StaffUser,
    ) => Promise<{ id: number; detail?: Record<string, unknown> }>,
  ): Promise<Doc> {
    const user = staffOf(request);
    const doc = await app.db.transaction(async (txRaw) => {
      const tx = txRaw as unknown as Database;
      const { id, detail } = await work(tx, user);
      const saved = await loadOrThrow(tx, id);
      if (Object.keys(saved.translations).length === 0) {
        throw invalidField('body', 'translations', 'at least one language is required');
      }
      await recordRevision(tx, {
        entityType: r.type,
        entityId: id,
        version: saved.version,
        document: saved,
        userId: user.id,
      });
      await recordAudit(tx, {
        userId: user.id,
        action,
        entityType: r.type,
        entityId: id,
        detail: { version: saved.version, ...detail },
        ip: request.ip,
      });
      return saved;
    });
    await app.publicCache.invalidate();
    return doc;
  }

  const send = (reply: FastifyReply, doc: Doc, code = 200) =>
    reply
      .code(code)
      .header('etag', versionTag(r.type, doc.id, doc.version))
      .send({ data: doc });

  const idOf = (request: FastifyRequest) => (request.params as { id: number }).id;

  app.get(
    r.path,
    {
      schema: {
        operationId: `listStaff${r.names.many}`,
        tags: [tag],
        summary: `${r.names.many} for staff: every state, newest change first`,
        querystring: StaffListQuery,
        response: { 200: ListOf(StaffListItem), ...problemResponses(400, 401, 403) },
      },
    },
    async (request, reply) => {
      const user = staffOf(request);
      authorize(user, 'read', r.type);
      const query = request.query as Omit<StaffListFilters, 'locale'> & { locale?: Locale };
      const locale = query.locale ?? (await app.defaultLocale());
      const page = await listStaffItems(app.db, r, { ...query, locale }, user);
      return sendList(request, reply, page, { ...query, locale });
    },
  );

  app.get(
    itemPath,
    {
      schema: {
        operationId: `getStaff${r.names.one}`,
        tags: [tag],
        summary: `One ${r.names.one.toLowerCase()} with every translation; the ETag names its version`,
        params: IdParams,
        response: { 200: Item, ...problemResponses(400, 401, 403, 404) },
      },
    },
    async (request, reply) => {
      authorize(staffOf(request), 'read', r.type);
      return send(reply, await loadOrThrow(app.db, idOf(request)));
    },
  );

  app.post(
    r.path,
    {
      schema: {
        operationId: `create${r.names.one}`,
        tags: [tag],
        summary: `Create a ${r.names.one.toLowerCase()}${r.workflow ? ' (as a draft)' : ''}`,
        body: r.schemas.create,
        response: { 201: Item, ...problemResponses(400, 401, 403, 409) },
      },
    },
    async (request, reply) => {
      const doc = await write(request, 'create', async (db, user) => {
        authorize(user, 'create', r.type);
        return { id: await r.insert(db, request.body as Input, user) };
      });
      reply.header('location', `/api/v1/staff${r.path}/${doc.id}`);
      return send(reply, doc, 201);
    },
  );

  app.patch(
    itemPath,
    {
      schema: {
        operationId: `update${r.names.one}`,
        tags: [tag],
        summary: `Change a ${r.names.one.toLowerCase()}: only the fields sent; needs If-Match`,
        params: IdParams,
        headers: IfMatchHeaders,
        body: r.schemas.update,
        response: { 200: Item, ...problemResponses(400, 401, 403, 404, 409, 412, 428) },
      },
    },
    async (request, reply) => {
      const id = idOf(request);
      const patch = request.body as Partial<Input>;
      const doc = await write(request, 'update', async (db, user) => {
        const locked = await lock(db, id);
        authorize(user, 'update', r.type, locked);
        checkIfMatch(request, versionTag(r.type, id, locked.version));
        await r.update(db, id, patch);
        await bumpVersion(db, id);
        return { id, detail: { fields: Object.keys(patch) } };
      });
      return send(reply, doc);
    },
  );

  app.delete(
    itemPath,
    {
      schema: {
        operationId: `delete${r.names.one}`,
        tags: [tag],
        summary: `Delete a ${r.names.one.toLowerCase()}; needs If-Match`,
        params: IdParams,
        headers: IfMatchHeaders,
        response: {
          204: { type: 'null', description: 'Deleted' },
          ...problemResponses(400, 401, 403, 404, 409, 412, 428),
        },
      },
    },
    async (request, reply) => {
      const id = idOf(request);
      const user = staffOf(request);
      await app.db.transaction(async (txRaw) => {
        const tx = txRaw as unknown as Database;
        const locked = await lock(tx, id);
        authorize(user, 'delete', r.type, locked);
        checkIfMatch(request, versionTag(r.type, id, locked.version));
        const last = await r.load(tx, id);
        await r.remove(tx, id);
        await recordAudit(tx, {
          userId: user.id,
          action: 'delete',
          entityType: r.type,
          entityId: id,
          detail: { version: locked.version, title: last ? titleOf(last) : null },
          ip: request.ip,
        });
      });
      await app.publicCache.invalidate();
      return reply.code(204).send(null);
    },
  );

  if (r.workflow) {
    app.post(
      `${itemPath}/workflow`,
      {
        schema: {
          operationId: `change${r.names.one}State`,
          tags: [tag],
          summary: `Move a ${r.names.one.toLowerCase()} through the workflow; needs If-Match`,
          params: IdParams,
          headers: IfMatchHeaders,
          body: WorkflowBody,
          response: { 200: Item, ...problemResponses(400, 401, 403, 404, 409, 412, 428) },
        },
      },
      async (request, reply) => {
        const id = idOf(request);
        const { action, publishAt } = request.body as {
          action: WorkflowAction;
          publishAt?: string;
        };
        const doc = await write(request, action, async (db, user) => {
          const locked = await lock(db, id);
          const permission =
            action === 'submit' ? 'submit' : action === 'withdraw' ? 'withdraw' : 'publish';
          authorize(user, permission, r.type, locked);
          checkIfMatch(request, versionTag(r.type, id, locked.version));
          const next = transition(action, locked.status!, locked.publishAt, publishAt);
          if (next.status === 'published' && r.publishProblems) {
            const problems = await r.publishProblems(db, await loadOrThrow(db, id));
            if (problems.length > 0) {
              throw conflict(
                `Not ready to publish: ${problems.map((p) => `${p.field} ${p.message}`).join('; ')}`,
                problems,
              );
            }
          }
          const publishAtValue =
            next.publishAt === 'now' ? sql`now()` : sql`${next.publishAt}::timestamptz`;
          await bumpVersion(db, id, sql`status = ${next.status}, publish_at = ${publishAtValue}`);
          return {
            id,
            detail: { from: locked.status, to: next.status, publishAt: next.publishAt },
          };
        });
        return send(reply, doc);
      },
    );
  }

  if (r.preview) {
    const { schema, load } = r.preview;
    const label = r.names.one.replace(/(?<!^)([A-Z])/g, ' $1').toLowerCase();
    app.get(
      `${itemPath}/preview`,
      {
        schema: {
          operationId: `preview${r.names.one}`,
          tags: [tag],
          summary: `Any ${label}, in any state, as its public page would show it`,
          params: IdParams,
          querystring: QueryString({ ...localeQuery }),
          response: { 200: ItemOf(schema), ...problemResponses(400, 401, 403, 404) },
        },
      },
      async (request) => {
        authorize(staffOf(request), 'read', r.type);
        const { locale } = request.query as { locale?: Locale };
        const item = await load(app.db, idOf(request), locale ?? (await app.defaultLocale()));
        if (!item) throw notFound(r.names.one);
        return { data: item };
      },
    );
  }

  app.get(
    `${itemPath}/revisions`,
    {
      schema: {
        operationId: `list${r.names.one}Revisions`,
        tags: [tag],
        summary: 'Saved versions, newest first',
        params: IdParams,
        response: {
          200: Type.Object({ data: Type.Array(RevisionSummary) }),
          ...problemResponses(400, 401, 403, 404),
        },
      },
    },
    async (request) => {
      authorize(staffOf(request), 'read', r.type);
      return { data: await listRevisions(app.db, r.type, idOf(request)) };
    },
  );

  const RevisionDetail = Type.Object({
    data: Type.Object({ ...RevisionSummary.properties, document: r.schemas.document }),
  });

  app.get(
    `${itemPath}/revisions/:revisionId`,
    {
      schema: {
        operationId: `get${r.names.one}Revision`,
        tags: [tag],
        summary: 'One saved version as it was',
        params: RevisionParams,
        response: { 200: RevisionDetail, ...problemResponses(400, 401, 403, 404) },
      },
    },
    async (request) => {
      authorize(staffOf(request), 'read', r.type);
      const { id, revisionId } = request.params as { id: number; revisionId: number };
      const revision = await getRevision(app.db, r.type, id, revisionId);
      if (!revision) throw notFound('Revision');
      return { data: revision };
    },
  );

  app.get(
    `${itemPath}/revisions/:revisionId/changes`,
    {
      schema: {
        operationId: `compare${r.names.one}Revisions`,
        tags: [tag],
        summary: 'What differs between a saved version and the current one (or another version)',
        params: RevisionParams,
        querystring: CompareQuery,
        response: {
          200: Type.Object({ data: Type.Array(FieldChange) }),
          ...problemResponses(400, 401, 403, 404),
        },
      },
    },
    async (request) => {
      authorize(staffOf(request), 'read', r.type);
      const { id, revisionId } = request.params as { id: number; revisionId: number };
      const { against } = request.query as { against?: number };
      const from = await getRevision(app.db, r.type, id, revisionId);
      if (!from) throw notFound('Revision');
      const to = against
        ? (await getRevision(app.db, r.type, id, against))?.document
        : await r.load(app.db, id);
      if (!to) throw notFound(against ? 'Revision' : r.names.one);
      const ignore = new Set(['version', 'updatedAt', 'createdAt', 'state', 'missingLocales']);
      const changes = diffDocuments(from.document, to).filter(
        (c) => !ignore.has(c.path.split('.')[0]!),
      );
      return { data: changes };
    },
  );

  app.post(
    `${itemPath}/revisions/:revisionId/restore`,
    {
      schema: {
        operationId: `restore${r.names.one}Revision`,
        tags: [tag],
        summary: 'Save an old version again as the newest (its fields, not its workflow state)',
        params: RevisionParams,
        headers: IfMatchHeaders,
        response: { 200: Item, ...problemResponses(400, 401, 403, 404, 409, 412, 428) },
      },
    },
    async (request, reply) => {
      const { id, revisionId } = request.params as { id: number; revisionId: number };
      const doc = await write(request, 'restore', async (db, user) => {
        const locked = await lock(db, id);
        authorize(user, 'update', r.type, locked);
        checkIfMatch(request, versionTag(r.type, id, locked.version));
        const revision = await getRevision(db, r.type, id, revisionId);
        if (!revision) throw notFound('Revision');
        const document = revision.document as unknown as Doc;
        const input = r.inputOf ? r.inputOf(document) : fieldsOf<Input>(r.schemas.create, document);
        // Languages added since that version are dropped, so the result equals the old one.
        const old = (input as { translations?: Record<string, unknown> }).translations ?? {};
        const translations = Object.fromEntries(LOCALES.map((l) => [l, old[l] ?? null]));
        await r.update(db, id, { ...input, translations } as Partial<Input>);
        await bumpVersion(db, id);
        return { id, detail: { restoredVersion: revision.version } };
      });
      return send(reply, doc);
    },
  );
}

/** The values of an object schema's fields in a document (missing ones stay undefined). */
function fieldsOf<T>(schema: TSchema, doc: object): T {
  const keys = Object.keys((schema as { properties?: object }).properties ?? {});
  return Object.fromEntries(keys.map((k) => [k, (doc as Record<string, unknown>)[k]])) as T;
}

function titleOf(doc: DocumentBase): string | null {
  for (const t of Object.values(doc.translations)) {
    const v = t as { title?: string; name?: string } | undefined;
    if (v?.title ?? v?.name) return (v.title ?? v.name)!;
  }
  return null;
}

/** The staff list of any resource: every state, filters shared by all, newest change first. */
async function listStaffItems(
  db: Database,
  r: EditableResource<DocumentBase, object>,
  f: StaffListFilters,
  user: StaffUser,
): Promise<Page<unknown>> {
  const t = r.translations;
  const conditions: SQL[] = [sql`true`];
  const tr = sql.raw(t.table);
  const fk = sql.raw(t.foreignKey);
  if (f.q) {
    conditions.push(sql`EXISTS (SELECT 1 FROM ${tr} s WHERE s.${fk} = x.id
      AND s.${sql.raw(t.titleColumn)} ILIKE ${`%${f.q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`})`);
  }
  if (f.state && r.workflow) conditions.push(sql`${stateOf('x')} = ${f.state}`);
  if (f.mine && r.ownerColumn) conditions.push(sql`x.${sql.raw(r.ownerColumn)} = ${user.id}`);
  if (f.missingLocale) {
    conditions.push(
      sql`NOT EXISTS (SELECT 1 FROM ${tr} s WHERE s.${fk} = x.id AND s.locale = ${f.missingLocale})`,
    );
  }
  const owner = r.ownerColumn
    ? sql`(SELECT json_build_object('id', u.id, 'displayName', u.display_name) FROM users u
        WHERE u.id = x.${sql.raw(r.ownerColumn)})`
    : sql`NULL::json`;
  const rows = await rowsOf<{ total: number; item: unknown }>(
    db,
    sql`SELECT count(*) OVER ()::int AS total, json_build_object(
        'id', x.id, 'version', x.version,
        'title', coalesce((SELECT s.${sql.raw(t.titleColumn)} FROM ${tr} s WHERE s.${fk} = x.id
          ORDER BY s.locale = ${f.locale} DESC, s.locale LIMIT 1), ''),
        'state', ${r.workflow ? stateOf('x') : sql`NULL`},
        'publishAt', ${r.workflow ? isoUtc('x.publish_at') : sql`NULL`},
        'updatedAt', ${isoUtc('x.updated_at')},
        'locales', coalesce((SELECT json_agg(s.locale ORDER BY s.locale) FROM ${tr} s WHERE s.${fk} = x.id), '[]'::json),
        'owner', ${owner}) AS item
      FROM ${sql.raw(r.table)} x WHERE ${sql.join(conditions, sql` AND `)}
      ORDER BY x.updated_at DESC, x.id DESC
      LIMIT ${f.pageSize} OFFSET ${offsetOf(f.page, f.pageSize)}`,
  );
  return { items: rows.map((row) => row.item), total: rows[0]?.total ?? 0 };
}

import { sql } from 'drizzle-orm';
import type { Database } from '../../db/client.js';
import { isoUtc, offsetOf, rowsOf } from '../../shared/sql.js';
import type { Page } from '../../shared/list.js';

/** Stores one saved version of an item, as the document the staff API serves. */
export async function recordRevision(
  db: Database,
  r: {
    entityType: string;
    entityId: number;
    version: number;
    document: object;
    userId: number | null;
  },
) {
  await db.execute(sql`INSERT INTO revisions (entity_type, entity_id, version, document, user_id)
    VALUES (${r.entityType}, ${r.entityId}, ${r.version}, ${JSON.stringify(r.document)}::jsonb, ${r.userId})`);
}

export interface AuditEntry {
  userId: number | null;
  action: string;
  entityType?: string | undefined;
  entityId?: number | undefined;
  detail?: Record<string, unknown>;
  ip?: string | undefined;
}

export async function recordAudit(db: Database, e: AuditEntry) {
  await db.execute(sql`INSERT INTO audit_log (user_id, action, entity_type, entity_id, detail, ip)
    VALUES (${e.userId}, ${e.action}, ${e.entityType ?? null}, ${e.entityId ?? null},
      ${JSON.stringify(e.detail ?? {})}::jsonb, ${e.ip ?? null})`);
}

export interface RevisionSummary {
  id: number;
  version: number;
  createdAt: string;
  user: { id: number; displayName: string } | null;
}

export async function listRevisions(
  db: Database,
  entityType: string,
  entityId: number,
): Promise<RevisionSummary[]> {
  return rowsOf<RevisionSummary>(
    db,
    sql`SELECT r.id::int AS id, r.version, ${isoUtc('r.created_at')} AS "createdAt",
        CASE WHEN u.id IS NULL THEN NULL ELSE json_build_object('id', u.id, 'displayName', u.display_name) END AS "user"
      FROM revisions r LEFT JOIN users u ON u.id = r.user_id
      WHERE r.entity_type = ${entityType} AND r.entity_id = ${entityId}
      ORDER BY r.id DESC LIMIT 200`,
  );
}

export async function getRevision(
  db: Database,
  entityType: string,
  entityId: number,
  revisionId: number,
): Promise<(RevisionSummary & { document: Record<string, unknown> }) | null> {
  const [row] = await rowsOf<RevisionSummary & { document: Record<string, unknown> }>(
    db,
    sql`SELECT r.id::int AS id, r.version, ${isoUtc('r.created_at')} AS "createdAt", r.document,
        CASE WHEN u.id IS NULL THEN NULL ELSE json_build_object('id', u.id, 'displayName', u.display_name) END AS "user"
      FROM revisions r LEFT JOIN users u ON u.id = r.user_id
      WHERE r.entity_type = ${entityType} AND r.entity_id = ${entityId} AND r.id = ${revisionId}`,
  );
  return row ?? null;
}

export interface FieldChange {
  path: string;
  before: unknown;
  after: unknown;
}

/** Leaf-by-leaf differences between two documents, as dotted paths ("translations.ru.title"). */
export function diffDocuments(before: unknown, after: unknown, path = ''): FieldChange[] {
  const isObject = (v: unknown): v is Record<string, unknown> =>
    typeof v === 'object' && v !== null && !Array.isArray(v);
  if (isObject(before) && isObject(after)) {
    const keys = [...new Set([...Object.keys(before), ...Object.keys(after)])].sort();
    return keys.flatMap((k) => diffDocuments(before[k], after[k], path ? `${path}.${k}` : k));
  }
  return JSON.stringify(before ?? null) === JSON.stringify(after ?? null)
    ? []
    : [{ path, before: before ?? null, after: after ?? null }];
}

export interface AuditRow {
  id: number;
  at: string;
  action: string;
  entityType: string | null;
  entityId: number | null;
  detail: Record<string, unknown>;
  ip: string | null;
  user: { id: number; displayName: string } | null;
}

export async function listAudit(
  db: Database,
  f: {
    page: number;
    pageSize: number;
    userId?: number | undefined;
    action?: string | undefined;
    entityType?: string | undefined;
    entityId?: number | undefined;
  },
): Promise<Page<AuditRow>> {
  const conditions = [sql`true`];
  if (f.userId) conditions.push(sql`a.user_id = ${f.userId}`);
  if (f.action) conditions.push(sql`a.action = ${f.action}`);
  if (f.entityType) conditions.push(sql`a.entity_type = ${f.entityType}`);
  if (f.entityId) conditions.push(sql`a.entity_id = ${f.entityId}`);
  const rows = await rowsOf<AuditRow & { total: number }>(
    db,
    sql`SELECT a.id::int AS id, ${isoUtc('a.at')} AS at, a.action, a.entity_type AS "entityType",
        a.entity_id AS "entityId", a.detail, a.ip, count(*) OVER ()::int AS total,
        CASE WHEN u.id IS NULL THEN NULL ELSE json_build_object('id', u.id, 'displayName', u.display_name) END AS "user"
      FROM audit_log a LEFT JOIN users u ON u.id = a.user_id
      WHERE ${sql.join(conditions, sql` AND `)}
      ORDER BY a.id DESC LIMIT ${f.pageSize} OFFSET ${offsetOf(f.page, f.pageSize)}`,
  );
  return {
    items: rows.map(({ total: _t, ...r }) => r),
    total: rows[0]?.total ?? 0,
  };
}

import { sql, type SQL } from 'drizzle-orm';
import type { Static } from 'typebox';
import type { Database } from '../../db/client.js';
import type { UserRole } from '../../db/schema/users.js';
import type { Page } from '../../shared/list.js';
import { isoUtc, offsetOf, rowsOf } from '../../shared/sql.js';
import type { UserAccount } from './staff-schemas.js';

export type UserAccountRow = Static<typeof UserAccount>;

const accountColumns = sql`u.id, u.version, u.email, u.display_name AS "displayName", u.role, u.active,
  u.password_hash IS NOT NULL AS "hasPassword",
  ${isoUtc('u.password_changed_at')} AS "passwordChangedAt", ${isoUtc('u.last_login_at')} AS "lastLoginAt",
  ${isoUtc('u.created_at')} AS "createdAt", ${isoUtc('u.updated_at')} AS "updatedAt"`;

export async function listUserAccounts(
  db: Database,
  f: {
    page: number;
    pageSize: number;
    q?: string | undefined;
    role?: UserRole | undefined;
    active?: boolean | undefined;
  },
): Promise<Page<UserAccountRow>> {
  const conditions: SQL[] = [sql`true`];
  if (f.q) {
    const like = `%${f.q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
    conditions.push(sql`(u.display_name ILIKE ${like} OR u.email ILIKE ${like})`);
  }
  if (f.role) conditions.push(sql`u.role = ${f.role}`);
  if (f.active !== undefined) conditions.push(sql`u.active = ${f.active}`);
  const rows = await rowsOf<UserAccountRow & { total: number }>(
    db,
    sql`SELECT ${accountColumns}, count(*) OVER ()::int AS total FROM users u
      WHERE ${sql.join(conditions, sql` AND `)}
      ORDER BY u.active DESC, lower(u.display_name), u.id
      LIMIT ${f.pageSize} OFFSET ${offsetOf(f.page, f.pageSize)}`,
  );
  return { items: rows.map(({ total: _t, ...r }) => r), total: rows[0]?.total ?? 0 };
}

/** One account; `lock` holds its row for the rest of the transaction. */
export async function loadUserAccount(
  db: Database,
  id: number,
  opts: { lock?: boolean } = {},
): Promise<UserAccountRow | null> {
  const [row] = await rowsOf<UserAccountRow>(
    db,
    sql`SELECT ${accountColumns} FROM users u WHERE u.id = ${id} ${opts.lock ? sql`FOR UPDATE` : sql``}`,
  );
  return row ?? null;
}

export async function emailTaken(db: Database, email: string): Promise<boolean> {
  const [row] = await rowsOf<{ taken: boolean }>(
    db,
    sql`SELECT EXISTS (SELECT 1 FROM users WHERE email = ${email.trim().toLowerCase()}) AS taken`,
  );
  return row?.taken ?? false;
}

/**
 * How many active admins there are besides `exceptId`; their rows stay locked, so two admins
 * cannot demote each other at the same moment and leave none.
 */
export async function otherActiveAdmins(db: Database, exceptId: number): Promise<number> {
  const rows = await rowsOf<{ id: number }>(
    db,
    sql`SELECT id FROM users WHERE role = 'admin' AND active AND id <> ${exceptId} FOR UPDATE`,
  );
  return rows.length;
}

export async function updateUserAccount(
  db: Database,
  id: number,
  patch: {
    displayName?: string | undefined;
    role?: UserRole | undefined;
    active?: boolean | undefined;
    passwordHash?: string | undefined;
  },
): Promise<void> {
  const sets = [sql`version = version + 1`, sql`updated_at = now()`];
  if (patch.displayName !== undefined) sets.push(sql`display_name = ${patch.displayName.trim()}`);
  if (patch.role !== undefined) sets.push(sql`role = ${patch.role}`);
  if (patch.active !== undefined) sets.push(sql`active = ${patch.active}`);
  if (patch.passwordHash !== undefined) {
    sets.push(sql`password_hash = ${patch.passwordHash}`, sql`password_changed_at = now()`);
  }
  await db.execute(sql`UPDATE users SET ${sql.join(sets, sql`, `)} WHERE id = ${id}`);
}

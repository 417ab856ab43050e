import { randomBytes } from 'node:crypto';
import { sql } from 'drizzle-orm';
import type { Database } from '../../db/client.js';
import type { UserRole } from '../../db/schema/users.js';
import { rowsOf } from '../../shared/sql.js';
import { hashPassword } from '../auth/passwords.js';
import type { StaffUser } from '../auth/queries.js';

export async function createUser(
  db: Database,
  u: { email: string; displayName: string; role: UserRole; password: string | null },
): Promise<StaffUser> {
  const hash = u.password === null ? null : await hashPassword(u.password);
  const [row] = await rowsOf<StaffUser>(
    db,
    sql`INSERT INTO users (email, display_name, role, password_hash, password_changed_at)
      VALUES (${u.email.trim().toLowerCase()}, ${u.displayName.trim()}, ${u.role}, ${hash},
        ${hash ? sql`now()` : null})
      RETURNING id, email, display_name AS "displayName", role`,
  );
  return row!;
}

/** Whether any account can log in (the demo start creates an admin only when none can). */
export async function hasLoginAccounts(db: Database): Promise<boolean> {
  const [row] = await rowsOf<{ any: boolean }>(
    db,
    sql`SELECT EXISTS (SELECT 1 FROM users WHERE password_hash IS NOT NULL AND active) AS any`,
  );
  return row?.any ?? false;
}

/** A password for generated accounts: 20 characters from a URL-safe alphabet (120 bits). */
export function randomPassword(): string {
  return randomBytes(15).toString('base64url');
}

import { createHash, randomBytes } from 'node:crypto';
import { sql } from 'drizzle-orm';
import type { Database } from '../../db/client.js';
import type { UserRole } from '../../db/schema/users.js';
import { rowsOf } from '../../shared/sql.js';

/** The staff member behind a request, as every authorization decision sees them. */
export interface StaffUser {
  id: number;
  email: string;
  displayName: string;
  role: UserRole;
}

export interface SessionInfo {
  id: string;
  csrfToken: string;
  user: StaffUser;
}

/** Sessions and reset tokens are looked up by the SHA-256 of the secret the client holds. */
export const digest = (secret: string) => createHash('sha256').update(secret).digest('base64url');
export const newSecret = () => randomBytes(32).toString('base64url');

export async function findUserForLogin(db: Database, email: string) {
  const [row] = await rowsOf<StaffUser & { passwordHash: string | null; active: boolean }>(
    db,
    sql`SELECT id, email, display_name AS "displayName", role, password_hash AS "passwordHash", active
      FROM users WHERE email = ${email.trim().toLowerCase()}`,
  );
  return row ?? null;
}

export async function createSession(
  db: Database,
  userId: number,
  meta: { ip: string; userAgent: string | undefined; maxAgeMs: number },
): Promise<{ token: string; csrfToken: string; expiresAt: Date }> {
  const token = newSecret();
  const csrfToken = newSecret();
  const expiresAt = new Date(Date.now() + meta.maxAgeMs);
  await db.execute(sql`INSERT INTO sessions (id, user_id, csrf_token, expires_at, ip, user_agent)
    VALUES (${digest(token)}, ${userId}, ${csrfToken}, ${expiresAt.toISOString()}, ${meta.ip},
      ${meta.userAgent?.slice(0, 300) ?? null})`);
  await db.execute(sql`UPDATE users SET last_login_at = now() WHERE id = ${userId}`);
  return { token, csrfToken, expiresAt };
}

/**
 * The live session for a cookie token: not expired, not idle too long, and its user still
 * active. Touches `last_seen_at` at most once a minute.
 */
export async function findSession(
  db: Database,
  token: string,
  idleMs: number,
): Promise<SessionInfo | null> {
  const id = digest(token);
  const [row] = await rowsOf<{
    id: string;
    csrfToken: string;
    stale: boolean;
    user: StaffUser;
  }>(
    db,
    sql`SELECT s.id, s.csrf_token AS "csrfToken", s.last_seen_at < now() - interval '1 minute' AS stale,
        json_build_object('id', u.id, 'email', u.email, 'displayName', u.display_name, 'role', u.role) AS "user"
      FROM sessions s JOIN users u ON u.id = s.user_id
      WHERE s.id = ${id} AND u.active AND s.expires_at > now()
        AND s.last_seen_at > now() - make_interval(secs => ${idleMs / 1000})`,
  );
  if (!row) return null;
  if (row.stale) await db.execute(sql`UPDATE sessions SET last_seen_at = now() WHERE id = ${id}`);
  return { id: row.id, csrfToken: row.csrfToken, user: row.user };
}

export async function deleteSessionByToken(db: Database, token: string) {
  await db.execute(sql`DELETE FROM sessions WHERE id = ${digest(token)}`);
}

/** Ends every session of a user (password change, deactivation), optionally but one. */
export async function deleteSessionsOfUser(db: Database, userId: number, exceptId?: string) {
  await db.execute(
    exceptId
      ? sql`DELETE FROM sessions WHERE user_id = ${userId} AND id <> ${exceptId}`
      : sql`DELETE FROM sessions WHERE user_id = ${userId}`,
  );
}

export async function deleteExpiredSessions(db: Database) {
  await db.execute(sql`DELETE FROM sessions WHERE expires_at < now()`);
}

export async function setPassword(db: Database, userId: number, passwordHash: string) {
  await db.execute(sql`UPDATE users SET password_hash = ${passwordHash},
    password_changed_at = now(), updated_at = now(), version = version + 1 WHERE id = ${userId}`);
}

export async function passwordHashOf(db: Database, userId: number): Promise<string | null> {
  const [row] = await rowsOf<{ hash: string | null }>(
    db,
    sql`SELECT password_hash AS hash FROM users WHERE id = ${userId}`,
  );
  return row?.hash ?? null;
}

// Failure counters: a fixed window per key ('ip:…', 'account:…'), shared by all instances.

export async function failuresIn(db: Database, key: string, windowMs: number): Promise<number> {
  const [row] = await rowsOf<{ failures: number }>(
    db,
    sql`SELECT failures FROM auth_throttle WHERE key = ${key}
      AND window_started_at > now() - make_interval(secs => ${windowMs / 1000})`,
  );
  return row?.failures ?? 0;
}

export async function recordFailure(db: Database, key: string, windowMs: number) {
  await db.execute(sql`INSERT INTO auth_throttle AS t (key, failures) VALUES (${key}, 1)
    ON CONFLICT (key) DO UPDATE SET
      failures = CASE WHEN t.window_started_at > now() - make_interval(secs => ${windowMs / 1000})
        THEN t.failures + 1 ELSE 1 END,
      window_started_at = CASE WHEN t.window_started_at > now() - make_interval(secs => ${windowMs / 1000})
        THEN t.window_started_at ELSE now() END`);
}

export async function clearFailures(db: Database, key: string) {
  await db.execute(sql`DELETE FROM auth_throttle WHERE key = ${key}`);
}

export async function createResetToken(db: Database, userId: number, ttlMs: number) {
  const token = newSecret();
  await db.execute(sql`INSERT INTO password_reset_tokens (token_hash, user_id, expires_at)
    VALUES (${digest(token)}, ${userId}, ${new Date(Date.now() + ttlMs).toISOString()})`);
  return token;
}

/** Marks a reset token used and returns its user, or null if unknown, used or expired. */
export async function consumeResetToken(db: Database, token: string): Promise<number | null> {
  const [row] = await rowsOf<{ userId: number }>(
    db,
    sql`UPDATE password_reset_tokens t SET used_at = now() FROM users u
      WHERE t.token_hash = ${digest(token)} AND t.used_at IS NULL AND t.expires_at > now()
        AND u.id = t.user_id AND u.active
      RETURNING t.user_id AS "userId"`,
  );
  return row?.userId ?? null;
}

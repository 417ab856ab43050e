import { sql } from 'drizzle-orm';
import type { Database } from '../db/client.js';
import { rowsOf } from '../shared/sql.js';

/** Every table whose rows can be scheduled: published with a publish time still ahead. */
const SCHEDULABLE = ['articles', 'events', 'organizations', 'projects', 'event_series', 'pages'];

/** The next moment some scheduled item becomes public, or null. */
export async function nextScheduledPublication(db: Database): Promise<Date | null> {
  const union = sql.join(
    SCHEDULABLE.map(
      (table) =>
        sql`SELECT min(publish_at) AS at FROM ${sql.raw(table)} WHERE status = 'published' AND publish_at > now()`,
    ),
    sql` UNION ALL `,
  );
  const [row] = await rowsOf<{ at: string | null }>(
    db,
    sql`SELECT to_char(min(at) AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') AS at FROM (${union}) s`,
  );
  return row?.at ? new Date(row.at) : null;
}

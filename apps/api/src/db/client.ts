import { createHash } from 'node:crypto';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { mkdirSync } from 'node:fs';
import { sql } from 'drizzle-orm';
import type { PgDatabase, PgQueryResultHKT } from 'drizzle-orm/pg-core';
import { drizzle as drizzlePg } from 'drizzle-orm/node-postgres';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import { migrate as migratePg } from 'drizzle-orm/node-postgres/migrator';
import { migrate as migratePglite } from 'drizzle-orm/pglite/migrator';
import pg from 'pg';
import * as schema from './schema/index.js';

export const migrationsFolder = fileURLToPath(new URL('./migrations', import.meta.url));

/** An arbitrary constant: several app instances starting at once migrate one at a time. */
const MIGRATION_LOCK = 722011;

export type Schema = typeof schema;
/** The drizzle database, whichever driver is behind it. */
export type Database = PgDatabase<PgQueryResultHKT, Schema>;

export interface DatabaseHandle {
  db: Database;
  driver: 'pg' | 'pglite';
  /** Applies every pending migration; safe to call at each start. */
  migrate(): Promise<void>;
  /** Subscribes to a Postgres NOTIFY channel; resolves to an unsubscribe function. */
  listen(channel: string, onMessage: (payload: string) => void): Promise<() => Promise<void>>;
  close(): Promise<void>;
}

export interface DatabaseOptions {
  /** postgres://… for a real server; undefined for embedded PGlite. */
  url: string | undefined;
  /** PGlite data folder; `memory://` keeps it in memory (tests). */
  dataDir: string;
  poolMax?: number;
}

const CHANNEL_NAME = /^[a-z_][a-z0-9_]*$/;

export async function openDatabase(options: DatabaseOptions): Promise<DatabaseHandle> {
  return options.url
    ? openPostgres(options.url, options.poolMax ?? 10)
    : openPglite(options.dataDir);
}

/**
 * Parsing and planning cost PostgreSQL more than running our read queries (0.3 ms to run, 2 ms
 * in all for an article). Naming each distinct query text makes node-postgres prepare it once
 * per connection and reuse it. Full-text searches stay unnamed: the generic plan PostgreSQL
 * switches prepared statements to suits them badly (twice the time, measured).
 */
function preparingStatements(pool: pg.Pool): pg.Pool {
  const named = (config: unknown) => {
    if (!config || typeof config !== 'object' || !('text' in config)) return config;
    const text = (config as { text: unknown }).text;
    if (
      typeof text !== 'string' ||
      !/^\s*(select|with)\b/i.test(text) ||
      text.includes('websearch_to_tsquery')
    ) {
      return config;
    }
    const name = `q${createHash('sha1').update(text).digest('hex').slice(0, 20)}`;
    return { ...config, name };
  };
  return new Proxy(pool, {
    get(target, property) {
      if (property === 'query') {
        return (config: unknown, ...rest: unknown[]) =>
          (target.query as (...args: unknown[]) => unknown)(named(config), ...rest);
      }
      const value: unknown = Reflect.get(target, property, target);
      return typeof value === 'function' ? value.bind(target) : value;
    },
  });
}

async function openPostgres(url: string, max: number): Promise<DatabaseHandle> {
  const pool = new pg.Pool({ connectionString: url, max, idleTimeoutMillis: 30_000 });
  // A broken idle connection must not crash the process; the pool replaces it.
  pool.on('error', () => {});
  const db = drizzlePg(preparingStatements(pool), {
    schema,
    casing: 'snake_case',
  }) as unknown as Database;
  await db.execute(sql`select 1`);
  return {
    db,
    driver: 'pg',
    async migrate() {
      // A session-level advisory lock needs one connection for lock, migrate and unlock.
      const client = await pool.connect();
      try {
        await client.query('select pg_advisory_lock($1)', [MIGRATION_LOCK]);
        await migratePg(drizzlePg(client, { casing: 'snake_case' }), { migrationsFolder });
      } finally {
        await client.query('select pg_advisory_unlock($1)', [MIGRATION_LOCK]).catch(() => {});
        client.release();
      }
    },
    async listen(channel, onMessage) {
      if (!CHANNEL_NAME.test(channel)) throw new Error(`bad channel name ${channel}`);
      const client = await pool.connect();
      client.on('notification', (msg) => {
        if (msg.channel === channel) onMessage(msg.payload ?? '');
      });
      await client.query(`LISTEN ${channel}`);
      return async () => {
        await client.query(`UNLISTEN ${channel}`).catch(() => {});
        client.release();
      };
    },
    close: () => pool.end(),
  };
}

async function openPglite(dataDir: string): Promise<DatabaseHandle> {
  const { PGlite } = await import('@electric-sql/pglite');
  if (!dataDir.startsWith('memory://')) mkdirSync(path.resolve(dataDir), { recursive: true });
  const client = await PGlite.create(
    dataDir.startsWith('memory://') ? undefined : path.resolve(dataDir),
  );
  const db = drizzlePglite(client, { schema, casing: 'snake_case' }) as unknown as Database;
  return {
    db,
    driver: 'pglite',
    migrate: () =>
      migratePglite(drizzlePglite(client, { casing: 'snake_case' }), { migrationsFolder }),
    async listen(channel, onMessage) {
      if (!CHANNEL_NAME.test(channel)) throw new Error(`bad channel name ${channel}`);
      const unsubscribe = await client.listen(channel, onMessage);
      return unsubscribe;
    },
    close: () => client.close(),
  };
}

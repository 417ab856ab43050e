import { createHash } from 'node:crypto';
import { sql } from 'drizzle-orm';
import fp from 'fastify-plugin';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { DatabaseHandle } from '../db/client.js';
import { nextScheduledPublication } from './public-cache-schedule.js';

declare module 'fastify' {
  interface FastifyContextConfig {
    /** Marks a public GET whose answer may be cached and revalidated by ETag. */
    publicCache?: boolean;
  }
  interface FastifyInstance {
    publicCache: {
      /** Drops every cached answer here and, through NOTIFY, on every other instance. */
      invalidate(): Promise<void>;
      readonly size: number;
      /** Whether answers are kept in memory (PUBLIC_CACHE=on). */
      readonly enabled: boolean;
      /**
       * Goes up by one on every invalidation: other in-process caches of public content (the
       * SPA's rendered heads) keep the generation they were computed in and drop older ones.
       */
      readonly generation: number;
    };
  }
}

interface Entry {
  body: string;
  etag: string;
  headers: Record<string, string>;
}

export const CACHE_CHANNEL = 'jaryk_public_cache';
const CACHE_CONTROL = 'public, max-age=60, stale-while-revalidate=600';
/** Headers a cached answer replays. */
const REPLAYED = ['content-type', 'link', 'content-disposition'];
const MAX_TIMER_MS = 2 ** 31 - 1;

export interface PublicCacheOptions {
  enabled: boolean;
  maxBytes: number;
  database: DatabaseHandle;
  /** Called on every invalidation, local or from another instance. */
  onInvalidate?: () => void;
}

/** A strong ETag of a body. */
export function etagOf(body: string): string {
  return `"${createHash('sha1').update(body).digest('base64url')}"`;
}

/** Whether an If-None-Match header matches the ETag (weak comparison, as RFC 9110 asks). */
export function matches(ifNoneMatch: string | undefined, etag: string): boolean {
  if (!ifNoneMatch) return false;
  return (
    ifNoneMatch === '*' || ifNoneMatch.split(',').some((t) => t.trim().replace(/^W\//, '') === etag)
  );
}

/**
 * The public response cache. Public GETs always get a strong ETag and answer 304 when it
 * matches; with the cache on, their bodies are kept in memory (LRU within a byte budget).
 * Every write invalidates, locally and on other instances through LISTEN/NOTIFY; a timer
 * invalidates at the next scheduled publish time so scheduled items appear on the minute.
 */
export default fp<PublicCacheOptions>(
  async function publicCachePlugin(app: FastifyInstance, options) {
    const entries = new Map<string, Entry>();
    let bytes = 0;
    let generation = 0;
    let timer: NodeJS.Timeout | undefined;

    const clear = () => {
      entries.clear();
      bytes = 0;
      generation += 1;
      options.onInvalidate?.();
      void scheduleNextExpiry();
    };

    async function scheduleNextExpiry() {
      if (timer) clearTimeout(timer);
      timer = undefined;
      const due = await nextScheduledPublication(options.database.db).catch(() => null);
      if (!due) return;
      const wait = Math.max(0, Math.min(due.getTime() - Date.now() + 5, MAX_TIMER_MS));
      timer = setTimeout(clear, wait);
      timer.unref();
    }

    const unlisten = await options.database.listen(CACHE_CHANNEL, clear);
    await scheduleNextExpiry();

    app.decorate('publicCache', {
      async invalidate() {
        clear();
        // Other instances clear theirs when this arrives (and ours, once more).
        await options.database.db.execute(sql`select pg_notify(${CACHE_CHANNEL}, '')`);
      },
      get size() {
        return entries.size;
      },
      enabled: options.enabled,
      get generation() {
        return generation;
      },
    });

    app.addHook('onClose', async () => {
      if (timer) clearTimeout(timer);
      await unlisten();
    });

    const cacheKey = (request: FastifyRequest) => request.url;
    /** The generation each request started in: an answer computed across an invalidation is not kept. */
    const startedIn = new WeakMap<FastifyRequest, number>();
    const isCacheable = (request: FastifyRequest) =>
      (request.method === 'GET' || request.method === 'HEAD') &&
      request.routeOptions.config.publicCache === true;

    // preHandler, not onRequest: rate limits and validation apply to cached answers too.
    app.addHook('preHandler', async (request: FastifyRequest, reply: FastifyReply) => {
      if (!options.enabled || !isCacheable(request)) return;
      startedIn.set(request, generation);
      const hit = entries.get(cacheKey(request));
      if (!hit) return;
      // Refresh its place in the LRU order.
      entries.delete(cacheKey(request));
      entries.set(cacheKey(request), hit);
      reply
        .header('etag', hit.etag)
        .header('cache-control', CACHE_CONTROL)
        .header('x-cache', 'hit');
      if (matches(request.headers['if-none-match'], hit.etag)) return reply.code(304).send();
      for (const [name, value] of Object.entries(hit.headers)) reply.header(name, value);
      return reply.code(200).send(hit.body);
    });

    app.addHook('onSend', async (request, reply, payload) => {
      if (
        !isCacheable(request) ||
        reply.statusCode !== 200 ||
        reply.getHeader('x-cache') === 'hit'
      ) {
        return payload;
      }
      if (typeof payload !== 'string') return payload;
      const etag = etagOf(payload);
      reply.header('etag', etag).header('cache-control', CACHE_CONTROL);
      if (options.enabled) {
        const headers: Record<string, string> = {};
        for (const name of REPLAYED) {
          const value = reply.getHeader(name);
          if (typeof value === 'string') headers[name] = value;
        }
        if (startedIn.get(request) === generation && payload.length <= options.maxBytes / 4) {
          entries.set(cacheKey(request), { body: payload, etag, headers });
          bytes += payload.length;
          reply.header('x-cache', 'miss');
          for (const [key, entry] of entries) {
            if (bytes <= options.maxBytes) break;
            entries.delete(key);
            bytes -= entry.body.length;
          }
        }
      }
      if (matches(request.headers['if-none-match'], etag)) {
        reply.code(304);
        return '';
      }
      return payload;
    });
  },
  { name: 'public-cache' },
);

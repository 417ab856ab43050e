/*
 * The benchmark's reference points, run as a child process of bench/run.ts:
 *   PUT /bare/:name           stores fixed bodies (a JSON array of strings) under a name
 *   GET /bare/:name/:i        sends stored body i as it is: the ceiling of Fastify itself
 *   GET /bare?size=N          a precomputed ASCII JSON body of N bytes
 *   GET /sql/articles         ?locale&page&pageSize&q: the article list, hand-written SQL
 *   GET /sql/articles/:slug   ?locale: one article
 *   GET /sql/events           ?place&locale&page&pageSize: events in a place
 * Environment: DATABASE_URL, PORT, DATABASE_POOL_MAX (10, the app's default), BENCH_PREPARED=1
 * to run the statements as named prepared statements.
 */
import Fastify, { type FastifyReply } from 'fastify';
import pg from 'pg';
import {
  ARTICLE_BY_SLUG,
  ARTICLE_LIST,
  ARTICLE_SEARCH,
  DEFAULT_LOCALE,
  EVENTS_IN_PLACE,
} from './reference-sql.js';

const LOCALES = ['ky', 'ru', 'en'];

const databaseUrl = process.env.DATABASE_URL;
if (!databaseUrl) throw new Error('DATABASE_URL is required');
const port = Number(process.env.PORT ?? 3100);
const prepared = process.env.BENCH_PREPARED === '1';

const pool = new pg.Pool({
  connectionString: databaseUrl,
  max: Number(process.env.DATABASE_POOL_MAX ?? 10),
  idleTimeoutMillis: 30_000,
});
pool.on('error', () => {});

async function query<T extends pg.QueryResultRow>(
  name: string,
  text: string,
  values: unknown[],
): Promise<T[]> {
  const result = await pool.query<T>(prepared ? { name, text, values } : { text, values });
  return result.rows;
}

const [settings] = await query<{ locale: string }>('default_locale', DEFAULT_LOCALE, []);
const defaultLocale = settings?.locale ?? 'ru';

type Query = Record<string, string | undefined>;

function localeOf(q: Query): string {
  return q.locale && LOCALES.includes(q.locale) ? q.locale : defaultLocale;
}

function intOf(value: string | undefined, fallback: number): number {
  const n = Number(value);
  return Number.isInteger(n) && n > 0 ? n : fallback;
}

function sendJson(reply: FastifyReply, body: string) {
  return reply.type('application/json; charset=utf-8').send(body);
}

/**
 * A list statement returns `total` as its first column; the items are the other columns. An
 * empty page past the end still needs the total: ask for the first row instead.
 */
async function listPage(
  name: string,
  text: string,
  q: Query,
  extra: unknown[],
): Promise<{ data: Record<string, unknown>[]; meta: Record<string, unknown> }> {
  const locale = localeOf(q);
  const page = intOf(q.page, 1);
  const pageSize = Math.min(intOf(q.pageSize, 20), 100);
  const rows = await query<{ total: number }>(name, text, [
    locale,
    defaultLocale,
    pageSize,
    (page - 1) * pageSize,
    ...extra,
  ]);
  let total = rows[0]?.total;
  if (total === undefined) {
    const [first] = await query<{ total: number }>(name, text, [
      locale,
      defaultLocale,
      1,
      0,
      ...extra,
    ]);
    total = first?.total ?? 0;
  }
  const data = rows.map(({ total: _total, ...item }) => item);
  return { data, meta: { page, pageSize, total, locale } };
}

const app = Fastify({ logger: false, bodyLimit: 256 * 1024 * 1024 });

const bodies = new Map<number, string>();
/** A valid JSON document of exactly `size` bytes. */
function bodyOfSize(size: number): string {
  let body = bodies.get(size);
  if (body === undefined) {
    body = `{"data":"${'x'.repeat(Math.max(0, size - 11))}"}`;
    bodies.set(size, body);
  }
  return body;
}

app.get('/health', async () => ({ status: 'ok' }));

/*
 * The bare route sends the app's own answers, stored once. A filler body of the same byte length
 * is not the same work: the app's answers are mostly Cyrillic, and both the server (UTF-8
 * encoding of a string) and autocannon (which decodes every body into a string) pay more for
 * multi-byte text than for ASCII.
 */
const stored = new Map<string, string[]>();

app.put<{ Params: { name: string }; Body: string[] }>('/bare/:name', async (request, reply) => {
  const body = request.body;
  if (!Array.isArray(body) || !body.every((b) => typeof b === 'string')) {
    return reply.code(400).send({ title: 'an array of strings, please' });
  }
  stored.set(request.params.name, body);
  return reply.code(204).send();
});

app.get<{ Params: { name: string; index: string } }>(
  '/bare/:name/:index',
  async (request, reply) => {
    const body = stored.get(request.params.name)?.[Number(request.params.index)];
    if (body === undefined) return reply.code(404).send({ title: 'Not found', status: 404 });
    return sendJson(reply, body);
  },
);

app.get<{ Querystring: Query }>('/bare', async (request, reply) => {
  return sendJson(reply, bodyOfSize(intOf(request.query.size, 1000)));
});

app.get<{ Querystring: Query }>('/sql/articles', async (request, reply) => {
  const q = request.query;
  const result = q.q
    ? await listPage('article_search', ARTICLE_SEARCH, q, [q.q])
    : await listPage('article_list', ARTICLE_LIST, q, []);
  return sendJson(reply, JSON.stringify(result));
});

app.get<{ Querystring: Query; Params: { slug: string } }>(
  '/sql/articles/:slug',
  async (request, reply) => {
    const locale = localeOf(request.query);
    const [article] = await query('article_by_slug', ARTICLE_BY_SLUG, [
      locale,
      defaultLocale,
      request.params.slug,
    ]);
    if (!article) return reply.code(404).send({ title: 'Not found', status: 404 });
    return sendJson(reply, JSON.stringify({ data: article }));
  },
);

app.get<{ Querystring: Query }>('/sql/events', async (request, reply) => {
  const q = request.query;
  const result = await listPage('events_in_place', EVENTS_IN_PLACE, q, [q.place ?? '']);
  return sendJson(reply, JSON.stringify(result));
});

const shutdown = () => {
  void app
    .close()
    .then(() => pool.end())
    .finally(() => process.exit(0));
};
process.once('SIGTERM', shutdown);
process.once('SIGINT', shutdown);

await app.listen({ host: '127.0.0.1', port });

/*
 * Planning and execution times of the app's SQL and of the hand-written SQL for the benchmark
 * scenarios, from EXPLAIN (ANALYZE). The app's statements are captured by running its own query
 * functions through a logging drizzle instance, so they are exactly what the server sends.
 *
 * Standalone: `npx tsx bench/explain.ts <database url> [--q word] [--place slug] [--slug slug]`
 * prints the times and writes every statement to bench/results/queries.sql for manual EXPLAIN.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { drizzle } from 'drizzle-orm/node-postgres';
import pg from 'pg';
import * as schema from '../src/db/schema/index.js';
import type { Database } from '../src/db/client.js';
import { getArticleBySlug, listArticles } from '../src/modules/articles/queries.js';
import { listEvents } from '../src/modules/events/queries.js';
import { getDefaultLocale } from '../src/modules/settings/queries.js';
import {
  ARTICLE_BY_SLUG,
  ARTICLE_LIST,
  ARTICLE_SEARCH,
  DEFAULT_LOCALE,
  EVENTS_IN_PLACE,
} from './reference-sql.js';

export interface Statement {
  text: string;
  params: unknown[];
}

export interface StatementTimes {
  /** First line of the statement, for orientation. */
  head: string;
  planningMs: number;
  executionMs: number;
}

export interface ScenarioExplain {
  key: string;
  app: StatementTimes[];
  handWritten: StatementTimes[];
  /** Sum over the statements of one answer. */
  appTotalMs: number;
  handWrittenTotalMs: number;
}

interface ExplainJson {
  'Planning Time': number;
  'Execution Time': number;
}

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? 0;
};

async function timesOf(client: pg.Client, s: Statement, runs: number): Promise<StatementTimes> {
  const planning: number[] = [];
  const execution: number[] = [];
  for (let i = 0; i < runs; i++) {
    const { rows } = await client.query<{ 'QUERY PLAN': ExplainJson[] }>(
      `EXPLAIN (ANALYZE, FORMAT JSON) ${s.text}`,
      s.params,
    );
    const plan = rows[0]?.['QUERY PLAN'][0];
    if (!plan) throw new Error('EXPLAIN returned nothing');
    planning.push(plan['Planning Time']);
    execution.push(plan['Execution Time']);
  }
  return {
    head: s.text.replace(/\s+/g, ' ').trim().slice(0, 60),
    planningMs: median(planning),
    executionMs: median(execution),
  };
}

export interface ExplainTarget {
  slug: string;
  place: string;
  q: string;
}

/** Runs the app's query functions once per scenario and returns the statements they sent. */
async function appStatements(url: string, t: ExplainTarget): Promise<Record<string, Statement[]>> {
  const pool = new pg.Pool({ connectionString: url, max: 2 });
  let captured: Statement[] = [];
  const db = drizzle(pool, {
    schema,
    casing: 'snake_case',
    logger: { logQuery: (text, params) => captured.push({ text, params }) },
  }) as unknown as Database;
  const take = () => {
    const out = captured;
    captured = [];
    return out;
  };
  try {
    const defaultLocale = await getDefaultLocale(db);
    take();
    const page = { page: 1, pageSize: 20 };
    await listArticles(db, { ...page, sort: '-publishedAt', locale: 'en' });
    const list = take();
    await getArticleBySlug(db, t.slug, defaultLocale);
    const detail = take();
    await listEvents(db, { ...page, place: t.place, locale: defaultLocale });
    const events = take();
    await listArticles(db, { ...page, sort: '-publishedAt', q: t.q, locale: defaultLocale });
    const search = take();
    return { list, detail, events, search };
  } finally {
    await pool.end();
  }
}

function handWrittenStatements(
  defaultLocale: string,
  t: ExplainTarget,
): Record<string, Statement[]> {
  const d = defaultLocale;
  return {
    list: [{ text: ARTICLE_LIST, params: ['en', d, 20, 0] }],
    detail: [{ text: ARTICLE_BY_SLUG, params: [d, d, t.slug] }],
    events: [{ text: EVENTS_IN_PLACE, params: [d, d, 20, 0, t.place] }],
    search: [{ text: ARTICLE_SEARCH, params: [d, d, 20, 0, t.q] }],
  };
}

/** Median planning and execution times (of `runs` EXPLAIN ANALYZE each) per scenario. */
export async function explainScenarios(
  url: string,
  target: ExplainTarget,
  runs = 5,
): Promise<{ scenarios: ScenarioExplain[]; sql: string }> {
  const app = await appStatements(url, target);
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const { rows } = await client.query<{ locale: string }>(DEFAULT_LOCALE);
    const hand = handWrittenStatements(rows[0]?.locale ?? 'ru', target);
    const scenarios: ScenarioExplain[] = [];
    const dump: string[] = [];
    for (const key of ['list', 'detail', 'events', 'search']) {
      const appTimes: StatementTimes[] = [];
      for (const s of app[key] ?? []) appTimes.push(await timesOf(client, s, runs));
      const handTimes: StatementTimes[] = [];
      for (const s of hand[key] ?? []) handTimes.push(await timesOf(client, s, runs));
      const total = (ts: StatementTimes[]) =>
        ts.reduce((sum, x) => sum + x.planningMs + x.executionMs, 0);
      scenarios.push({
        key,
        app: appTimes,
        handWritten: handTimes,
        appTotalMs: total(appTimes),
        handWrittenTotalMs: total(handTimes),
      });
      for (const [who, list] of [
        ['app', app[key] ?? []],
        ['hand-written', hand[key] ?? []],
      ] as const) {
        for (const s of list) {
          dump.push(`-- ${key}, ${who}; params: ${JSON.stringify(s.params)}\n${s.text};\n`);
        }
      }
    }
    return { scenarios, sql: dump.join('\n') };
  } finally {
    await client.end();
  }
}

export function formatExplain(scenarios: ScenarioExplain[]): string {
  const lines: string[] = [];
  const fmt = (t: StatementTimes) =>
    `plan ${t.planningMs.toFixed(2)} ms + exec ${t.executionMs.toFixed(2)} ms  ${t.head}`;
  for (const s of scenarios) {
    lines.push(
      `${s.key}: app ${s.appTotalMs.toFixed(2)} ms in ${s.app.length} statement(s), ` +
        `hand-written ${s.handWrittenTotalMs.toFixed(2)} ms in ${s.handWritten.length}`,
    );
    for (const t of s.app) lines.push(`    app   ${fmt(t)}`);
    for (const t of s.handWritten) lines.push(`    hand  ${fmt(t)}`);
  }
  return lines.join('\n');
}

async function cli(): Promise<void> {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: {
      q: { type: 'string', default: 'district' },
      place: { type: 'string', default: 'jalal-abad-oblast' },
      slug: { type: 'string', default: 'harassment-is-a-special-kind-of-violence' },
      runs: { type: 'string', default: '5' },
    },
  });
  const url = positionals[0];
  if (!url)
    throw new Error('usage: tsx bench/explain.ts <database url> [--q w] [--place s] [--slug s]');
  const { scenarios, sql } = await explainScenarios(
    url,
    { q: values.q, place: values.place, slug: values.slug },
    Number(values.runs),
  );
  console.log(formatExplain(scenarios));
  const dir = path.join(path.dirname(fileURLToPath(import.meta.url)), 'results');
  await mkdir(dir, { recursive: true });
  await writeFile(path.join(dir, 'queries.sql'), sql);
  console.log(`statements written to ${path.join(dir, 'queries.sql')}`);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === path.resolve(process.argv[1])) {
  cli().catch((err: unknown) => {
    console.error(err);
    process.exitCode = 1;
  });
}

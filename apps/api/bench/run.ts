/*
 * `pnpm bench`: load-tests the real server against hand-written SQL and a bare Fastify route.
 *
 * Creates a throw-away database on the local PostgreSQL server, seeds demo + generated volume,
 * starts the app as two child processes (public cache off and on) beside a reference server
 * (bench/reference-server.ts: hand-written SQL and a bare route), and drives them with autocannon
 * from this process, the four targets of a scenario back to back. Besides req/s and p99 it
 * records the CPU time per answer of the server and of the database's backends, which stays
 * meaningful when other work on the machine disturbs the throughput. Writes
 * bench/results/latest.json and prints a Markdown table. Aims are reported, never enforced:
 * the load generator and the servers share the machine, so figures are relative.
 */
import { existsSync } from 'node:fs';
import { mkdir, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { setTimeout as sleep } from 'node:timers/promises';
import pg from 'pg';
import { checkPair, emptyCheck, fetchAnswer, type CheckResult } from './compare.js';
import { explainScenarios, formatExplain, type ScenarioExplain } from './explain.js';
import { measure, type LoadOptions, type Measurement } from './load.js';
import {
  BackendCpu,
  buildServer,
  freePort,
  killAllChildren,
  startServer,
  type ServerProcess,
} from './processes.js';
import type { BenchDatabase, SeedSummary, Workload } from './database.js';

const here = path.dirname(fileURLToPath(import.meta.url));
const apiRoot = path.resolve(here, '..');
const seedModule = path.join(apiRoot, 'src/seed/scale.ts');

const AIMS = { uncachedVsSql: 0.7, cachedVsBare: 0.5, cachedP99Ms: 20, rssMb: 200 };

const USAGE = `usage: pnpm bench [options]

  --scale N          generated volume: N*1000 articles, N*300 events (default 2)
  --duration S       seconds measured per scenario and server (default 10)
  --warmup S         seconds of warm-up before each measurement (default 3)
  --connections N    concurrent connections (default 50)
  --rounds N         measure every target N times, interleaved, and keep the median (default 1)
  --slugs N          article slugs the detail scenario rotates over (default 500)
  --q WORD           search word (default: the most frequent English word of the texts that
                     is in at most half of them)
  --prepared         run the hand-written SQL as named prepared statements
  --server URL       PostgreSQL server (default postgres://postgres@127.0.0.1:5432)
  --keep-db          keep the database afterwards (for EXPLAIN); drop it by hand
  --node-options=F   extra Node flags for the app process (note the '='), e.g.
                     --node-options=--max-old-space-size=128
  --compiled         run the app compiled (tsc into bench/results/dist, then node, as in
                     production) instead of through tsx, which adds ~60 MB of RSS
  --help`;

interface Options {
  scale: number;
  load: LoadOptions;
  slugs: number;
  rounds: number;
  q: string | undefined;
  prepared: boolean;
  server: string;
  keepDb: boolean;
  compiled: boolean;
  nodeOptions: string[];
}

function parseOptions(argv: string[]): Options | null {
  const { values } = parseArgs({
    args: argv,
    options: {
      scale: { type: 'string', default: '2' },
      duration: { type: 'string', default: '10' },
      warmup: { type: 'string', default: '3' },
      connections: { type: 'string', default: '50' },
      slugs: { type: 'string', default: '500' },
      rounds: { type: 'string', default: '1' },
      q: { type: 'string' },
      prepared: { type: 'boolean', default: false },
      server: { type: 'string', default: 'postgres://postgres@127.0.0.1:5432' },
      'keep-db': { type: 'boolean', default: false },
      compiled: { type: 'boolean', default: false },
      'node-options': { type: 'string', default: '' },
      help: { type: 'boolean', short: 'h', default: false },
    },
    strict: true,
  });
  if (values.help) return null;
  const positive = (name: string, value: string, integer = true) => {
    const n = Number(value);
    if (!Number.isFinite(n) || n <= 0 || (integer && !Number.isInteger(n))) {
      throw new Error(
        `--${name} must be a positive ${integer ? 'integer' : 'number'}, got '${value}'`,
      );
    }
    return n;
  };
  return {
    scale: positive('scale', values.scale, false),
    load: {
      seconds: positive('duration', values.duration),
      warmupSeconds: values.warmup === '0' ? 0 : positive('warmup', values.warmup),
      connections: positive('connections', values.connections),
    },
    slugs: positive('slugs', values.slugs),
    rounds: positive('rounds', values.rounds),
    q: values.q,
    prepared: values.prepared,
    server: values.server,
    keepDb: values['keep-db'],
    compiled: values.compiled,
    nodeOptions: values['node-options'].split(/\s+/).filter(Boolean),
  };
}

function log(message: string): void {
  console.log(`[bench] ${message}`);
}

/** The seed generator is written in parallel; wait for it rather than fail. */
async function waitForSeedModule(): Promise<void> {
  const deadline = Date.now() + 20 * 60_000;
  while (!existsSync(seedModule)) {
    if (Date.now() > deadline) throw new Error(`${seedModule} did not appear within 20 minutes`);
    log(`waiting for ${path.relative(apiRoot, seedModule)} …`);
    await sleep(60_000);
  }
}

type ScenarioKey = 'list' | 'detail' | 'events' | 'search';

interface Scenario {
  key: ScenarioKey;
  title: string;
  /** What the app is asked (one path, or many rotated round-robin). */
  appPaths: string[];
  /** The same questions to the hand-written SQL routes. */
  sqlPaths: string[];
}

function scenariosOf(w: Workload, slugCount: number): Scenario[] {
  const slugs = w.slugs.slice(0, slugCount);
  const q = encodeURIComponent(w.word.q);
  const place = encodeURIComponent(w.oblast.slug);
  return [
    {
      key: 'list',
      title: 'Newest 20 articles',
      appPaths: ['/api/v1/articles?locale=en&pageSize=20'],
      sqlPaths: ['/sql/articles?locale=en&pageSize=20'],
    },
    {
      key: 'detail',
      title: `Article by slug (${slugs.length} slugs)`,
      appPaths: slugs.map((s) => `/api/v1/articles/${s}`),
      sqlPaths: slugs.map((s) => `/sql/articles/${s}`),
    },
    {
      key: 'events',
      title: `Events in ${w.oblast.slug}`,
      appPaths: [`/api/v1/events?place=${place}&pageSize=20`],
      sqlPaths: [`/sql/events?place=${place}&pageSize=20`],
    },
    {
      key: 'search',
      title: `Search "${w.word.q}"`,
      appPaths: [`/api/v1/articles?q=${q}&pageSize=20`],
      sqlPaths: [`/sql/articles?q=${q}&pageSize=20`],
    },
  ];
}

/** Requests every distinct path once (fills the cache where there is one); the bodies, in order. */
async function prime(baseUrl: string, paths: readonly string[]): Promise<string[]> {
  const bodies: string[] = new Array<string>(paths.length);
  let next = 0;
  const worker = async () => {
    for (let i = next++; i < paths.length; i = next++) {
      const response = await fetch(baseUrl + paths[i]);
      bodies[i] = await response.text();
      if (response.status !== 200) {
        console.warn(
          `[bench] WARNING ${paths[i]} answered ${response.status}: ${bodies[i]?.slice(0, 200)}`,
        );
      }
    }
  };
  await Promise.all(Array.from({ length: 8 }, worker));
  return bodies;
}

const meanBytes = (bodies: readonly string[]) =>
  Math.round(bodies.reduce((sum, b) => sum + Buffer.byteLength(b), 0) / Math.max(1, bodies.length));

/** Stores the app's answers on the reference server; the paths that send them back. */
async function storeBareBodies(
  ref: ServerProcess,
  name: string,
  bodies: readonly string[],
): Promise<string[]> {
  const response = await fetch(`${ref.baseUrl}/bare/${name}`, {
    method: 'PUT',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(bodies),
  });
  if (response.status !== 204) throw new Error(`storing bare bodies: ${response.status}`);
  return bodies.map((_, i) => `/bare/${name}/${i}`);
}

async function checkScenario(
  app: ServerProcess,
  ref: ServerProcess,
  s: Scenario,
): Promise<CheckResult> {
  const result = emptyCheck();
  // Lists: the one question; details: a spread of slugs.
  const step = Math.max(1, Math.floor(s.appPaths.length / 25));
  for (let i = 0; i < s.appPaths.length; i += step) {
    const appPath = s.appPaths[i];
    const sqlPath = s.sqlPaths[i];
    if (!appPath || !sqlPath) continue;
    const [a, b] = await Promise.all([
      fetchAnswer(app.baseUrl + appPath),
      fetchAnswer(ref.baseUrl + sqlPath),
    ]);
    checkPair(a, b, appPath, result);
  }
  return result;
}

interface ScenarioResult {
  key: ScenarioKey;
  title: string;
  appPath: string;
  paths: number;
  bodyBytes: number;
  check: CheckResult;
  appUncached: Measurement;
  appCached: Measurement;
  handWrittenSql: Measurement;
  bare: Measurement;
  ratios: {
    uncachedVsSql: number;
    cachedVsBare: number;
    /**
     * Hand-written CPU per answer over the app's (server + PostgreSQL): what the throughput
     * ratio would be on a CPU-bound machine with nothing else running; steadier than req/s.
     */
    uncachedVsSqlByCpu: number | null;
  };
  /** Every round of every target, when there were several. */
  rounds: Record<string, Measurement[]>;
}

interface Aim {
  what: string;
  value: string;
  met: boolean;
}

const MB = 1024 * 1024;
const int = (n: number) => Math.round(n).toLocaleString('en-US');
const ms = (n: number) => `${n < 10 ? n.toFixed(1) : Math.round(n)} ms`;
/** A run where more than 1 % of the answers failed measures the failure, not the route. */
const failed = (m: Measurement) => m.non2xx + m.errors + m.timeouts > m.requests * 0.01;
const cell = (m: Measurement) =>
  `${int(m.requestsPerSecond)} req/s, p99 ${ms(m.latencyMs.p99)}${failed(m) ? ' (FAILED)' : ''}`;

function markdownTable(results: ScenarioResult[], rss: Record<string, number>): string {
  const lines = [
    '| Scenario | Body | App, uncached | App, cached | Hand-written SQL | Bare route | Uncached / SQL | Cached / bare |',
    '| --- | --: | --: | --: | --: | --: | --: | --: |',
  ];
  for (const r of results) {
    lines.push(
      `| ${r.title} | ${(r.bodyBytes / 1024).toFixed(1)} KB | ${cell(r.appUncached)} | ${cell(r.appCached)} | ` +
        `${cell(r.handWrittenSql)} | ${cell(r.bare)} | ${r.ratios.uncachedVsSql.toFixed(2)} | ` +
        `${r.ratios.cachedVsBare.toFixed(2)} |`,
    );
  }
  const mb = (key: string) => `${int((rss[key] ?? 0) / MB)} MB`;
  lines.push(
    `| Peak RSS (VmHWM; at start) | | ${mb('appUncached')} (${mb('appUncachedAtStart')}) | ` +
      `${mb('appCached')} (${mb('appCachedAtStart')}) | ${mb('reference')} (reference server) | | | |`,
  );
  lines.push(
    '',
    '| CPU per answer (server + PostgreSQL) | App, uncached | App, cached | Hand-written SQL | Bare route | Uncached / SQL by CPU |',
    '| --- | --: | --: | --: | --: | --: |',
  );
  const cpu = (m: Measurement) =>
    m.cpuMsPerRequest
      ? `${m.cpuMsPerRequest.server.toFixed(2)} + ${m.cpuMsPerRequest.postgres.toFixed(2)} ms`
      : 'n/a';
  for (const r of results) {
    const byCpu = r.ratios.uncachedVsSqlByCpu;
    lines.push(
      `| ${r.title} | ${cpu(r.appUncached)} | ${cpu(r.appCached)} | ${cpu(r.handWrittenSql)} | ` +
        `${cpu(r.bare)} | ${byCpu === null ? 'n/a' : byCpu.toFixed(2)} |`,
    );
  }
  return lines.join('\n');
}

function cpuRatio(reference: Measurement, app: Measurement): number | null {
  const total = (m: Measurement) =>
    m.cpuMsPerRequest ? m.cpuMsPerRequest.server + m.cpuMsPerRequest.postgres : 0;
  return total(reference) > 0 && total(app) > 0 ? total(reference) / total(app) : null;
}

function aimsOf(results: ScenarioResult[], rss: Record<string, number>): Aim[] {
  const aims: Aim[] = [];
  for (const r of results) {
    const all = [r.appUncached, r.appCached, r.handWrittenSql, r.bare];
    if (all.some(failed)) {
      aims.push({ what: `${r.title}: runs without failed requests`, value: 'failed', met: false });
      continue;
    }
    aims.push({
      what: `${r.title}: app uncached / hand-written SQL >= ${AIMS.uncachedVsSql}`,
      value:
        r.ratios.uncachedVsSql.toFixed(2) +
        (r.ratios.uncachedVsSqlByCpu === null
          ? ''
          : ` (by CPU per answer: ${r.ratios.uncachedVsSqlByCpu.toFixed(2)})`),
      met: r.ratios.uncachedVsSql >= AIMS.uncachedVsSql,
    });
    aims.push({
      what: `${r.title}: app cached / bare route >= ${AIMS.cachedVsBare}`,
      value: r.ratios.cachedVsBare.toFixed(2),
      met: r.ratios.cachedVsBare >= AIMS.cachedVsBare,
    });
    aims.push({
      what: `${r.title}: app cached p99 < ${AIMS.cachedP99Ms} ms`,
      value: ms(r.appCached.latencyMs.p99),
      met: r.appCached.latencyMs.p99 < AIMS.cachedP99Ms,
    });
  }
  for (const mode of ['appUncached', 'appCached'] as const) {
    const mb = (rss[mode] ?? 0) / MB;
    aims.push({
      what: `peak RSS of the app (${mode === 'appUncached' ? 'uncached' : 'cached'} run) < ${AIMS.rssMb} MB`,
      value: `${int(mb)} MB`,
      met: mb < AIMS.rssMb,
    });
  }
  return aims;
}

/** The run with the median throughput (its latency and CPU figures come with it). */
function medianRun(runs: Measurement[]): Measurement {
  const sorted = [...runs].sort((a, b) => a.requestsPerSecond - b.requestsPerSecond);
  const m = sorted[Math.floor((sorted.length - 1) / 2)];
  if (!m) throw new Error('no measurement');
  return m;
}

const cpuOf = (server: ServerProcess, backends: BackendCpu) => async () => ({
  server: await server.cpuSeconds(),
  postgres: await backends.seconds(),
});

function warnAbout(label: string, m: Measurement): void {
  if (m.non2xx > 0 || m.errors > 0 || m.timeouts > 0) {
    console.warn(
      `[bench] WARNING ${label}: ${m.non2xx} non-2xx, ${m.errors} errors, ${m.timeouts} timeouts ` +
        `of ${m.requests} requests`,
    );
  }
}

async function serverVersion(url: string): Promise<string> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const { rows } = await client.query<{ v: string }>(
      `SELECT current_setting('server_version') AS v`,
    );
    return rows[0]?.v ?? 'unknown';
  } finally {
    await client.end();
  }
}

async function main(): Promise<void> {
  const options = parseOptions(process.argv.slice(2));
  if (!options) {
    console.log(USAGE);
    return;
  }
  const load = options.load;
  await waitForSeedModule();
  const { createDatabase, prepareDatabase, findWorkload } = await import('./database.js');

  let database: BenchDatabase | undefined;
  let backends: BackendCpu | undefined;
  const cleanup = async () => {
    killAllChildren();
    await backends?.close().catch(() => {});
    await rm(path.join(here, 'results', 'dist'), { recursive: true, force: true });
    if (database && options.keepDb) {
      log(`kept ${database.url}`);
    } else if (database) {
      await database.drop().catch((err: unknown) => {
        console.error(`[bench] could not drop ${database?.name}:`, err);
      });
    }
  };
  const onSignal = (signal: NodeJS.Signals) => {
    log(`${signal}: cleaning up`);
    void cleanup().finally(() => process.exit(130));
  };
  process.once('SIGINT', onSignal);
  process.once('SIGTERM', onSignal);

  try {
    database = await createDatabase(options.server);
    log(`database ${database.name}`);
    const seeded: SeedSummary = await prepareDatabase(database.url, options.scale);
    log(
      `seeded in ${seeded.seconds.toFixed(1)} s: ${seeded.articles} articles (${seeded.publicArticles} public), ` +
        `${seeded.events} events (${seeded.publicEvents} public)`,
    );
    const workload = await findWorkload(database.url, { q: options.q });
    if (workload.slugs.length < options.slugs) {
      console.warn(
        `[bench] WARNING only ${workload.slugs.length} public article slugs (wanted ${options.slugs})`,
      );
    }
    log(
      `workload: ${Math.min(options.slugs, workload.slugs.length)} slugs; oblast ${workload.oblast.slug} ` +
        `(${workload.oblast.events} events); q="${workload.word.q}" (${workload.word.articles} articles)`,
    );
    const scenarios = scenariosOf(workload, options.slugs);

    // Database time per answer, before any load: the app's statements against the hand-written.
    const resultsDir = path.join(here, 'results');
    await mkdir(resultsDir, { recursive: true });
    let explained: ScenarioExplain[] = [];
    try {
      const target = {
        slug: workload.slugs[0] ?? '',
        place: workload.oblast.slug,
        q: workload.word.q,
      };
      const { scenarios: times, sql } = await explainScenarios(database.url, target);
      explained = times;
      await writeFile(path.join(resultsDir, 'queries.sql'), sql);
      log(
        `EXPLAIN ANALYZE, median of 5 (statements in bench/results/queries.sql):\n${formatExplain(times)}`,
      );
    } catch (err) {
      console.warn('[bench] WARNING EXPLAIN of the app queries failed:', err);
    }

    const common = {
      DATABASE_URL: database.url,
      DATABASE_POOL_MAX: '10',
      HOST: '127.0.0.1',
      LOG_LEVEL: 'warn',
      SEED_DEMO: 'false',
      WEB_DIST: 'none',
      // One client address makes all the load: the per-address limit must never trigger, but
      // stays registered so that its per-request cost is measured.
      RATE_LIMIT_PER_MINUTE: '1000000000',
    };
    const appArgs = [
      ...options.nodeOptions,
      ...(options.compiled
        ? ['--enable-source-maps', await buildServer(apiRoot, path.join(resultsDir, 'dist'))]
        : ['--import', 'tsx', 'src/server.ts']),
    ];
    log(`app runs as: node ${appArgs.join(' ')}`);
    const startApp = async (name: string, args: string[], env: Record<string, string>) =>
      startServer({
        name,
        args,
        cwd: apiRoot,
        env,
        port: await freePort(),
        readyPath: '/api/health',
      });
    backends = await BackendCpu.open(database.url);
    const reference = await startServer({
      name: 'reference',
      args: ['--import', 'tsx', 'bench/reference-server.ts'],
      cwd: apiRoot,
      env: { ...common, BENCH_PREPARED: options.prepared ? '1' : '0' },
      port: await freePort(),
      readyPath: '/health',
    });

    const checks = new Map<ScenarioKey, CheckResult>();
    const bodyBytes = new Map<ScenarioKey, number>();
    const barePaths = new Map<ScenarioKey, string[]>();
    const measured = new Map<string, Measurement>();
    const rounds = new Map<string, Measurement[]>();
    const rss: Record<string, number> = {};

    // Both app instances run side by side with the reference server; an idle server costs
    // nothing, and measuring the four targets of a scenario back to back keeps the comparisons
    // fair when something else on the machine wakes up.
    const apps: Record<'appUncached' | 'appCached', ServerProcess> = {
      appUncached: await startApp('app-uncached', appArgs, { ...common, PUBLIC_CACHE: 'off' }),
      appCached: await startApp('app-cached', appArgs, { ...common, PUBLIC_CACHE: 'on' }),
    };
    for (const [mode, app] of Object.entries(apps)) {
      rss[`${mode}AtStart`] = await app.rss();
      log(`${app.name} started (pid ${app.pid}, RSS ${int((rss[`${mode}AtStart`] ?? 0) / MB)} MB)`);
    }

    for (const s of scenarios) {
      const check = await checkScenario(apps.appUncached, reference, s);
      checks.set(s.key, check);
      if (check.problems.length > 0) {
        console.warn(`[bench] WARNING ${s.title}: the app and the hand-written SQL disagree`);
        for (const p of check.problems.slice(0, 5)) console.warn(`  ${p}`);
      }
      const bodies = await prime(apps.appUncached.baseUrl, s.appPaths);
      bodyBytes.set(s.key, meanBytes(bodies));
      barePaths.set(s.key, await storeBareBodies(reference, s.key, bodies));
      await prime(apps.appCached.baseUrl, s.appPaths);
      await prime(reference.baseUrl, s.sqlPaths);

      const targets = [
        { kind: 'appUncached', label: 'app-uncached', server: apps.appUncached, paths: s.appPaths },
        { kind: 'sql', label: 'SQL', server: reference, paths: s.sqlPaths },
        { kind: 'appCached', label: 'app-cached', server: apps.appCached, paths: s.appPaths },
        { kind: 'bare', label: 'bare', server: reference, paths: barePaths.get(s.key) ?? [] },
      ];
      for (let round = 0; round < options.rounds; round++) {
        // Alternate the order so that no target always runs first after a quiet spell.
        const order = round % 2 === 0 ? targets : [...targets].reverse();
        for (const t of order) {
          const m = await measure(t.server.baseUrl, t.paths, load, cpuOf(t.server, backends));
          warnAbout(`${t.label} ${s.title}`, m);
          const key = `${t.kind}:${s.key}`;
          rounds.set(key, [...(rounds.get(key) ?? []), m]);
          log(`${t.label.padEnd(12)} ${s.title}: ${cell(m)}`);
        }
      }
      for (const t of targets) {
        const key = `${t.kind}:${s.key}`;
        measured.set(key, medianRun(rounds.get(key) ?? []));
      }
    }
    for (const [mode, app] of Object.entries(apps)) {
      rss[mode] = await app.peakRss();
      log(`${app.name} peak RSS ${int((rss[mode] ?? 0) / MB)} MB`);
      await app.stop();
    }
    rss.reference = await reference.peakRss();
    await reference.stop();

    const results: ScenarioResult[] = scenarios.map((s) => {
      const get = (kind: string) => {
        const m = measured.get(`${kind}:${s.key}`);
        if (!m) throw new Error(`missing measurement ${kind}:${s.key}`);
        return m;
      };
      const appUncached = get('appUncached');
      const appCached = get('appCached');
      const handWrittenSql = get('sql');
      const bare = get('bare');
      return {
        key: s.key,
        title: s.title,
        appPath: s.appPaths[0] ?? '',
        paths: s.appPaths.length,
        bodyBytes: bodyBytes.get(s.key) ?? 0,
        check: checks.get(s.key) ?? emptyCheck(),
        appUncached,
        appCached,
        handWrittenSql,
        bare,
        ratios: {
          uncachedVsSql: appUncached.requestsPerSecond / handWrittenSql.requestsPerSecond,
          cachedVsBare: appCached.requestsPerSecond / bare.requestsPerSecond,
          uncachedVsSqlByCpu: cpuRatio(handWrittenSql, appUncached),
        },
        rounds: Object.fromEntries(
          ['appUncached', 'appCached', 'sql', 'bare'].map((k) => [
            k,
            rounds.get(`${k}:${s.key}`) ?? [],
          ]),
        ),
      };
    });

    const aims = aimsOf(results, rss);
    const machine = {
      cpus: os.cpus().length,
      cpuModel: os.cpus()[0]?.model ?? 'unknown',
      memoryMb: Math.round(os.totalmem() / MB),
      node: process.version,
      postgres: await serverVersion(database.url),
    };
    const context =
      `${load.connections} connections, ${load.warmupSeconds} s warm-up + ${load.seconds} s per run` +
      `${options.rounds > 1 ? ` (median of ${options.rounds} interleaved rounds)` : ''}; ` +
      `app run ${options.compiled ? 'compiled (node dist)' : 'through tsx'}` +
      `${options.nodeOptions.length > 0 ? ` with ${options.nodeOptions.join(' ')}` : ''}; ` +
      `hand-written SQL ${options.prepared ? 'as prepared statements' : 'unprepared, like the app'}; ` +
      `${machine.cpus} CPUs (${machine.cpuModel}) shared by autocannon, the servers and ` +
      `PostgreSQL ${machine.postgres.split(' ')[0]}; ${seeded.publicArticles} public articles, ` +
      `${seeded.publicEvents} public events. Cells: requests/s and p99 latency.`;
    const markdown = `${context}\n\n${markdownTable(results, rss)}`;
    const report = {
      date: new Date().toISOString(),
      machine,
      options: { ...options, server: undefined },
      data: seeded,
      workload: {
        slugs: Math.min(options.slugs, workload.slugs.length),
        oblast: workload.oblast,
        word: workload.word,
      },
      aims: AIMS,
      results,
      peakRssMb: Object.fromEntries(Object.entries(rss).map(([k, v]) => [k, Math.round(v / MB)])),
      aimsMet: aims,
      explain: explained,
      markdown,
    };
    await writeFile(path.join(resultsDir, 'latest.json'), `${JSON.stringify(report, null, 2)}\n`);

    console.log('');
    console.log(markdown);
    console.log('');
    for (const r of results) {
      const c = r.check;
      const verdict = !c.sameIds
        ? 'DIFFERENT ITEMS'
        : c.sameContent
          ? 'identical'
          : 'same items, content differs';
      console.log(
        `- ${r.title}: app vs hand-written SQL ${verdict} (${c.compared} compared, ${c.appItems} items, ` +
          `first ids ${c.appFirstIds.join(', ')})`,
      );
    }
    console.log('');
    for (const a of aims) console.log(`${a.met ? '[met]   ' : '[missed]'} ${a.what}: ${a.value}`);
    console.log('');
    log(`results written to ${path.relative(process.cwd(), path.join(resultsDir, 'latest.json'))}`);
  } finally {
    await cleanup();
    process.off('SIGINT', onSignal);
    process.off('SIGTERM', onSignal);
  }
}

main().catch((err: unknown) => {
  console.error('[bench] failed:', err);
  process.exitCode = 1;
});

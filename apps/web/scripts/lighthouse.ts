/**
 * Lighthouse (mobile preset: a mid-range phone on a slow 4G network, simulated) on the built
 * site, as the browser tests run it: the real server on a free port with the demo content.
 * Prints the four category scores per page and the top opportunities, writes the full reports
 * to test-results/lighthouse/, and exits non-zero if a page scores below performance 95,
 * accessibility 100 or SEO 95. Not part of `npm test` (~15 s a page).
 *
 *   pnpm --filter @jaryk/web lighthouse        (or, at the root: pnpm lighthouse)
 *   pnpm --filter @jaryk/web lighthouse --runs=3    (median of three runs per page)
 */
import { spawn } from 'node:child_process';
import { mkdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { WEB_ROOT, buildWebIfStale, startBuiltApp } from './built-app';
import { CHROMIUM_FLAGS, CHROMIUM_PATH } from './chromium';

const PAGES = [
  { name: 'home', path: '/en' },
  { name: 'article', path: '/en/news/harassment-is-a-special-kind-of-violence' },
  { name: 'event', path: '/en/events/harassment-workshop-2-self-help-groups-akman' },
];

const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;
type Category = (typeof CATEGORIES)[number];

/** Minimum scores (0–100); best practices is reported only. */
const MINIMUM: Partial<Record<Category, number>> = { performance: 95, accessibility: 100, seo: 95 };

const REPORTS = path.join(WEB_ROOT, 'test-results', 'lighthouse');

/** `--runs=N` (default 1): run each page N times and keep the median (scores vary by a few points). */
const RUNS = Math.max(
  1,
  Number(process.argv.find((arg) => arg.startsWith('--runs='))?.slice('--runs='.length) ?? 1) || 1,
);
const LIGHTHOUSE_BIN = path.join(WEB_ROOT, 'node_modules', '.bin', 'lighthouse');

interface Audit {
  id: string;
  title: string;
  score: number | null;
  scoreDisplayMode: string;
  displayValue?: string;
  details?: { type?: string; overallSavingsMs?: number; overallSavingsBytes?: number };
}
interface Report {
  categories: Record<
    Category,
    { score: number | null; auditRefs: { id: string; weight: number }[] }
  >;
  audits: Record<string, Audit>;
  runtimeError?: { code: string; message: string };
}

function runLighthouse(url: string, outputBase: string): Promise<void> {
  const args = [
    url,
    `--only-categories=${CATEGORIES.join(',')}`,
    '--output=json',
    '--output=html',
    `--output-path=${outputBase}`,
    `--chrome-flags=${CHROMIUM_FLAGS.join(' ')}`,
    '--quiet',
  ];
  return new Promise((resolve, reject) => {
    const child = spawn(LIGHTHOUSE_BIN, args, {
      env: { ...process.env, CHROME_PATH: CHROMIUM_PATH },
      stdio: ['ignore', 'inherit', 'inherit'],
    });
    child.on('error', reject);
    child.on('exit', (code) =>
      code === 0 ? resolve() : reject(new Error(`lighthouse exited ${code} on ${url}`)),
    );
  });
}

const score = (value: number | null | undefined) =>
  value === null || value === undefined ? NaN : Math.round(value * 100);

/** Opportunities and diagnostics that cost the most, then failing a11y / SEO audits. */
function advice(report: Report): string[] {
  const lines: string[] = [];
  const opportunities = Object.values(report.audits)
    .filter((a) => a.details?.type === 'opportunity' && a.score !== null && a.score < 0.9)
    .sort((a, b) => (b.details?.overallSavingsMs ?? 0) - (a.details?.overallSavingsMs ?? 0))
    .slice(0, 5);
  for (const a of opportunities) {
    lines.push(`opportunity: ${a.title}${a.displayValue ? ` (${a.displayValue})` : ''}`);
  }
  for (const category of CATEGORIES) {
    if (category === 'performance') continue;
    for (const ref of report.categories[category].auditRefs) {
      const audit = report.audits[ref.id];
      if (!audit || ref.weight === 0 || audit.scoreDisplayMode === 'notApplicable') continue;
      if (audit.score !== null && audit.score < 1) {
        lines.push(`${category}: ${audit.id}: ${audit.title}`);
      }
    }
  }
  for (const id of [
    'first-contentful-paint',
    'largest-contentful-paint',
    'total-blocking-time',
    'cumulative-layout-shift',
    'speed-index',
  ]) {
    const audit = report.audits[id];
    if (audit?.displayValue) lines.push(`metric: ${audit.title}: ${audit.displayValue}`);
  }
  return lines;
}

async function main(): Promise<number> {
  mkdirSync(REPORTS, { recursive: true });
  buildWebIfStale();
  const app = await startBuiltApp();
  const rows: { name: string; scores: Record<Category, number>; advice: string[] }[] = [];
  try {
    for (const page of PAGES) {
      const started = performance.now();
      const runs: Report[] = [];
      for (let run = 1; run <= RUNS; run += 1) {
        const base = path.join(REPORTS, RUNS > 1 ? `${page.name}-${run}` : page.name);
        await runLighthouse(`${app.baseURL}${page.path}`, base);
        const report = JSON.parse(readFileSync(`${base}.report.json`, 'utf8')) as Report;
        if (report.runtimeError) {
          throw new Error(
            `${page.name}: ${report.runtimeError.code} ${report.runtimeError.message}`,
          );
        }
        runs.push(report);
      }
      // With several runs, the one with the median performance score stands for the page.
      runs.sort(
        (a, b) => score(a.categories.performance.score) - score(b.categories.performance.score),
      );
      const report = runs[Math.floor(runs.length / 2)] as Report;
      const scores = Object.fromEntries(
        CATEGORIES.map((c) => [c, score(report.categories[c]?.score)]),
      ) as Record<Category, number>;
      const performances = runs.map((r) => score(r.categories.performance.score)).join(', ');
      rows.push({ name: `${page.name} (${page.path})`, scores, advice: advice(report) });
      console.log(
        `[lighthouse] ${page.name}: ${((performance.now() - started) / 1000).toFixed(1)} s` +
          (RUNS > 1 ? ` (performance of the ${RUNS} runs: ${performances})` : ''),
      );
    }
  } finally {
    await app.stop();
  }

  const nameWidth = Math.max(4, ...rows.map((r) => r.name.length));
  const header = ['page'.padEnd(nameWidth), ...CATEGORIES.map((c) => c.padStart(14))].join(' ');
  console.log(
    `\nLighthouse 12, mobile preset${RUNS > 1 ? `, median of ${RUNS} runs` : ''}; minimum: performance 95, accessibility 100, SEO 95`,
  );
  console.log(header);
  console.log('-'.repeat(header.length));
  const failures: string[] = [];
  for (const row of rows) {
    const cells = CATEGORIES.map((c) => {
      const value = row.scores[c];
      const minimum = MINIMUM[c];
      const below = minimum !== undefined && !(value >= minimum);
      if (below) failures.push(`${row.name}: ${c} ${value} < ${minimum}`);
      return `${below ? '✗ ' : ''}${value}`.padStart(14);
    });
    console.log([row.name.padEnd(nameWidth), ...cells].join(' '));
  }
  for (const row of rows) {
    if (row.advice.length === 0) continue;
    console.log(`\n${row.name}:`);
    for (const line of row.advice) console.log(`  - ${line}`);
  }
  console.log(`\nReports: ${path.relative(process.cwd(), REPORTS)}/<page>.report.html`);
  if (failures.length > 0) {
    console.error(`\nlighthouse: FAIL:\n  ${failures.join('\n  ')}`);
    return 1;
  }
  console.log('lighthouse: ok');
  return 0;
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    console.error(error);
    process.exitCode = 1;
  },
);

/**
 * The built site as a visitor gets it: `vite build` into apps/web/dist, then the real API server
 * (which serves dist on the same port) on a free port, with the demo content in a fresh,
 * throw-away PGlite folder. Used by the browser tests' global setup and the Lighthouse script.
 *
 * The server gets a copy of dist taken at start: it reads index.html once, so a `vite build`
 * run meanwhile (by a colleague, or an editor's watcher) would otherwise delete the hashed
 * assets that index.html points to, and every page after that would be blank.
 */
import { spawn, spawnSync } from 'node:child_process';
import { createWriteStream, existsSync, mkdirSync, readdirSync, statSync } from 'node:fs';
import { cp, mkdtemp, rm } from 'node:fs/promises';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const WEB_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const API_ROOT = path.resolve(WEB_ROOT, '../api');
export const WEB_DIST = path.join(WEB_ROOT, 'dist');
export const MANIFEST = path.join(WEB_DIST, '.vite', 'manifest.json');

/** What `vite build` reads: when any of it is newer than the manifest, dist is stale. */
const BUILD_INPUTS = [
  'src',
  'public',
  'index.html',
  'vite.config.ts',
  'package.json',
  '../../packages/client/src',
];

const HEALTH_TIMEOUT_MS = 60_000;
const STOP_GRACE_MS = 5_000;

function newestMtime(target: string): number {
  if (!existsSync(target)) return 0;
  const stat = statSync(target);
  if (!stat.isDirectory()) return stat.mtimeMs;
  let newest = stat.mtimeMs;
  for (const entry of readdirSync(target)) {
    if (entry === 'node_modules') continue;
    newest = Math.max(newest, newestMtime(path.join(target, entry)));
  }
  return newest;
}

/** True when dist is missing, has no manifest, or is older than any build input. */
export function isDistStale(): boolean {
  if (!existsSync(MANIFEST) || !existsSync(path.join(WEB_DIST, 'index.html'))) return true;
  const builtAt = statSync(MANIFEST).mtimeMs;
  return BUILD_INPUTS.some((input) => newestMtime(path.resolve(WEB_ROOT, input)) > builtAt);
}

/** `vite build` in apps/web; throws with vite's output when it fails. */
export function buildWeb(): void {
  const started = performance.now();
  const result = spawnSync(path.join(WEB_ROOT, 'node_modules', '.bin', 'vite'), ['build'], {
    cwd: WEB_ROOT,
    encoding: 'utf8',
    env: { ...process.env, NODE_ENV: 'production' },
  });
  if (result.status !== 0) {
    throw new Error(
      `vite build failed (exit ${result.status ?? result.signal}):\n${result.stdout}\n${result.stderr}`,
    );
  }
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  console.log(`[built-app] vite build: ${seconds} s`);
}

/** Builds unless dist is fresh (set E2E_BUILD=always|never to force either). */
export function buildWebIfStale(): void {
  const mode = process.env.E2E_BUILD ?? 'auto';
  if (mode === 'never') return;
  if (mode === 'always' || isDistStale()) buildWeb();
  else console.log('[built-app] dist is up to date: no build');
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

export interface RunningApp {
  /** e.g. http://127.0.0.1:41234 (no trailing slash) */
  baseURL: string;
  /** Stops the server (its whole process group) and deletes its data folder and dist copy. */
  stop(): Promise<void>;
  /** What the server has printed so far (stdout and stderr). */
  output(): string;
}

export interface StartOptions {
  /** Write the server's stdout and stderr to this file. */
  logFile?: string;
}

/**
 * Starts `node --import tsx src/server.ts` in apps/api, in its own process group, on a free
 * port of 127.0.0.1, with PGlite in a new temporary folder (the demo content is seeded at
 * start), serving a copy of apps/web/dist; resolves once /api/health answers.
 */
export async function startBuiltApp(options: StartOptions = {}): Promise<RunningApp> {
  const root = await mkdtemp(path.join(os.tmpdir(), 'jaryk-e2e-'));
  const dataDir = path.join(root, 'data');
  const webDist = path.join(root, 'web');
  try {
    await cp(WEB_DIST, webDist, { recursive: true });
  } catch (error) {
    await rm(root, { recursive: true, force: true });
    throw error;
  }
  const port = await freePort();
  const baseURL = `http://127.0.0.1:${port}`;

  const env: NodeJS.ProcessEnv = {
    ...process.env,
    NODE_ENV: 'production',
    HOST: '127.0.0.1',
    PORT: String(port),
    DATA_DIR: dataDir,
    WEB_DIST: webDist,
    // Canonical and share URLs are absolute: the address the browser uses.
    PUBLIC_URL: baseURL,
    LOG_LEVEL: 'warn',
    RATE_LIMIT_PER_MINUTE: '0',
  };
  // Embedded PGlite with the demo content, whatever the calling shell has set.
  delete env.DATABASE_URL;
  delete env.SEED_DEMO;

  const child = spawn(process.execPath, ['--import', 'tsx', 'src/server.ts'], {
    cwd: API_ROOT,
    env,
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const pid = child.pid;
  if (pid === undefined) throw new Error('could not start the API server');

  const output: string[] = [];
  let log: ReturnType<typeof createWriteStream> | undefined;
  if (options.logFile) {
    mkdirSync(path.dirname(options.logFile), { recursive: true });
    log = createWriteStream(options.logFile, { flags: 'w' });
  }
  const collect = (chunk: Buffer) => {
    output.push(chunk.toString());
    log?.write(chunk);
  };
  child.stdout.on('data', collect);
  child.stderr.on('data', collect);

  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const killGroup = (signal: NodeJS.Signals) => {
    try {
      process.kill(-pid, signal);
    } catch {
      // already gone
    }
  };
  // Last resort if the runner dies without calling stop(): never leave a server behind.
  const onExit = () => killGroup('SIGKILL');
  process.on('exit', onExit);

  let stopped = false;
  const stop = async () => {
    if (stopped) return;
    stopped = true;
    process.off('exit', onExit);
    if (child.exitCode === null && child.signalCode === null) {
      killGroup('SIGTERM');
      const force = setTimeout(() => killGroup('SIGKILL'), STOP_GRACE_MS);
      await exited;
      clearTimeout(force);
    }
    killGroup('SIGKILL');
    log?.end();
    await rm(root, { recursive: true, force: true });
  };

  const deadline = Date.now() + HEALTH_TIMEOUT_MS;
  for (;;) {
    if (child.exitCode !== null || child.signalCode !== null) {
      await stop();
      throw new Error(
        `the API server exited (${child.exitCode ?? child.signalCode}) before answering /api/health:\n${output.join('')}`,
      );
    }
    try {
      const response = await fetch(`${baseURL}/api/health`);
      if (response.ok) break;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) {
      await stop();
      throw new Error(
        `the API server did not answer /api/health within ${HEALTH_TIMEOUT_MS / 1000} s:\n${output.join('')}`,
      );
    }
    await sleep(100);
  }
  return { baseURL, stop, output: () => output.join('') };
}

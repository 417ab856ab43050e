import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { cp, readFile, rm } from 'node:fs/promises';
import { createServer } from 'node:net';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import pg from 'pg';

/** A server under test, running as a child process so its memory can be read from outside. */
export interface ServerProcess {
  name: string;
  pid: number;
  baseUrl: string;
  /** Peak resident set size so far (VmHWM), in bytes. */
  peakRss(): Promise<number>;
  /** Current resident set size (VmRSS), in bytes. */
  rss(): Promise<number>;
  /** CPU time used so far (user + system), in seconds. */
  cpuSeconds(): Promise<number>;
  stop(): Promise<void>;
}

const running = new Set<ChildProcess>();

/** Kills every child still running; for exit paths that cannot wait. */
export function killAllChildren(): void {
  for (const child of running) child.kill('SIGKILL');
  running.clear();
}

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

async function statusField(pid: number, field: string): Promise<number> {
  const status = await readFile(`/proc/${pid}/status`, 'utf8');
  const match = new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(status);
  if (!match?.[1]) throw new Error(`no ${field} in /proc/${pid}/status`);
  return Number(match[1]) * 1024;
}

/** Clock ticks per second of /proc/<pid>/stat; 100 on every Linux build that matters. */
const TICKS = 100;

async function cpuSecondsOf(pid: number): Promise<number> {
  const stat = await readFile(`/proc/${pid}/stat`, 'utf8');
  // The command name may hold spaces: fields are counted after its closing parenthesis.
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  return (Number(fields[11]) + Number(fields[12])) / TICKS;
}

/**
 * CPU time used by the PostgreSQL backends serving one database, as a running total in seconds.
 * Only that database's backends count: other work on the server (autovacuum, other databases)
 * stays out. A backend first seen counts whole (it connected since the last sample).
 */
export class BackendCpu {
  private readonly last = new Map<number, number>();
  private total = 0;

  private constructor(private readonly client: pg.Client) {}

  static async open(url: string): Promise<BackendCpu> {
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    return new BackendCpu(client);
  }

  async seconds(): Promise<number> {
    const { rows } = await this.client.query<{ pid: number }>(
      'SELECT pid FROM pg_stat_activity WHERE datname = current_database() AND pid <> pg_backend_pid()',
    );
    for (const { pid } of rows) {
      const now = await cpuSecondsOf(pid).catch(() => undefined);
      if (now === undefined) continue;
      this.total += now - (this.last.get(pid) ?? 0);
      this.last.set(pid, now);
    }
    return this.total;
  }

  close(): Promise<void> {
    return this.client.end();
  }
}

/**
 * Starts `node <args>` with the given environment and waits until `readyPath` answers 200.
 * Node runs the script itself (no wrapper process), so the pid is the server's.
 */
export async function startServer(opts: {
  name: string;
  /** Node's arguments, e.g. ['--import', 'tsx', 'src/server.ts']. */
  args: string[];
  cwd: string;
  env: Record<string, string>;
  port: number;
  readyPath: string;
  timeoutMs?: number;
}): Promise<ServerProcess> {
  const child = spawn(process.execPath, opts.args, {
    cwd: opts.cwd,
    env: { ...process.env, NODE_ENV: 'production', ...opts.env, PORT: String(opts.port) },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  running.add(child);
  const pid = child.pid;
  if (pid === undefined) throw new Error(`${opts.name}: could not start`);
  let output = '';
  const keep = (chunk: Buffer) => {
    output = (output + chunk.toString()).slice(-8000);
  };
  child.stdout.on('data', keep);
  child.stderr.on('data', (chunk: Buffer) => {
    keep(chunk);
    process.stderr.write(`[${opts.name}] ${chunk.toString()}`);
  });
  let exited: number | null | undefined;
  const exit = new Promise<void>((resolve) => {
    child.once('exit', (code) => {
      exited = code;
      running.delete(child);
      resolve();
    });
  });

  const baseUrl = `http://127.0.0.1:${opts.port}`;
  const deadline = Date.now() + (opts.timeoutMs ?? 60_000);
  for (;;) {
    if (exited !== undefined) {
      throw new Error(`${opts.name} exited with code ${exited} before it was ready:\n${output}`);
    }
    if (Date.now() > deadline) {
      child.kill('SIGKILL');
      throw new Error(`${opts.name} was not ready in time:\n${output}`);
    }
    const ok = await fetch(baseUrl + opts.readyPath).then(
      (r) => r.ok,
      () => false,
    );
    if (ok) break;
    await sleep(200);
  }

  return {
    name: opts.name,
    pid,
    baseUrl,
    peakRss: () => statusField(pid, 'VmHWM'),
    rss: () => statusField(pid, 'VmRSS'),
    cpuSeconds: () => cpuSecondsOf(pid),
    async stop() {
      if (exited !== undefined) return;
      child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), 15_000);
      await exit;
      clearTimeout(timer);
    },
  };
}

/**
 * Builds the server the way `pnpm build` does (tsc, then the migrations next to the code) into
 * `outDir`, for runs that measure production's `node dist/server.js` rather than tsx.
 */
export async function buildServer(apiRoot: string, outDir: string): Promise<string> {
  await rm(outDir, { recursive: true, force: true });
  const tsc = path.join(apiRoot, 'node_modules/typescript/bin/tsc');
  // tsc emits despite type errors elsewhere in the tree; the server file is what counts.
  await new Promise<void>((resolve) => {
    const child = spawn(process.execPath, [tsc, '-p', 'tsconfig.build.json', '--outDir', outDir], {
      cwd: apiRoot,
      stdio: 'inherit',
    });
    child.once('exit', () => resolve());
  });
  const server = path.join(outDir, 'server.js');
  if (!existsSync(server)) throw new Error(`build produced no ${server}`);
  await cp(path.join(apiRoot, 'src/db/migrations'), path.join(outDir, 'db/migrations'), {
    recursive: true,
  });
  return server;
}

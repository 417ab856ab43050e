import { spawn } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { createServer } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../src/config.js';

const apiRoot = path.resolve(import.meta.dirname, '..');

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
    server.on('error', reject);
  });
}

describe('configuration', () => {
  it('is validated once, with every problem named', () => {
    expect(() => loadConfig({ PORT: 'eighty', DATABASE_URL: 'mysql://x' })).toThrowError(
      ConfigError,
    );
    try {
      loadConfig({ PORT: '99999', PUBLIC_CACHE: 'maybe' });
    } catch (error) {
      expect((error as Error).message).toMatch(/PORT/);
      expect((error as Error).message).toMatch(/PUBLIC_CACHE/);
    }
  });

  it('defaults to embedded PGlite with the demo content, and to PostgreSQL without it', () => {
    const embedded = loadConfig({});
    expect(embedded.database.url).toBeUndefined();
    expect(embedded.seedDemo).toBe(true);
    expect(embedded.port).toBe(3000);
    const server = loadConfig({ DATABASE_URL: 'postgres://u@h/db', PORT: '8080' });
    expect(server.seedDemo).toBe(false);
    expect(server.port).toBe(8080);
  });
});

describe('the server process', () => {
  it('starts on PGlite with the demo content, serves, and shuts down gracefully on SIGTERM', async () => {
    const dataDir = await mkdtemp(path.join(os.tmpdir(), 'jaryk-server-'));
    const port = await freePort();
    const child = spawn(process.execPath, ['--import', 'tsx', 'src/server.ts'], {
      cwd: apiRoot,
      env: {
        ...process.env,
        PORT: String(port),
        HOST: '127.0.0.1',
        DATA_DIR: dataDir,
        WEB_DIST: 'none',
        LOG_LEVEL: 'warn',
        DATABASE_URL: '',
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (d) => (output += String(d)));
    child.stderr.on('data', (d) => (output += String(d)));
    const exited = new Promise<number | null>((resolve) =>
      child.on('exit', (code) => resolve(code)),
    );
    try {
      const base = `http://127.0.0.1:${port}`;
      await expect
        .poll(async () => (await fetch(`${base}/api/health`).catch(() => null))?.status, {
          timeout: 60_000,
          interval: 250,
        })
        .toBe(200);
      const events = (await (
        await fetch(`${base}/api/v1/events?series=harassment-workshops-2022`)
      ).json()) as { meta: { total: number } };
      expect(events.meta.total).toBe(6);

      // A request in flight when SIGTERM arrives still gets its answer.
      const inFlight = fetch(`${base}/api/v1/stats/impact?groupBy=partner`);
      child.kill('SIGTERM');
      expect((await inFlight).status).toBe(200);
      expect(await exited, output).toBe(0);
    } finally {
      child.kill('SIGKILL');
      await rm(dataDir, { recursive: true, force: true });
    }
    expect(output, output).not.toMatch(/Error/);
  }, 90_000);
});

import { execFile } from 'node:child_process';
import { cp, mkdtemp, readdir, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { migrationsFolder } from '../src/db/client.js';

const run = promisify(execFile);

describe('migrations', () => {
  it('drizzle-kit would generate nothing new from the schema', async () => {
    const out = await mkdtemp(path.join(os.tmpdir(), 'jaryk-migrations-'));
    try {
      await cp(migrationsFolder, out, { recursive: true });
      const before = (await readdir(out)).sort();
      await run(
        'npx',
        [
          'drizzle-kit',
          'generate',
          '--dialect',
          'postgresql',
          '--schema',
          './src/db/schema/index.ts',
          '--out',
          out,
          '--casing',
          'snake_case',
        ],
        { cwd: path.resolve(import.meta.dirname, '..') },
      );
      expect((await readdir(out)).sort()).toEqual(before);
    } finally {
      await rm(out, { recursive: true, force: true });
    }
  }, 60_000);
});

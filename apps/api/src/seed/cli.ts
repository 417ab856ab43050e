import { parseArgs } from 'node:util';
import { ConfigError, loadConfig } from '../config.js';
import { openDatabase } from '../db/client.js';
import { seedDemo } from './demo.js';
import { seedScale } from './scale.js';

// `pnpm db:seed [--scale N] [--seed S]`: migrates, writes the demo content once, and optionally
// adds generated bulk data for benchmarks.

const USAGE = `usage: pnpm db:seed [--scale N] [--seed S]

  --scale N   also generate N*1000 articles and N*300 events (N > 0, at most 100; 0.1 is fine)
  --seed S    seed of the generator, an integer 0..4294967295 (default 1); same seed, same data
  --help      show this text

The database comes from the environment: DATABASE_URL for PostgreSQL, otherwise PGlite in DATA_DIR.`;

class UsageError extends Error {}

function parse(argv: string[]): { scale: number | null; seed: number; help: boolean } {
  let values: { scale?: string | undefined; seed?: string | undefined; help?: boolean | undefined };
  try {
    ({ values } = parseArgs({
      args: argv,
      options: {
        scale: { type: 'string' },
        seed: { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
      strict: true,
      allowPositionals: false,
    }));
  } catch (err) {
    throw new UsageError(err instanceof Error ? err.message : String(err));
  }
  let scale: number | null = null;
  if (values.scale !== undefined) {
    // Number('') is 0 and Number('1e1') is 10: accept plain decimals only.
    if (!/^\d+(\.\d+)?$/.test(values.scale.trim())) {
      throw new UsageError(`--scale must be a positive number, got '${values.scale}'`);
    }
    scale = Number(values.scale);
    if (scale <= 0 || scale > 100) {
      throw new UsageError(`--scale must be greater than 0 and at most 100, got ${values.scale}`);
    }
    if (Math.round(scale * 300) < 1) {
      throw new UsageError(`--scale ${values.scale} is too small to generate anything`);
    }
  }
  let seed = 1;
  if (values.seed !== undefined) {
    if (!/^\d+$/.test(values.seed.trim()) || Number(values.seed) > 0xffffffff) {
      throw new UsageError(`--seed must be an integer from 0 to 4294967295, got '${values.seed}'`);
    }
    seed = Number(values.seed);
  }
  return { scale, seed, help: values.help === true };
}

async function main(): Promise<number> {
  let args: ReturnType<typeof parse>;
  try {
    args = parse(process.argv.slice(2));
  } catch (err) {
    if (err instanceof UsageError) {
      console.error(`db:seed: ${err.message}\n\n${USAGE}`);
      return 1;
    }
    throw err;
  }
  if (args.help) {
    console.log(USAGE);
    return 0;
  }

  let config: ReturnType<typeof loadConfig>;
  try {
    config = loadConfig();
  } catch (err) {
    if (err instanceof ConfigError) {
      console.error(`db:seed: ${err.message}`);
      return 1;
    }
    throw err;
  }

  const handle = await openDatabase(config.database);
  const where = handle.driver === 'pglite' ? `PGlite in ${config.database.dataDir}` : 'PostgreSQL';
  try {
    let started = performance.now();
    await handle.migrate();
    console.log(`migrations applied (${where}) in ${seconds(started)}`);

    started = performance.now();
    const demo = await seedDemo(handle.db);
    console.log(
      demo.created
        ? `demo content created in ${seconds(started)}`
        : 'demo content already present: left unchanged',
    );

    if (args.scale !== null) {
      started = performance.now();
      const added = await seedScale(handle.db, { scale: args.scale, seed: args.seed });
      console.log(
        added.articles === 0 && added.events === 0
          ? `generated data for seed ${args.seed} already present: nothing added (another --seed adds more)`
          : `generated ${added.articles} articles and ${added.events} events (scale ${args.scale}, seed ${args.seed}) in ${seconds(started)}`,
      );
    }
    return 0;
  } finally {
    await handle.close();
  }
}

function seconds(since: number): string {
  return `${((performance.now() - since) / 1000).toFixed(2)} s`;
}

process.exitCode = await main();

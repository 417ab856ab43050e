import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { ConfigError, loadConfig } from '../../config.js';
import { sql } from 'drizzle-orm';
import { openDatabase, type Database } from '../../db/client.js';
import { rowsOf } from '../../shared/sql.js';
import { LOCALES, type Locale } from '../../db/schema/common.js';
import { createStorage } from '../media/storage.js';
import type { MediaConsent } from './images.js';
import { ImportError, importJoomlaSite, type ImportReport } from './importer.js';
import { isTablePrefix, readJoomlaSite } from './source.js';

// `pnpm import:joomla --db mysql://… --images ./images [options]`: brings a Joomla 3/4 site's
// articles, categories, static pages and project pages over, and remembers their old addresses.

const USAGE = `usage: pnpm import:joomla --db URL --images DIR [options]

  --db URL                 the Joomla database, mysql://user:password@host:3306/name
                           (default: JOOMLA_DATABASE_URL)
  --prefix P               table prefix standing for #__ (default: jos_)
  --images DIR             local copy of the site's images/ folder
  --pages-category C       articles of category C (alias, path or id; repeatable) become pages;
                           articles a menu item opens directly become pages too
  --projects-category C    articles of category C (repeatable) become projects
  --pairs FILE             CSV of translation pairs "joomla_id,joomla_id" missing from #__associations
  --default-language L     locale of articles in all languages ('*'): ky, ru or en (default: ru)
  --media-consent S        consent of imported photos: unknown (default; hidden from the public until
                           staff confirm), obtained or not_required
  --old-host H             host name of the old site (repeatable), for absolute links and images
  --dry-run                print the plan, write nothing
  --help                   show this text

The target database and media storage come from the environment, as for the server
(DATABASE_URL or PGlite in DATA_DIR; MEDIA_STORAGE …). A running server sees the new content at once.`;

class UsageError extends Error {}

interface Args {
  db: string;
  prefix: string;
  images: string | null;
  pagesCategories: string[];
  projectsCategories: string[];
  pairs: [number, number][];
  defaultLocale: Locale;
  mediaConsent: MediaConsent;
  oldHosts: string[];
  dryRun: boolean;
  help: boolean;
}

/** "12,34" per line; blank lines and lines starting with # ignored; a header line is allowed. */
export function parsePairs(text: string, file: string): [number, number][] {
  const pairs: [number, number][] = [];
  for (const [i, raw] of text.split(/\r?\n/).entries()) {
    const line = raw.trim();
    if (!line || line.startsWith('#')) continue;
    const m = line.match(/^(\d+)\s*[,;]\s*(\d+)$/);
    if (!m) {
      if (i === 0 && /[a-z]/i.test(line)) continue;
      throw new UsageError(`${file}:${i + 1}: expected "joomla_id,joomla_id", got '${line}'`);
    }
    pairs.push([Number(m[1]), Number(m[2])]);
  }
  return pairs;
}

export function parseImportArgs(argv: string[], env: NodeJS.ProcessEnv): Args {
  let values: Record<string, string | string[] | boolean | undefined>;
  try {
    ({ values } = parseArgs({
      args: argv,
      options: {
        db: { type: 'string' },
        prefix: { type: 'string' },
        images: { type: 'string' },
        'pages-category': { type: 'string', multiple: true },
        'projects-category': { type: 'string', multiple: true },
        pairs: { type: 'string' },
        'default-language': { type: 'string' },
        'media-consent': { type: 'string' },
        'old-host': { type: 'string', multiple: true },
        'dry-run': { type: 'boolean' },
        help: { type: 'boolean', short: 'h' },
      },
      strict: true,
      allowPositionals: false,
    }));
  } catch (err) {
    throw new UsageError(err instanceof Error ? err.message : String(err));
  }
  const help = values.help === true;
  const db = (values.db as string | undefined) ?? env.JOOMLA_DATABASE_URL ?? '';
  if (!help && !/^mysql:\/\//.test(db)) {
    throw new UsageError('--db (or JOOMLA_DATABASE_URL) must be a mysql:// URL');
  }
  const prefix = (values.prefix as string | undefined) ?? 'jos_';
  if (!isTablePrefix(prefix)) {
    throw new UsageError(`--prefix must be letters, digits and _ only, got '${prefix}'`);
  }
  const defaultLocale = (values['default-language'] as string | undefined) ?? 'ru';
  if (!(LOCALES as readonly string[]).includes(defaultLocale)) {
    throw new UsageError(
      `--default-language must be one of ${LOCALES.join(', ')}, got '${defaultLocale}'`,
    );
  }
  const consent = (values['media-consent'] as string | undefined) ?? 'unknown';
  if (!['unknown', 'obtained', 'not_required'].includes(consent)) {
    throw new UsageError(
      `--media-consent must be unknown, obtained or not_required, got '${consent}'`,
    );
  }
  // Through `pnpm import:joomla` the program runs in apps/api: files are named from where the
  // command was typed (pnpm passes it as INIT_CWD).
  const here = (file: string) => path.resolve(env.INIT_CWD ?? process.cwd(), file);
  let pairs: [number, number][] = [];
  const pairsFile = values.pairs === undefined ? undefined : here(values.pairs as string);
  if (pairsFile) {
    let text: string;
    try {
      text = readFileSync(pairsFile, 'utf8');
    } catch {
      throw new UsageError(`--pairs: cannot read ${pairsFile}`);
    }
    pairs = parsePairs(text, pairsFile);
  }
  return {
    db,
    prefix,
    images: values.images === undefined ? null : here(values.images as string),
    pagesCategories: (values['pages-category'] as string[] | undefined) ?? [],
    projectsCategories: (values['projects-category'] as string[] | undefined) ?? [],
    pairs,
    defaultLocale: defaultLocale as Locale,
    mediaConsent: consent as MediaConsent,
    oldHosts: ((values['old-host'] as string[] | undefined) ?? []).map((h) =>
      h.toLowerCase().replace(/^www\./, ''),
    ),
    dryRun: values['dry-run'] === true,
    help,
  };
}

/** The report as printed: one line per item, its warnings indented below, then the totals. */
export function formatReport(report: ImportReport): string {
  const out: string[] = [];
  for (const line of report.lines) {
    const ids = line.joomlaIds.map((id) => `#${id}`).join('+');
    const why = line.reason ? `  (${line.reason})` : '';
    out.push(
      `${line.action.padEnd(6)}  ${line.kind.padEnd(7)}  ${ids.padEnd(12)}  ${line.target}${why}`,
    );
    for (const w of line.warnings) out.push(`        warning: ${w}`);
  }
  const c = report.counts;
  out.push(
    `${report.dryRun ? 'dry run, nothing written: would create' : 'created'} ${c.create}, ` +
      `${report.dryRun ? 'update' : 'updated'} ${c.update}, skipped ${c.skip}; ` +
      `${c.warnings} warning(s); ${c.images} image(s) stored; ${(report.ms / 1000).toFixed(2)} s`,
  );
  return out.join('\n');
}

async function isMigrated(db: Database): Promise<boolean> {
  const [row] = await rowsOf<{ ok: boolean }>(
    db,
    sql`SELECT to_regclass('legacy_items') IS NOT NULL AS ok`,
  );
  return row?.ok === true;
}

async function main(): Promise<number> {
  let args: Args;
  try {
    args = parseImportArgs(process.argv.slice(2), process.env);
  } catch (err) {
    if (err instanceof UsageError) {
      console.error(`import:joomla: ${err.message}\n\n${USAGE}`);
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
      console.error(`import:joomla: ${err.message}`);
      return 1;
    }
    throw err;
  }

  const site = await readJoomlaSite(args.db, args.prefix);
  const handle = await openDatabase(config.database);
  const storage = createStorage(config.media);
  try {
    // A dry run writes nothing, not even migrations: it needs a database already set up.
    if (!args.dryRun) await handle.migrate();
    else if (!(await isMigrated(handle.db))) {
      console.error('import:joomla: the database has no tables yet: run `pnpm db:migrate` first');
      return 1;
    }
    const report = await importJoomlaSite(
      site,
      { db: handle.db, storage },
      {
        pagesCategories: args.pagesCategories,
        projectsCategories: args.projectsCategories,
        pairs: args.pairs,
        imagesDir: args.images,
        defaultLocale: args.defaultLocale,
        mediaConsent: args.mediaConsent,
        oldHosts: args.oldHosts,
        dryRun: args.dryRun,
      },
    );
    console.log(formatReport(report));
    return 0;
  } catch (err) {
    if (err instanceof ImportError) {
      console.error(`import:joomla: ${err.message}`);
      return 1;
    }
    throw err;
  } finally {
    storage.close?.();
    await handle.close();
  }
}

// Run only as a program, not when a test imports the helpers above.
if (process.argv[1] && fileURLToPath(import.meta.url) === path.resolve(process.argv[1])) {
  process.exitCode = await main();
}

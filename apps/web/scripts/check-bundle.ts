/**
 * Bundle budget: the gzip size of the JavaScript the home page needs at first load must stay
 * within 60 KB, and none of it may be admin code. First load = the entry chunk and everything it
 * imports statically (other dynamic imports load later, on navigation), plus one language's
 * strings: each language is a dynamic chunk that the router loads before the first page, so the
 * largest of them is counted. Reads dist/.vite/manifest.json, so run it after `vite build`
 * (vite.config.ts has `build.manifest` on).
 *
 *   tsx scripts/check-bundle.ts
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { MANIFEST, WEB_DIST } from './built-app';

/** 60 KB of gzip-compressed JavaScript. */
export const BUDGET_BYTES = 61_440;

export interface ManifestChunk {
  file: string;
  name?: string;
  src?: string;
  isEntry?: boolean;
  isDynamicEntry?: boolean;
  imports?: string[];
  dynamicImports?: string[];
  css?: string[];
}
export type Manifest = Record<string, ManifestChunk>;

/** The entry chunk (index.html) and every chunk reachable from it through static imports. */
export function firstLoadChunks(manifest: Manifest): [key: string, chunk: ManifestChunk][] {
  const entryKey =
    'index.html' in manifest
      ? 'index.html'
      : Object.keys(manifest).find((key) => manifest[key]?.isEntry);
  if (!entryKey) throw new Error('the manifest has no entry chunk');
  const seen = new Map<string, ManifestChunk>();
  const visit = (key: string) => {
    if (seen.has(key)) return;
    const chunk = manifest[key];
    if (!chunk) throw new Error(`the manifest lists an import it does not define: ${key}`);
    seen.set(key, chunk);
    for (const imported of chunk.imports ?? []) visit(imported);
  };
  visit(entryKey);
  return [...seen];
}

/** The chunks of the UI strings, one per language (src/i18n/messages/<locale>/index.ts). */
const LANGUAGE_CHUNK = /(^|\/)src\/i18n\/messages\/[^/]+\/index\.ts$/;

/** The chunk `key` and its static imports, without those already in `loaded`. */
function withStaticImports(
  manifest: Manifest,
  key: string,
  loaded: ReadonlySet<string>,
): [string, ManifestChunk][] {
  const seen = new Map<string, ManifestChunk>();
  const visit = (k: string) => {
    if (seen.has(k) || loaded.has(k)) return;
    const chunk = manifest[k];
    if (!chunk) throw new Error(`the manifest lists an import it does not define: ${k}`);
    seen.set(k, chunk);
    for (const imported of chunk.imports ?? []) visit(imported);
  };
  visit(key);
  return [...seen];
}

/** Admin code: a module under src/views/admin/, or a chunk named admin… */
export function isAdminChunk(key: string, chunk: ManifestChunk): boolean {
  const admin = /(^|\/)src\/views\/admin\//;
  return (
    admin.test(key) ||
    admin.test(chunk.src ?? '') ||
    /^admin/i.test(chunk.name ?? '') ||
    /^admin/i.test(path.basename(chunk.file))
  );
}

const gzipSize = (file: string) => gzipSync(readFileSync(path.join(WEB_DIST, file))).length;
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

function main(): number {
  if (!existsSync(MANIFEST)) {
    console.error(
      `check-bundle: ${path.relative(process.cwd(), MANIFEST)} is missing: run \`vite build\` first (with build.manifest on).`,
    );
    return 1;
  }
  const manifest = JSON.parse(readFileSync(MANIFEST, 'utf8')) as Manifest;
  const chunks = firstLoadChunks(manifest);

  // One language's strings: the largest language chunk (with what it imports besides).
  const loaded = new Set(chunks.map(([key]) => key));
  const languages = Object.keys(manifest)
    .filter((key) => LANGUAGE_CHUNK.test(key))
    .map((key) => {
      const extra = withStaticImports(manifest, key, loaded);
      return { extra, size: extra.reduce((sum, [, chunk]) => sum + gzipSize(chunk.file), 0) };
    })
    .sort((a, b) => b.size - a.size);
  if (languages[0]) chunks.push(...languages[0].extra);

  let total = 0;
  const rows = chunks.map(([key, chunk]) => {
    const size = gzipSize(chunk.file);
    total += size;
    return { file: chunk.file, from: chunk.src ?? key, gzip: size };
  });
  const width = Math.max(...rows.map((row) => row.file.length));
  console.log('Home page, first-load JavaScript (gzip):');
  for (const row of rows) {
    console.log(`  ${row.file.padEnd(width)}  ${kb(row.gzip).padStart(9)}  ${row.from}`);
  }
  const css = [...new Set(chunks.flatMap(([, chunk]) => chunk.css ?? []))];
  const cssTotal = css.reduce((sum, file) => sum + gzipSize(file), 0);
  console.log(
    `  total: ${total} bytes (${kb(total)}) of ${BUDGET_BYTES} (${kb(BUDGET_BYTES)}); CSS besides: ${kb(cssTotal)}`,
  );

  let failed = false;
  if (total > BUDGET_BYTES) {
    console.error(`check-bundle: FAIL: ${total - BUDGET_BYTES} bytes over the budget.`);
    failed = true;
  }
  const admin = chunks.filter(([key, chunk]) => isAdminChunk(key, chunk));
  if (admin.length > 0) {
    console.error(
      `check-bundle: FAIL: admin code in the home page's first load: ${admin
        .map(([key, chunk]) => `${chunk.file} (${key})`)
        .join(', ')}`,
    );
    failed = true;
  }
  if (!failed) console.log('check-bundle: ok');
  return failed ? 1 : 0;
}

if (process.argv[1] && path.resolve(process.argv[1]) === path.resolve(import.meta.filename)) {
  process.exitCode = main();
}

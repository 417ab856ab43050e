import { mkdir, mkdtemp, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import mysql from 'mysql2/promise';
import sharp from 'sharp';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parsePairs } from '../src/modules/joomla-import/cli.js';
import {
  importJoomlaSite,
  type ImportOptions,
  type ImportReport,
} from '../src/modules/joomla-import/importer.js';
import { readJoomlaSite } from '../src/modules/joomla-import/source.js';
import { rowsOf } from '../src/shared/sql.js';
import { getJson, testApp } from './helpers/app.js';
import { noisyPhoto } from './helpers/media.js';

/**
 * The Joomla import against a real MariaDB: a fresh database per run holding the fixture
 * (fixtures/joomla: Joomla 4's own table definitions, trimmed), an images folder made here,
 * three runs (import, unchanged, one article changed), a dry run, and the old addresses over HTTP.
 */

const FIXTURES = fileURLToPath(new URL('./fixtures/joomla/', import.meta.url));
const SERVER = process.env.TEST_MARIADB_URL ?? 'mysql://root@127.0.0.1:3306';
const PREFIX = 'jtest_';
const DATABASE = `jaryk_joomla_${process.pid}_${Date.now()}`;

let joomlaUrl: string;
let imagesDir: string;
let workDir: string;

async function server() {
  return mysql.createConnection({ uri: SERVER, multipleStatements: true, charset: 'utf8mb4' });
}

async function loadFixture() {
  const connection = await server();
  try {
    await connection.query(
      `CREATE DATABASE \`${DATABASE}\` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci`,
    );
    await connection.query(`USE \`${DATABASE}\``);
    for (const file of ['schema.sql', 'data.sql']) {
      const text = await readFile(path.join(FIXTURES, file), 'utf8');
      await connection.query(text.replaceAll('#__', PREFIX));
    }
  } finally {
    await connection.end();
  }
  const url = new URL(SERVER);
  url.pathname = `/${DATABASE}`;
  joomlaUrl = url.toString();
}

async function makeImages() {
  workDir = await mkdtemp(path.join(os.tmpdir(), 'jaryk-joomla-'));
  imagesDir = path.join(workDir, 'images');
  await mkdir(path.join(imagesDir, 'news', '2017'), { recursive: true });
  for (const n of [1, 2, 3]) {
    await noisyPhoto(400, 300)
      .jpeg()
      .toFile(path.join(imagesDir, 'news', '2017', `workshop-${n}.jpg`));
  }
  // A phone photo: GPS position and camera in its EXIF.
  await noisyPhoto(500, 375)
    .jpeg()
    .withExif({
      IFD0: { Make: 'PhoneMaker', Model: 'Phone 7' },
      IFD3: {
        GPSLatitudeRef: 'N',
        GPSLatitude: '41/1 5/1 2/1',
        GPSLongitudeRef: 'E',
        GPSLongitude: '72/1 43/1 12/1',
      },
    })
    .toFile(path.join(imagesDir, 'news', 'greenhouse-gps.jpg'));
}

async function runImport(overrides: Partial<ImportOptions> = {}): Promise<ImportReport> {
  const { app, database } = await testApp();
  const site = await readJoomlaSite(joomlaUrl, PREFIX);
  const pairs = parsePairs(await readFile(path.join(FIXTURES, 'pairs.csv'), 'utf8'), 'pairs.csv');
  return importJoomlaSite(
    site,
    {
      db: database.db,
      storage: app.mediaStorage,
      invalidate: () => app.publicCache.invalidate(),
    },
    {
      pagesCategories: ['about', 'o-nas'],
      projectsCategories: ['projects'],
      pairs,
      imagesDir,
      defaultLocale: 'ru',
      mediaConsent: 'obtained',
      oldHosts: ['eraiym.kg'],
      dryRun: false,
      ...overrides,
    },
  );
}

/** Rows of every table an import writes to. */
async function counts() {
  const { database } = await testApp();
  const tables = [
    'articles',
    'article_translations',
    'article_media',
    'article_tags',
    'pages',
    'page_translations',
    'projects',
    'project_phases',
    'tags',
    'tag_translations',
    'media',
    'media_translations',
    'legacy_items',
    'legacy_paths',
    'revisions',
    'audit_log',
  ];
  const out: Record<string, number> = {};
  for (const t of tables) {
    const [row] = await rowsOf<{ n: number }>(
      database.db,
      sql`SELECT count(*)::int AS n FROM ${sql.raw(t)}`,
    );
    out[t] = row!.n;
  }
  return out;
}

const lineOf = (report: ImportReport, id: number) => {
  const line = report.lines.find((l) => l.joomlaIds.includes(id));
  if (!line) throw new Error(`no report line for #${id}`);
  return line;
};

/** The new address of a Joomla article in the report, e.g. /en/news/<slug>. */
const addressOf = (report: ImportReport, id: number, locale: string) =>
  lineOf(report, id)
    .target.split(' ')
    .find((t) => t.startsWith(`/${locale}/`))!;

const slugOf = (address: string) => address.split('/').pop()!;

let first: ImportReport;
let firstMs: number;

beforeAll(async () => {
  // The shared app (PGlite, migrations, demo content) starts here, under the hook's timeout.
  await testApp();
  await loadFixture();
  await makeImages();
}, 120_000);

afterAll(async () => {
  // The Joomla database and the images go whatever happened; then what the import made leaves
  // the app's database, which the suite's files share.
  const connection = await server();
  await connection.query(`DROP DATABASE IF EXISTS \`${DATABASE}\``);
  await connection.end();
  if (workDir) await rm(workDir, { recursive: true, force: true });

  const { app, database } = await testApp();
  const db = database.db;
  const owned = (type: string) =>
    sql`(SELECT entity_id FROM legacy_items WHERE source = 'joomla' AND entity_type = ${type})`;
  const media = await rowsOf<{ id: number }>(
    db,
    sql`SELECT DISTINCT media_id AS id FROM article_media WHERE article_id IN ${owned('article')}`,
  );
  await db.execute(sql`DELETE FROM articles WHERE id IN ${owned('article')}`);
  await db.execute(sql`DELETE FROM pages WHERE id IN ${owned('page')}`);
  await db.execute(sql`DELETE FROM projects WHERE id IN ${owned('project')}`);
  await db.execute(sql`DELETE FROM tags WHERE id IN ${owned('tag')}
    AND id IN (SELECT tag_id FROM tag_translations WHERE name = 'Новости')`);
  await db.execute(sql`DELETE FROM media WHERE original_filename = 'greenhouse-gps.jpg'
    OR id IN (${sql.join([sql`NULL`, ...media.map((m) => sql`${m.id}`)], sql`, `)})`);
  await db.execute(sql`DELETE FROM legacy_paths WHERE (entity_type, entity_id) IN
    (SELECT entity_type, entity_id FROM legacy_items WHERE source = 'joomla')`);
  await db.execute(sql`DELETE FROM legacy_items WHERE source = 'joomla'`);
  await app.publicCache.invalidate();
});

describe('pnpm import:joomla', () => {
  it('--dry-run prints the plan and writes nothing', async () => {
    const before = await counts();
    const plan = await runImport({ dryRun: true });
    expect(await counts()).toEqual(before);
    expect(plan.dryRun).toBe(true);
    expect(lineOf(plan, 1836)).toMatchObject({ action: 'create', kind: 'article' });
    expect(lineOf(plan, 1836).target).toMatch(/^\/en\/news\/\S+ \/ru\/news\/\S+$/);
    expect(lineOf(plan, 1844)).toMatchObject({ action: 'skip', reason: 'trashed in Joomla' });
    expect(lineOf(plan, 1841).warnings).toContain('image images/news/missing.jpg: file not found');
    expect(plan.counts.skip).toBe(1);
  });

  it('imports articles in both languages, pages, projects and tags', async () => {
    const started = performance.now();
    first = await runImport();
    firstMs = performance.now() - started;
    console.log(`joomla import of the fixture: ${Math.round(firstMs)} ms`);
    expect(lineOf(first, 1836)).toMatchObject({
      action: 'create',
      kind: 'article',
      joomlaIds: [1836, 370],
    });
    expect(lineOf(first, 1840).joomlaIds).toEqual([1840, 371]);
    expect(lineOf(first, 1841).joomlaIds).toEqual([1841]);
    expect(lineOf(first, 1850)).toMatchObject({ kind: 'page', joomlaIds: [1850, 380] });
    expect(lineOf(first, 1860)).toMatchObject({ kind: 'project', joomlaIds: [1860, 390] });
    expect(lineOf(first, 30)).toMatchObject({ kind: 'tag', joomlaIds: [30, 14] });
    expect(first.counts.update).toBe(0);
    // Three workshop photos (shared by both languages) and the greenhouse.
    expect(first.counts.images).toBe(4);

    const en = addressOf(first, 1836, 'en');
    const ru = addressOf(first, 1836, 'ru');
    const article = await getJson<{ data: Record<string, unknown> }>(
      `/api/v1/articles/${slugOf(en)}?locale=en`,
    );
    expect(article.status).toBe(200);
    const data = article.body.data as {
      title: string;
      body: string;
      byline: string;
      publishedAt: string;
      availableLocales: string[];
      slugs: Record<string, string>;
      gallery: { alt: string; url: string }[];
      tags: { slug: string }[];
    };
    expect(data.title).toBe('Harassment is a special kind of violence');
    expect(data.availableLocales).toEqual(['ru', 'en']);
    expect(data.slugs).toEqual({ en: slugOf(en), ru: slugOf(ru) });
    // "14.09.2017 19:05" in Bishkek (UTC+6); Joomla's publish_up (13:30 UTC) loses to it.
    expect(data.publishedAt).toBe('2017-09-14T13:05:00Z');
    expect(data.byline).toBe('Baktykan Azhymamatova, Osh oblast');
    expect(data.gallery.map((g) => g.alt)).toEqual([
      'Participants of the first workshop',
      'The second workshop in Akman',
      'Self-help group Ak-Tilek',
    ]);
    expect(data.tags.map((t) => t.slug)).toEqual([lineOf(first, 30).target]);
    // The run became the gallery; the date, the byline and the plugin tag left the text.
    expect(data.body).not.toMatch(/<img|14\.09\.2017|Azhymamatova|loadposition/);
    // A link to another imported article points at its new address.
    expect(data.body).toContain(`href="${addressOf(first, 1840, 'en')}"`);

    const russian = await getJson<{ data: { title: string; gallery: { alt: string }[] } }>(
      `/api/v1/articles/${slugOf(ru)}?locale=ru`,
    );
    expect(russian.body.data.title).toBe('Харассмент — особый вид насилия');
    // The same photos (deduplicated by checksum) with their Russian alt texts.
    expect(russian.body.data.gallery.map((g) => g.alt)).toEqual([
      'Участницы первого семинара',
      'Второй семинар в Акмане',
      'Группа самопомощи Ак-Тилек',
    ]);
  });

  it('splits bylines: region, role, bare name, none', async () => {
    const { database } = await testApp();
    const idOf = async (joomlaId: number) => {
      const [row] = await rowsOf<{ id: number }>(
        database.db,
        sql`SELECT entity_id AS id FROM legacy_items WHERE source = 'joomla' AND legacy_kind = 'article' AND legacy_id = ${joomlaId}`,
      );
      return row!.id;
    };
    const bylineOf = async (joomlaId: number) => {
      const [row] = await rowsOf<Record<string, unknown>>(
        database.db,
        sql`SELECT a.byline, a.byline_name AS name, a.byline_role AS role, p.slug AS place
          FROM articles a LEFT JOIN places p ON p.id = a.byline_place_id WHERE a.id = ${await idOf(joomlaId)}`,
      );
      return row;
    };
    expect(await bylineOf(1836)).toEqual({
      byline: 'Baktykan Azhymamatova, Osh oblast',
      name: 'Baktykan Azhymamatova',
      role: null,
      place: 'osh-oblast',
    });
    expect(await bylineOf(1840)).toEqual({
      byline: 'Aizada K., press secretary',
      name: 'Aizada K.',
      role: 'press secretary',
      place: null,
    });
    expect(await bylineOf(1841)).toEqual({
      byline: 'Aizada Bekova',
      name: 'Aizada Bekova',
      role: null,
      place: null,
    });
    expect(await bylineOf(1842)).toEqual({ byline: null, name: null, role: null, place: null });
  });

  it('reads dates written with a dot, Joomla states and single inline images', async () => {
    const { database } = await testApp();
    const rows = await rowsOf<{ legacyId: number; status: string; publishAt: string }>(
      database.db,
      sql`SELECT li.legacy_id AS "legacyId", a.status::text AS status,
          to_char(a.publish_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI') AS "publishAt"
        FROM legacy_items li JOIN articles a ON a.id = li.entity_id
        WHERE li.legacy_kind = 'article' AND li.entity_type = 'article' AND li.legacy_id IN (1841, 1842, 1843, 1840)
        ORDER BY li.legacy_id`,
    );
    expect(rows).toEqual([
      // No date in the text: Joomla's publish_up (UTC) of the earliest translation.
      { legacyId: 1840, status: 'published', publishAt: '2015-05-10T04:00' },
      // "10.04.2016 09.30" in Bishkek.
      { legacyId: 1841, status: 'published', publishAt: '2016-04-10T03:30' },
      { legacyId: 1842, status: 'archived', publishAt: '2019-11-01T06:00' },
      { legacyId: 1843, status: 'draft', publishAt: '2024-01-15T06:00' },
    ]);

    const greenhouses = await getJson<{ data: { body: string; gallery: unknown[] } }>(
      `/api/v1/articles/${slugOf(addressOf(first, 1840, 'en'))}?locale=en`,
    );
    expect(greenhouses.body.data.gallery).toEqual([]);
    const img = greenhouses.body.data.body.match(/<img src="(\/media\/[^"]+)" alt="([^"]*)"/);
    expect(img?.[2]).toBe('A greenhouse in Seydikum');
    expect(greenhouses.body.data.body).not.toMatch(/youtube|style=/);

    // The photo's EXIF (camera, GPS) is gone from every stored file.
    const { app } = await testApp();
    const file = await app.mediaStorage.get(img![1]!.replace(/^\/media\//, ''));
    const chunks: Buffer[] = [];
    for await (const chunk of file!.stream) chunks.push(chunk as Buffer);
    const meta = await sharp(Buffer.concat(chunks)).metadata();
    expect(meta.exif).toBeUndefined();
    const [media] = await rowsOf<{ n: number }>(
      app.db,
      sql`SELECT count(*)::int AS n FROM media WHERE original_filename = 'greenhouse-gps.jpg'`,
    );
    expect(media!.n).toBe(1);
  });

  it('imports pages, projects (with budget and phases when they read reliably) and tags', async () => {
    const page = await getJson<{ data: { title: string; availableLocales: string[] } }>(
      `/api/v1/pages/${slugOf(addressOf(first, 1850, 'en'))}?locale=en`,
    );
    expect(page.body.data).toMatchObject({ title: 'About us', availableLocales: ['ru', 'en'] });

    const { database } = await testApp();
    const [project] = await rowsOf<Record<string, unknown>>(
      database.db,
      sql`SELECT p.slug, p.budget_amount::text AS amount, p.budget_currency AS currency,
          (SELECT json_agg(json_build_object('label', ph.label, 'startsOn', to_char(ph.starts_on, 'YYYY-MM-DD'),
            'endsOn', to_char(ph.ends_on, 'YYYY-MM-DD')) ORDER BY ph.position) FROM project_phases ph WHERE ph.project_id = p.id) AS phases
        FROM projects p WHERE p.slug = ${slugOf(addressOf(first, 1860, 'en'))}`,
    );
    expect(project).toMatchObject({
      amount: '120000.00',
      currency: 'EUR',
      phases: [
        { label: 'I', startsOn: '2019-03-01', endsOn: '2021-02-28' },
        { label: 'II', startsOn: '2021-03-01', endsOn: '2024-02-29' },
      ],
    });
    const projectPage = await getJson(`/api/v1/projects/${project!.slug as string}?locale=ru`);
    expect(projectPage.status).toBe(200);

    // "about 1.5 million som" is not guessed at.
    const vague = lineOf(first, 1870);
    expect(vague.kind).toBe('project');
    expect(vague.warnings.join(' ')).toMatch(
      /budget (not read|mentioned but not in a form read reliably)/,
    );
    const [vagueRow] = await rowsOf<{ amount: string | null }>(
      database.db,
      sql`SELECT budget_amount::text AS amount FROM projects WHERE slug = ${slugOf(vague.target)}`,
    );
    expect(vagueRow!.amount).toBeNull();

    const tag = await getJson<{ data: { slug: string; name: string }[] }>('/api/v1/tags?locale=ru');
    expect(tag.body.data.find((t) => t.slug === lineOf(first, 30).target)?.name).toBe('Новости');
  });

  it('a second run changes nothing', async () => {
    const before = await counts();
    const again = await runImport();
    expect(await counts()).toEqual(before);
    expect(again.lines.filter((l) => l.action !== 'skip')).toEqual([]);
    expect(again.counts).toMatchObject({ create: 0, update: 0, skip: again.lines.length });
  });

  it('a third run after one article changed in Joomla updates exactly that one', async () => {
    const connection = await mysql.createConnection({ uri: joomlaUrl });
    await connection.query(
      `UPDATE ${PREFIX}content SET introtext = REPLACE(introtext, 'second group', 'third group') WHERE id = 1841`,
    );
    await connection.end();
    const before = await counts();
    const third = await runImport();
    const changed = third.lines.filter((l) => l.action !== 'skip');
    expect(changed).toHaveLength(1);
    expect(changed[0]).toMatchObject({ action: 'update', kind: 'article', joomlaIds: [1841] });
    const after = await counts();
    // One more revision and audit entry, nothing else new.
    expect(after).toEqual({
      ...before,
      revisions: before.revisions! + 1,
      audit_log: before.audit_log! + 1,
    });
    const article = await getJson<{ data: { body: string } }>(
      `/api/v1/articles/${slugOf(addressOf(first, 1841, 'en'))}?locale=en`,
    );
    expect(article.body.data.body).toContain('third group');
  });
});

describe('old links (301 to the new addresses)', () => {
  const get = async (url: string) => {
    const { app } = await testApp();
    return app.inject({ method: 'GET', url });
  };

  it('answers every old article address by its Joomla id, in that article language', async () => {
    const en = addressOf(first, 1836, 'en');
    const ru = addressOf(first, 1836, 'ru');
    for (const [old, target] of [
      ['/en/news/30-news/1836-harassment-is-a-special-kind-of-violence.html', en],
      ['/en/news/1836-harassment-is-a-special-kind-of-violence.html', en],
      ['/en/archive/2022/march/1836-a-wrong-alias.html', en],
      ['/en/1836-x.html?Itemid=101&lang=en', en],
      ['/ru/novosti/14-novosti/370-kharassment-osobyj-vid-nasiliya.html', ru],
      ['/ru/glavnaya/370-.html', ru],
      ['/ru/novosti/371-2015-05-10-05-00-00.html', addressOf(first, 1840, 'ru')],
      ['/en/o-nas/1850-about-us.html', addressOf(first, 1850, 'en')],
      ['/en/projects/1860-capacity-building.html', addressOf(first, 1860, 'en')],
    ] as const) {
      const response = await get(old);
      expect(response.statusCode, old).toBe(301);
      expect(response.headers.location, old).toBe(target);
      expect(response.headers['cache-control']).toBe('public, max-age=86400');
    }
  });

  it('answers the static aliases of menu items', async () => {
    const about = await get('/en/about-us.html');
    expect(about.statusCode).toBe(301);
    expect(about.headers.location).toBe(addressOf(first, 1850, 'en'));
    const ru = await get('/ru/o-nas.html');
    expect(ru.headers.location).toBe(addressOf(first, 380, 'ru'));
    const news = await get('/en/news.html?start=10');
    expect(news.statusCode).toBe(301);
    expect(news.headers.location).toBe(`/en/news?tag=${lineOf(first, 30).target}`);
  });

  it('leaves unknown and unpublished old addresses to the usual 404', async () => {
    for (const url of [
      '/en/news/30-news/999999-nothing-here.html',
      '/en/news/30-news/1843-draft-news.html',
      '/en/news/30-news/1844-trashed-news.html',
      '/en/old-page.html',
      '/ky/whatever.html',
    ]) {
      const response = await get(url);
      expect(response.statusCode, url).toBe(404);
      expect(response.headers['content-type']).toMatch(/problem\+json/);
    }
  });
});

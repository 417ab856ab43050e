import { createHash } from 'node:crypto';
import { sql } from 'drizzle-orm';
import type { Database } from '../../db/client.js';
import type { Locale } from '../../db/schema/common.js';
import { CACHE_CHANNEL } from '../../plugins/public-cache.js';
import { rowsOf } from '../../shared/sql.js';
import { excerpt, plainText } from '../../shared/text.js';
import type { StaffUser } from '../auth/queries.js';
import {
  insertArticle,
  loadArticleDocument,
  updateArticle,
  type ArticleInput,
} from '../articles/staff-queries.js';
import type { MediaStorage } from '../media/storage.js';
import {
  insertPage,
  loadPageDocument,
  updatePage,
  type PageInput,
} from '../pages/staff-queries.js';
import {
  insertProject,
  loadProjectDocument,
  updateProject,
  type ProjectInput,
} from '../projects/staff-queries.js';
import { recordAudit, recordRevision } from '../staff/history.js';
import { insertTag, updateTag } from '../tags/staff-queries.js';
import { splitByline, takeBodyByline, type Byline, type PlaceCandidate } from './bylines.js';
import { readSourceImage, storeImage, type MediaConsent, type SourceImage } from './images.js';
import { readProjectFacts, type ProjectFacts } from './project-facts.js';
import type { JoomlaArticle, JoomlaCategory, JoomlaSite } from './source.js';
import {
  findImages,
  joomlaUtc,
  localeOfLanguage,
  removePluginTags,
  rewriteLinks,
  slugOfItem,
  takeLeadingDate,
  type ImageRef,
} from './text.js';

/**
 * The Joomla import: plans every item first (what it becomes, its slugs, whether it changed
 * since the last run), then writes each changed item in a transaction of its own through the
 * same queries the staff API uses, with a revision and an audit entry (action 'import', no
 * user). `legacy_items` remembers each Joomla id, so a second run updates or skips, never
 * duplicates.
 */

/** Bumped when the importer's output for the same source changes: everything is updated once. */
const IMPORTER_VERSION = 1;
const SOURCE = 'joomla';
/** Order in which a translation's facts win for language-neutral fields (slug, key, byline). */
const LOCALE_ORDER: Locale[] = ['en', 'ru', 'ky'];

export type EntityKind = 'article' | 'page' | 'project';

export interface ImportOptions {
  /** Categories (alias, path or id) whose articles become static pages. */
  pagesCategories: string[];
  /** Categories whose articles become projects. */
  projectsCategories: string[];
  /** Translation pairs where #__associations lacks them. */
  pairs: [number, number][];
  /** The local copy of the site's images/ folder. */
  imagesDir: string | null;
  /** Locale of items in all languages ('*'). */
  defaultLocale: Locale;
  /** Consent recorded on imported photos (unknown: hidden from the public until staff confirm). */
  mediaConsent: MediaConsent;
  /** Host names of the old site, for absolute links and image URLs (www. is ignored). */
  oldHosts: string[];
  dryRun: boolean;
}

export interface ImportTarget {
  db: Database;
  storage: MediaStorage;
  /** Drops public caches; default: NOTIFY on the public cache channel. */
  invalidate?: () => Promise<void>;
}

export type Action = 'create' | 'update' | 'skip';

export interface ReportLine {
  action: Action;
  kind: EntityKind | 'tag' | 'path';
  joomlaIds: number[];
  /** New address(es), or the tag's slug. */
  target: string;
  reason?: string;
  warnings: string[];
}

export interface ImportReport {
  dryRun: boolean;
  lines: ReportLine[];
  counts: Record<Action, number> & { warnings: number; images: number };
  ms: number;
}

export class ImportError extends Error {}

interface Member {
  article: JoomlaArticle;
  locale: Locale;
  warnings: string[];
}

interface LegacyRow {
  legacyKind: string;
  legacyId: number;
  entityType: string;
  entityId: number;
  contentHash: string;
}

interface Prepared {
  locale: Locale;
  title: string;
  slug: string;
  /** Body with images still as in Joomla (rendered once media exist). */
  body: ReturnType<typeof findImages>;
  publishAt: string | null;
  byline: Byline | null;
  seoDescription: string | null;
  images: Map<string, SourceImage>;
  hash: string;
}

interface Item {
  kind: EntityKind;
  members: Member[];
  existingId: number | null;
  action: Action;
  reason?: string;
  /** Slug per locale (articles, pages); the one slug of a project; the key of a page. */
  slugs: Partial<Record<Locale, string>>;
  slug: string;
  prepared: Prepared[];
  warnings: string[];
}

const sha = (value: unknown) => createHash('sha256').update(JSON.stringify(value)).digest('hex');

const urlPath = (kind: EntityKind, locale: Locale, slug: string) =>
  `/${locale}/${kind === 'article' ? 'news' : kind === 'page' ? 'pages' : 'projects'}/${slug}`;

/** Groups of ids linked by any of the pair lists (union-find). */
function unite(ids: number[], links: number[][]): number[][] {
  const parent = new Map(ids.map((id) => [id, id]));
  const find = (id: number): number => {
    let root = id;
    while (parent.get(root) !== root) root = parent.get(root)!;
    parent.set(id, root);
    return root;
  };
  for (const group of links) {
    const known = group.filter((id) => parent.has(id));
    for (const id of known.slice(1)) parent.set(find(id), find(known[0]!));
  }
  const groups = new Map<number, number[]>();
  for (const id of ids) {
    const root = find(id);
    groups.set(root, [...(groups.get(root) ?? []), id]);
  }
  return [...groups.values()];
}

function categoryIds(site: JoomlaSite, names: string[]): Set<number> {
  const out = new Set<number>();
  for (const name of names) {
    const wanted = name.trim().toLowerCase();
    const roots = site.categories.filter(
      (c) =>
        String(c.id) === wanted ||
        c.alias.toLowerCase() === wanted ||
        c.path.toLowerCase() === wanted,
    );
    if (roots.length === 0) throw new ImportError(`no com_content category '${name}'`);
    for (const root of roots) {
      for (const c of site.categories) {
        if (c.id === root.id || c.path.startsWith(`${root.path}/`)) out.add(c.id);
      }
    }
  }
  return out;
}

async function loadPlaces(db: Database): Promise<PlaceCandidate[]> {
  return rowsOf<PlaceCandidate>(
    db,
    sql`SELECT p.id, p.kind::text AS kind,
        array_cat(p.aliases, coalesce((SELECT array_agg(t.name) FROM place_translations t WHERE t.place_id = p.id), '{}')) AS names
      FROM places p WHERE p.kind IN ('oblast', 'city', 'district', 'settlement', 'rural_district')`,
  );
}

async function loadLegacy(db: Database): Promise<Map<string, LegacyRow>> {
  const rows = await rowsOf<LegacyRow>(
    db,
    sql`SELECT legacy_kind AS "legacyKind", legacy_id AS "legacyId", entity_type AS "entityType",
        entity_id AS "entityId", content_hash AS "contentHash"
      FROM legacy_items WHERE source = ${SOURCE}`,
  );
  return new Map(rows.map((r) => [`${r.legacyKind}:${r.legacyId}`, r]));
}

/** Slugs in use, per table and locale, with the id holding each. */
async function loadSlugs(db: Database) {
  const rows = await rowsOf<{ kind: string; locale: string; slug: string; id: number }>(
    db,
    sql`SELECT 'article' AS kind, locale::text AS locale, slug, article_id AS id FROM article_translations
      UNION ALL SELECT 'page', locale::text, slug, page_id FROM page_translations
      UNION ALL SELECT 'page-key', '', key, id FROM pages
      UNION ALL SELECT 'project', '', slug, id FROM projects
      UNION ALL SELECT 'tag', '', slug, id FROM tags`,
  );
  const taken = new Map<string, number>();
  for (const r of rows) taken.set(`${r.kind}:${r.locale}:${r.slug}`, r.id);
  return taken;
}

async function existingIds(db: Database): Promise<Set<string>> {
  const rows = await rowsOf<{ key: string }>(
    db,
    sql`SELECT 'article:' || id AS key FROM articles UNION ALL SELECT 'page:' || id FROM pages
      UNION ALL SELECT 'project:' || id FROM projects UNION ALL SELECT 'tag:' || id FROM tags`,
  );
  return new Set(rows.map((r) => r.key));
}

export async function importJoomlaSite(
  site: JoomlaSite,
  target: ImportTarget,
  options: ImportOptions,
): Promise<ImportReport> {
  const started = performance.now();
  const { db } = target;
  const lines: ReportLine[] = [];
  let imagesStored = 0;

  const pageCats = categoryIds(site, options.pagesCategories);
  const projectCats = categoryIds(site, options.projectsCategories);
  const places = await loadPlaces(db);
  const legacy = await loadLegacy(db);
  const taken = await loadSlugs(db);
  const alive = await existingIds(db);

  const menuArticleIds = new Set<number>();
  for (const m of site.menu) {
    const id = articleIdOfMenuLink(m.link);
    if (id !== null && m.published === 1) menuArticleIds.add(id);
  }

  // ---- articles: which ones, in which language, as what -------------------------------------
  const byId = new Map<number, Member>();
  for (const article of site.articles) {
    const warnings: string[] = [];
    if (article.state === -2) {
      lines.push({
        action: 'skip',
        kind: 'article',
        joomlaIds: [article.id],
        target: '',
        reason: 'trashed in Joomla',
        warnings: [],
      });
      continue;
    }
    let locale = localeOfLanguage(article.language);
    if (!locale) {
      locale = options.defaultLocale;
      warnings.push(`language '${article.language}' imported as ${locale}`);
    }
    byId.set(article.id, { article, locale, warnings });
  }
  const kindOf = (a: JoomlaArticle): EntityKind =>
    projectCats.has(a.catid)
      ? 'project'
      : pageCats.has(a.catid) || menuArticleIds.has(a.id)
        ? 'page'
        : 'article';

  const groups: Member[][] = [];
  for (const ids of unite([...byId.keys()], [...site.articleAssociations, ...options.pairs])) {
    const members = ids.map((id) => byId.get(id)!).sort((a, b) => a.article.id - b.article.id);
    // One entity per kind and language: a second article in the same language stands alone.
    const byKind = new Map<EntityKind, Member[]>();
    for (const m of members) {
      const kind = kindOf(m.article);
      const list = byKind.get(kind) ?? [];
      if (list.some((o) => o.locale === m.locale)) {
        m.warnings.push(`paired with another ${m.locale} article: imported on its own`);
        groups.push([m]);
      } else {
        list.push(m);
        byKind.set(kind, list);
      }
    }
    if (byKind.size > 1) {
      for (const list of byKind.values())
        list[0]!.warnings.push('paired articles are of different kinds: imported apart');
    }
    groups.push(...byKind.values());
  }

  // ---- tags from categories ---------------------------------------------------------------
  const tagOfCategory = new Map<number, { slug: string; id: number | null }>();
  const tagLines = await planTags(site, {
    used: new Set(
      [...byId.values()].filter((m) => kindOf(m.article) === 'article').map((m) => m.article.catid),
    ),
    excluded: new Set([...pageCats, ...projectCats]),
    legacy,
    taken,
    alive,
    options,
    tagOfCategory,
  });

  // ---- items: slugs first (links between articles need every target's address) -------------
  const items: Item[] = groups.map((members) => {
    const kind = kindOf(members[0]!.article);
    members.sort((a, b) => LOCALE_ORDER.indexOf(a.locale) - LOCALE_ORDER.indexOf(b.locale));
    const rows = members.map((m) => legacy.get(`article:${m.article.id}`));
    const owned = rows.find((r) => r && r.entityType === kind);
    const warnings: string[] = [];
    if (new Set(rows.filter((r) => r).map((r) => `${r!.entityType}:${r!.entityId}`)).size > 1) {
      warnings.push('its articles were imported as different items before: kept the first');
    }
    return {
      kind,
      members,
      existingId: owned?.entityId ?? null,
      action: 'create' as Action,
      slugs: {},
      slug: '',
      prepared: [],
      warnings,
    };
  });
  const currentSlugs = await loadEntitySlugs(
    db,
    items.filter((i) => i.existingId !== null),
  );
  for (const item of items) assignSlugs(item, taken, currentSlugs);

  const addressOf = new Map<number, string>();
  for (const item of items) {
    for (const m of item.members) {
      const slug = item.kind === 'project' ? item.slug : item.slugs[m.locale]!;
      addressOf.set(m.article.id, urlPath(item.kind, m.locale, slug));
    }
  }

  // ---- prepare every item: text work, images read, hashes ----------------------------------
  for (const item of items) {
    for (const m of item.members) {
      item.prepared.push(
        await prepare(m, item, {
          places,
          options,
          addressOf,
          tagSlug: tagOfCategory.get(m.article.catid)?.slug ?? null,
        }),
      );
    }
    const rows = item.members.map((m) => legacy.get(`article:${m.article.id}`));
    const unchanged = rows.every(
      (r, i) => r && r.entityId === item.existingId && r.contentHash === item.prepared[i]!.hash,
    );
    if (item.existingId !== null && !alive.has(`${item.kind}:${item.existingId}`)) {
      item.action = 'skip';
      item.reason = 'deleted on the new site';
    } else if (item.existingId !== null) {
      item.action = unchanged ? 'skip' : 'update';
      if (unchanged) item.reason = 'unchanged';
    }
  }

  // ---- write -------------------------------------------------------------------------------
  lines.push(...tagLines);
  if (!options.dryRun) await writeTags(db, site, tagLines, tagOfCategory, options);

  for (const item of items) {
    const warnings = [...item.warnings, ...item.members.flatMap((m) => m.warnings)];
    if (item.action !== 'skip' && !options.dryRun) {
      const result = await writeItem(item, target, options, tagOfCategory);
      warnings.push(...result.warnings);
      imagesStored += result.imagesStored;
    } else if (item.action !== 'skip' && item.kind === 'project') {
      // What the write would say about budget and phases.
      const texts = item.prepared.map((p) => p.body.render(() => null, { runsToGallery: false }));
      warnings.push(...new Set(texts.flatMap((t) => readProjectFacts(t).warnings)));
    }
    lines.push({
      action: item.action,
      kind: item.kind,
      joomlaIds: item.members.map((m) => m.article.id),
      target: item.members
        .map((m) =>
          urlPath(item.kind, m.locale, item.kind === 'project' ? item.slug : item.slugs[m.locale]!),
        )
        .join(' '),
      ...(item.reason ? { reason: item.reason } : {}),
      warnings,
    });
  }

  // ---- old menu addresses -------------------------------------------------------------------
  const entityOf = new Map<number, { kind: EntityKind; id: number | null }>();
  for (const item of items) {
    for (const m of item.members)
      entityOf.set(m.article.id, { kind: item.kind, id: item.existingId });
  }
  lines.push(...(await writeMenuPaths(db, site, { legacy, entityOf, tagOfCategory, options })));

  const written = lines.some((l) => l.action !== 'skip');
  if (written && !options.dryRun) {
    if (target.invalidate) await target.invalidate();
    else await db.execute(sql`select pg_notify(${CACHE_CHANNEL}, '')`);
  }

  const count = (a: Action) => lines.filter((l) => l.action === a).length;
  return {
    dryRun: options.dryRun,
    lines,
    counts: {
      create: count('create'),
      update: count('update'),
      skip: count('skip'),
      warnings: lines.reduce((n, l) => n + l.warnings.length, 0),
      images: imagesStored,
    },
    ms: Math.round(performance.now() - started),
  };
}

function articleIdOfMenuLink(link: string): number | null {
  const m = link.match(/[?&]view=article\b.*?[?&]id=(\d+)|[?&]id=(\d+).*?[?&]view=article\b/);
  return m ? Number(m[1] ?? m[2]) : null;
}

function categoryIdOfMenuLink(link: string): number | null {
  if (!/[?&]view=category\b/.test(link)) return null;
  const m = link.match(/[?&]id=(\d+)/);
  return m ? Number(m[1]) : null;
}

async function loadEntitySlugs(db: Database, items: Item[]) {
  const out = new Map<string, Partial<Record<Locale, string>> & { key?: string }>();
  const ids = (kind: EntityKind) => items.filter((i) => i.kind === kind).map((i) => i.existingId!);
  const list = (values: number[]) =>
    values.length
      ? sql.join(
          values.map((v) => sql`${v}`),
          sql`, `,
        )
      : sql`NULL`;
  const rows = await rowsOf<{ kind: string; id: number; locale: string; slug: string }>(
    db,
    sql`SELECT 'article' AS kind, article_id AS id, locale::text AS locale, slug FROM article_translations WHERE article_id IN (${list(ids('article'))})
      UNION ALL SELECT 'page', page_id, locale::text, slug FROM page_translations WHERE page_id IN (${list(ids('page'))})
      UNION ALL SELECT 'page', id, 'key', key FROM pages WHERE id IN (${list(ids('page'))})
      UNION ALL SELECT 'project', id, 'key', slug FROM projects WHERE id IN (${list(ids('project'))})`,
  );
  for (const r of rows) {
    const entry = out.get(`${r.kind}:${r.id}`) ?? {};
    if (r.locale === 'key') entry.key = r.slug;
    else entry[r.locale as Locale] = r.slug;
    out.set(`${r.kind}:${r.id}`, entry);
  }
  return out;
}

/** A slug not yet taken in `scope` (suffixing the Joomla id, then a counter). */
function freeSlug(
  taken: Map<string, number>,
  scope: string,
  wanted: string,
  id: number,
  owner: number | null,
) {
  const holder = (slug: string) => taken.get(`${scope}:${slug}`);
  const free = (slug: string) => holder(slug) === undefined || holder(slug) === owner;
  let slug = wanted;
  if (!free(slug)) slug = `${wanted}-${id}`;
  for (let n = 2; !free(slug); n++) slug = `${wanted}-${id}-${n}`;
  taken.set(`${scope}:${slug}`, owner ?? -id);
  return slug;
}

function assignSlugs(
  item: Item,
  taken: Map<string, number>,
  current: Map<string, Partial<Record<Locale, string>> & { key?: string }>,
) {
  const existing =
    item.existingId !== null ? current.get(`${item.kind}:${item.existingId}`) : undefined;
  const first = item.members[0]!.article;
  if (item.kind === 'project') {
    item.slug =
      existing?.key ??
      freeSlug(taken, 'project:', slugOfItem(first.alias, first.title), first.id, item.existingId);
  }
  if (item.kind === 'page') {
    item.slug =
      existing?.key ??
      freeSlug(taken, 'page-key:', slugOfItem(first.alias, first.title), first.id, item.existingId);
  }
  if (item.kind !== 'project') {
    for (const m of item.members) {
      item.slugs[m.locale] =
        existing?.[m.locale] ??
        freeSlug(
          taken,
          `${item.kind}:${m.locale}`,
          slugOfItem(m.article.alias, m.article.title),
          m.article.id,
          item.existingId,
        );
    }
  }
}

async function prepare(
  m: Member,
  item: Item,
  ctx: {
    places: PlaceCandidate[];
    options: ImportOptions;
    addressOf: Map<number, string>;
    tagSlug: string | null;
  },
): Promise<Prepared> {
  const a = m.article;
  let html = [a.introtext, a.fulltext].filter((t) => t.trim()).join('\n');
  const plugins = removePluginTags(html);
  html = plugins.html;
  if (plugins.removed.length) m.warnings.push(`plugin tags removed: ${plugins.removed.join(', ')}`);

  let publishAt = joomlaUtc(a.publishUp) ?? joomlaUtc(a.created);
  const heading = takeLeadingDate(html);
  if (heading) {
    publishAt = heading.publishAt;
    html = heading.html;
  }

  let byline: Byline | null = null;
  if (item.kind === 'article') {
    if (a.createdByAlias.trim()) {
      byline = splitByline(a.createdByAlias, ctx.places);
    } else {
      const found = takeBodyByline(html, ctx.places);
      if (found) {
        byline = found.byline;
        html = found.html;
      }
    }
  }

  const links = rewriteLinks(html, (id) => ctx.addressOf.get(id) ?? null, ctx.options.oldHosts);
  html = links.html;

  const body = findImages(html);
  const images = new Map<string, SourceImage>();
  const imageState: Record<string, string> = {};
  for (const ref of [...body.runs.flat(), ...body.singles]) {
    if (imageState[ref.src] !== undefined) continue;
    const read = await readSourceImage(ref.src, ctx.options.imagesDir, ctx.options.oldHosts);
    if ('missing' in read) {
      m.warnings.push(read.missing);
      imageState[ref.src] = 'missing';
    } else {
      images.set(ref.src, read);
      imageState[ref.src] = read.checksum;
    }
  }

  const title = a.title.trim().slice(0, 300) || `Joomla ${a.id}`;
  const seoDescription = a.metadesc.trim() ? excerpt(plainText(a.metadesc), 400) : null;
  const hash = sha({
    v: IMPORTER_VERSION,
    kind: item.kind,
    group: item.members.map((o) => o.article.id).sort(),
    a: { ...a },
    tag: ctx.tagSlug,
    images: imageState,
    consent: ctx.options.mediaConsent,
  });
  return {
    locale: m.locale,
    title,
    slug: '',
    body,
    publishAt,
    byline,
    seoDescription,
    images,
    hash,
  };
}

/** Joomla state -> workflow status of the item (the most public of its translations). */
function statusOf(members: Member[]): {
  status: 'published' | 'draft' | 'archived';
  warning?: string;
} {
  const states = new Set(members.map((m) => m.article.state));
  const status = states.has(1) ? 'published' : states.has(2) ? 'archived' : 'draft';
  return states.size > 1
    ? {
        status,
        warning: `translations in different Joomla states (${[...states].join(', ')}): ${status}`,
      }
    : { status };
}

async function writeItem(
  item: Item,
  target: ImportTarget,
  options: ImportOptions,
  tagOfCategory: Map<number, { slug: string; id: number | null }>,
): Promise<{ warnings: string[]; imagesStored: number }> {
  const { db, storage } = target;
  const warnings: string[] = [];
  let imagesStored = 0;

  // Media first, each in its own transaction (as uploads are); a re-run finds them by checksum.
  const stored = new Map<string, { mediaId: number; url: string }>();
  const gallery: number[] = [];
  for (const p of item.prepared) {
    const refs: ImageRef[] = [...p.body.runs.flat(), ...p.body.singles];
    for (const ref of refs) {
      const image = p.images.get(ref.src);
      if (!image) continue;
      const key = `${p.locale}:${ref.src}`;
      if (stored.has(key)) continue;
      const result = await storeImage(db, storage, image, {
        locale: p.locale,
        alt: ref.alt,
        consent: options.mediaConsent,
      });
      if ('refused' in result) {
        warnings.push(result.refused);
        continue;
      }
      if (result.created) imagesStored++;
      stored.set(key, result);
      if (!ref.alt) warnings.push(`image ${ref.src}: no alt text in ${p.locale}`);
    }
    if (item.kind === 'article') {
      for (const ref of p.body.runs.flat()) {
        const id = stored.get(`${p.locale}:${ref.src}`)?.mediaId;
        if (id !== undefined && !gallery.includes(id)) gallery.push(id);
      }
    }
  }

  const bodies = new Map<Locale, string>();
  for (const p of item.prepared) {
    const inline = (ref: ImageRef) => {
      const media = stored.get(`${p.locale}:${ref.src}`);
      if (!media?.url) return null;
      const alt = ref.alt
        ? ` alt="${ref.alt.replace(/[&<>"]/g, (c) => `&#${c.charCodeAt(0)};`)}"`
        : '';
      return `<img src="${media.url}"${alt}>`;
    };
    bodies.set(p.locale, p.body.render(inline, { runsToGallery: item.kind === 'article' }));
  }

  const { status, warning } = statusOf(item.members);
  if (warning) warnings.push(warning);
  const publishAt =
    item.prepared
      .map((p) => p.publishAt)
      .filter((d): d is string => d !== null)
      .sort()[0] ?? null;

  await db.transaction(async (txRaw) => {
    const tx = txRaw as unknown as Database;
    let id = item.existingId;
    const translationsOf = <T>(make: (p: Prepared, body: string) => T) =>
      Object.fromEntries(item.prepared.map((p) => [p.locale, make(p, bodies.get(p.locale)!)]));

    if (item.kind === 'article') {
      const byline = item.prepared.find((p) => p.byline)?.byline ?? null;
      const tagIds = [
        ...new Set(
          item.members
            .map((m) => tagOfCategory.get(m.article.catid)?.id)
            .filter((t): t is number => typeof t === 'number'),
        ),
      ];
      const input: ArticleInput = {
        byline: byline?.text ?? null,
        bylineName: byline?.name ?? null,
        bylinePlaceId: byline?.placeId ?? null,
        bylineRole: byline?.role ?? null,
        galleryMediaIds: gallery,
        tagIds,
        translations: translationsOf((p, body) => ({
          title: p.title,
          slug: item.slugs[p.locale]!,
          summary: null,
          body,
          seoTitle: null,
          seoDescription: p.seoDescription,
        })) as ArticleInput['translations'],
      };
      if (id === null) id = await insertArticle(tx, input, SYSTEM_USER);
      else await updateArticle(tx, id, input);
    } else if (item.kind === 'page') {
      const translations = translationsOf((p, body) => ({
        title: p.title,
        slug: item.slugs[p.locale]!,
        body,
        seoTitle: null,
        seoDescription: p.seoDescription,
      })) as PageInput['translations'];
      if (id === null) id = await insertPage(tx, { key: item.slug, translations });
      else await updatePage(tx, id, { translations });
    } else {
      const facts: ProjectFacts[] = item.prepared.map((p) =>
        readProjectFacts(bodies.get(p.locale)!),
      );
      const translations = translationsOf((p, body) => ({
        title: p.title,
        summary: null,
        description: body,
      })) as ProjectInput['translations'];
      if (id === null) id = await insertProject(tx, { slug: item.slug, translations });
      else await updateProject(tx, id, { translations });
      await writeProjectFacts(tx, id, facts, warnings);
    }

    const table = sql.raw(
      item.kind === 'article' ? 'articles' : item.kind === 'page' ? 'pages' : 'projects',
    );
    await tx.execute(sql`UPDATE ${table} SET status = ${status}, publish_at = ${publishAt}::timestamptz
        ${item.existingId === null ? sql`` : sql`, version = version + 1, updated_at = now()`}
      WHERE id = ${id}`);

    for (const [i, m] of item.members.entries()) {
      await upsertLegacy(tx, {
        kind: 'article',
        legacyId: m.article.id,
        entityType: item.kind,
        entityId: id,
        locale: m.locale,
        hash: item.prepared[i]!.hash,
      });
    }
    const doc =
      item.kind === 'article'
        ? await loadArticleDocument(tx, id)
        : item.kind === 'page'
          ? await loadPageDocument(tx, id)
          : await loadProjectDocument(tx, id);
    await recordRevision(tx, {
      entityType: item.kind,
      entityId: id,
      version: doc!.version,
      document: doc!,
      userId: null,
    });
    await recordAudit(tx, {
      userId: null,
      action: 'import',
      entityType: item.kind,
      entityId: id,
      detail: {
        source: SOURCE,
        joomlaIds: item.members.map((m) => m.article.id),
        created: item.existingId === null,
        version: doc!.version,
      },
    });
    item.existingId = id;
  });
  return { warnings, imagesStored };
}

/**
 * The importer is no staff member: its writes carry no user (author, revisions and audit say
 * null). The staff queries read only the id.
 */
const SYSTEM_USER = { id: null } as unknown as StaffUser;

async function writeProjectFacts(
  db: Database,
  id: number,
  facts: ProjectFacts[],
  warnings: string[],
) {
  const budgets = facts.map((f) => f.budget).filter((b) => b !== null);
  const agreed = budgets.every(
    (b) => b.amount === budgets[0]!.amount && b.currency === budgets[0]!.currency,
  );
  if (budgets.length && agreed) {
    await db.execute(sql`UPDATE projects SET budget_amount = ${budgets[0]!.amount},
      budget_currency = ${budgets[0]!.currency} WHERE id = ${id}`);
  } else if (budgets.length) {
    warnings.push('budget differs between translations: not imported');
  }
  const withPhases = facts.filter((f) => f.phases.length > 0);
  const phases = withPhases[0]?.phases ?? [];
  const same = withPhases.every((f) => JSON.stringify(f.phases) === JSON.stringify(phases));
  if (phases.length && same) {
    await db.execute(sql`DELETE FROM project_phases WHERE project_id = ${id}`);
    for (const [position, phase] of phases.entries()) {
      await db.execute(sql`INSERT INTO project_phases (project_id, position, label, starts_on, ends_on)
        VALUES (${id}, ${position + 1}, ${phase.label}, ${phase.startsOn}, ${phase.endsOn})`);
    }
  } else if (phases.length) {
    warnings.push('phases differ between translations: not imported');
  }
  warnings.push(...new Set(facts.flatMap((f) => f.warnings)));
}

async function upsertLegacy(
  db: Database,
  r: {
    kind: string;
    legacyId: number;
    entityType: string;
    entityId: number;
    locale: Locale | null;
    hash: string;
  },
) {
  await db.execute(sql`INSERT INTO legacy_items (source, legacy_kind, legacy_id, entity_type, entity_id, locale, content_hash)
    VALUES (${SOURCE}, ${r.kind}, ${r.legacyId}, ${r.entityType}, ${r.entityId}, ${r.locale}, ${r.hash})
    ON CONFLICT (source, legacy_kind, legacy_id) DO UPDATE SET entity_type = EXCLUDED.entity_type,
      entity_id = EXCLUDED.entity_id, locale = EXCLUDED.locale, content_hash = EXCLUDED.content_hash,
      imported_at = now()`);
}

// ---- tags ------------------------------------------------------------------------------------

interface TagPlan {
  line: ReportLine;
  categories: JoomlaCategory[];
  hash: string;
  existingId: number | null;
}

const tagPlans = new WeakMap<ReportLine, TagPlan>();

async function planTags(
  site: JoomlaSite,
  ctx: {
    used: Set<number>;
    excluded: Set<number>;
    legacy: Map<string, LegacyRow>;
    taken: Map<string, number>;
    alive: Set<string>;
    options: ImportOptions;
    tagOfCategory: Map<number, { slug: string; id: number | null }>;
  },
): Promise<ReportLine[]> {
  const categories = site.categories.filter(
    (c) => ctx.used.has(c.id) && !ctx.excluded.has(c.id) && c.alias !== 'uncategorised',
  );
  const byId = new Map(categories.map((c) => [c.id, c]));
  const lines: ReportLine[] = [];
  for (const ids of unite([...byId.keys()], site.categoryAssociations)) {
    const cats = ids
      .map((id) => byId.get(id)!)
      .sort(
        (a, b) =>
          LOCALE_ORDER.indexOf(localeOfLanguage(a.language) ?? ctx.options.defaultLocale) -
          LOCALE_ORDER.indexOf(localeOfLanguage(b.language) ?? ctx.options.defaultLocale),
      );
    const rows = cats.map((c) => ctx.legacy.get(`category:${c.id}`));
    const owned = rows.find((r) => r)?.entityId ?? null;
    const existingId = owned !== null && ctx.alive.has(`tag:${owned}`) ? owned : null;
    const hash = sha({
      v: IMPORTER_VERSION,
      cats: cats.map((c) => [c.id, c.title, c.alias, c.language]),
    });
    const first = cats[0]!;
    // A tag of the same slug made by staff is shared rather than duplicated.
    const wanted = slugOfItem(first.alias, first.title);
    const sameSlug = ctx.taken.get(`tag::${wanted}`);
    const id = existingId ?? sameSlug ?? null;
    const slug =
      id === sameSlug && sameSlug !== undefined
        ? wanted
        : freeSlug(ctx.taken, 'tag:', wanted, first.id, id);
    const unchanged = existingId !== null && rows.every((r) => r && r.contentHash === hash);
    const line: ReportLine = {
      action: id === null ? 'create' : unchanged ? 'skip' : 'update',
      kind: 'tag',
      joomlaIds: cats.map((c) => c.id),
      target: slug,
      ...(unchanged ? { reason: 'unchanged' } : {}),
      warnings: [],
    };
    tagPlans.set(line, { line, categories: cats, hash, existingId: id });
    for (const c of cats) ctx.tagOfCategory.set(c.id, { slug, id });
    lines.push(line);
  }
  return lines;
}

async function writeTags(
  db: Database,
  site: JoomlaSite,
  lines: ReportLine[],
  tagOfCategory: Map<number, { slug: string; id: number | null }>,
  options: ImportOptions,
) {
  void site;
  for (const line of lines) {
    const plan = tagPlans.get(line)!;
    if (line.action === 'skip') continue;
    const names = Object.fromEntries(
      plan.categories.map((c) => [
        localeOfLanguage(c.language) ?? options.defaultLocale,
        { name: c.title.trim() },
      ]),
    );
    const id = await db.transaction(async (txRaw) => {
      const tx = txRaw as unknown as Database;
      let id = plan.existingId;
      if (id === null) {
        id = await insertTag(tx, { slug: line.target, translations: names });
      } else {
        // A tag that exists keeps the names it has (staff may have renamed it, or made it).
        const named = await rowsOf<{ locale: string }>(
          tx,
          sql`SELECT locale::text AS locale FROM tag_translations WHERE tag_id = ${id}`,
        );
        const have = new Set(named.map((r) => r.locale));
        const missing = Object.fromEntries(Object.entries(names).filter(([l]) => !have.has(l)));
        await updateTag(tx, id, { translations: missing });
      }
      for (const c of plan.categories) {
        await upsertLegacy(tx, {
          kind: 'category',
          legacyId: c.id,
          entityType: 'tag',
          entityId: id,
          locale: localeOfLanguage(c.language),
          hash: plan.hash,
        });
      }
      await recordAudit(tx, {
        userId: null,
        action: 'import',
        entityType: 'tag',
        entityId: id,
        detail: { source: SOURCE, joomlaIds: line.joomlaIds, created: plan.existingId === null },
      });
      return id;
    });
    for (const c of plan.categories) tagOfCategory.set(c.id, { slug: line.target, id });
  }
}

// ---- menu addresses --------------------------------------------------------------------------

async function writeMenuPaths(
  db: Database,
  site: JoomlaSite,
  ctx: {
    legacy: Map<string, LegacyRow>;
    entityOf: Map<number, { kind: EntityKind; id: number | null }>;
    tagOfCategory: Map<number, { slug: string; id: number | null }>;
    options: ImportOptions;
  },
): Promise<ReportLine[]> {
  const lines: ReportLine[] = [];
  for (const item of site.menu) {
    if (item.published !== 1 || !item.path) continue;
    const articleId = articleIdOfMenuLink(item.link);
    const categoryId = categoryIdOfMenuLink(item.link);
    let entity: { type: string; id: number | null } | null = null;
    if (articleId !== null) {
      const e = ctx.entityOf.get(articleId);
      if (e) entity = { type: e.kind, id: e.id };
    } else if (categoryId !== null) {
      const t = ctx.tagOfCategory.get(categoryId);
      if (t) entity = { type: 'tag', id: t.id };
    }
    if (!entity) continue;
    const locale = localeOfLanguage(item.language);
    const locales: Locale[] = locale ? [locale] : ['en', 'ru'];
    const paths = locales.map((l) => `/${l}/${item.path}.html`);
    const hash = sha({ v: IMPORTER_VERSION, paths, entity });
    const row = ctx.legacy.get(`menu:${item.id}`);
    const action: Action = !row ? 'create' : row.contentHash === hash ? 'skip' : 'update';
    lines.push({
      action,
      kind: 'path',
      joomlaIds: [item.id],
      target: paths.join(' '),
      ...(action === 'skip' ? { reason: 'unchanged' } : {}),
      warnings: [],
    });
    if (action === 'skip' || ctx.options.dryRun || entity.id === null) continue;
    const entityId = entity.id;
    await db.transaction(async (txRaw) => {
      const tx = txRaw as unknown as Database;
      for (const [i, p] of paths.entries()) {
        await tx.execute(sql`INSERT INTO legacy_paths (path, entity_type, entity_id, locale)
          VALUES (${p}, ${entity.type}, ${entityId}, ${locales[i]!})
          ON CONFLICT (path) DO UPDATE SET entity_type = EXCLUDED.entity_type,
            entity_id = EXCLUDED.entity_id, locale = EXCLUDED.locale`);
      }
      await upsertLegacy(tx, {
        kind: 'menu',
        legacyId: item.id,
        entityType: entity.type,
        entityId,
        locale,
        hash,
      });
    });
  }
  return lines;
}

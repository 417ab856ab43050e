import { sql, type SQL } from 'drizzle-orm';
import type { Database } from '../../db/client.js';
import type { Locale } from '../../db/schema/common.js';
import type { Page } from '../../shared/list.js';
import {
  availableLocales,
  bestTranslation,
  isoUtc,
  offsetOf,
  publiclyVisible,
  rowsOf,
  fullTextMatches,
  idBySlug,
  slugsByLocale,
} from '../../shared/sql.js';
import { HttpProblem, PROBLEM_TYPES } from '../../shared/problems.js';
import { galleryJson, mediaJsonById } from '../media/queries.js';
import { tagsJsonOfArticle } from '../tags/queries.js';
import {
  dateRangeConditions,
  eventFilterConditions,
  hasEventFilter,
  type EventFilters,
} from '../events/filters.js';
import { eventRefsOfArticle } from '../events/queries.js';
import { groupLinksJson, projectRefsOfArticleJson } from '../projects/refs.js';
import type { Static } from 'typebox';
import type { Article, ArticleListQuery, ArticleSummary } from './schemas.js';

type ArticleSummaryRow = Static<typeof ArticleSummary>;
type ArticleRow = Static<typeof Article>;

/** Full-text match on any translation of the article. */
export function articleSearchCondition(q: string): SQL {
  return sql`a.id IN ${fullTextMatches({ table: 'article_translations', foreignKey: 'article_id', q })}`;
}

function relevance(q: string): SQL {
  return sql`(SELECT max(ts_rank(st.search, CASE st.locale WHEN 'ru' THEN websearch_to_tsquery('russian', ${q})
      WHEN 'en' THEN websearch_to_tsquery('english', ${q}) ELSE websearch_to_tsquery('simple', ${q}) END))
    FROM article_translations st WHERE st.article_id = a.id)`;
}

/** Columns every article answer carries; `a` is the article, `t` its chosen translation. */
function summaryColumns(locale: Locale): SQL {
  return sql`a.id, t.slug, t.locale, t.title, t.summary, a.byline, a.featured,
    ${isoUtc('a.publish_at')} AS "publishedAt",
    ${availableLocales({ table: 'article_translations', foreignKey: 'article_id', parentId: 'a.id' })} AS "availableLocales",
    ${mediaJsonById(sql`a.cover_media_id`, locale)} AS cover,
    ${tagsJsonOfArticle(sql`a.id`, locale)} AS tags`;
}

function translationJoin(locale: Locale): SQL {
  return sql`JOIN LATERAL ${bestTranslation({
    table: 'article_translations',
    foreignKey: 'article_id',
    parentId: 'a.id',
    columns: 'x.slug, x.title, x.summary, x.body, x.seo_title, x.seo_description',
    locale,
  })} t ON true`;
}

export async function listArticles(
  db: Database,
  f: ArticleListQuery & { locale: Locale },
): Promise<Page<ArticleSummaryRow>> {
  if (f.sort === 'relevance' && !f.q) {
    throw new HttpProblem({
      status: 400,
      title: 'Invalid request',
      type: PROBLEM_TYPES.validation,
      detail: 'sort: relevance needs q',
      errors: [{ in: 'query', field: 'sort', message: 'relevance needs q' }],
    });
  }
  const conditions: SQL[] = [publiclyVisible('a')];
  if (f.q) conditions.push(articleSearchCondition(f.q));
  if (f.tag) {
    conditions.push(sql`EXISTS (SELECT 1 FROM article_tags atg JOIN tags tg ON tg.id = atg.tag_id
      WHERE atg.article_id = a.id AND tg.slug = ${f.tag})`);
  }
  if (f.featured !== undefined) conditions.push(sql`a.featured = ${f.featured}`);
  conditions.push(...dateRangeConditions(sql`a.publish_at`, f.from, f.to));
  // A project's articles are those linked to it directly and those reporting on its events.
  const { project, ...eventFilters }: EventFilters = f;
  const reportsOn = (filters: EventFilters) =>
    sql`EXISTS (SELECT 1 FROM article_events ae JOIN events e ON e.id = ae.event_id
      WHERE ae.article_id = a.id AND ${publiclyVisible('e')} AND ${sql.join(eventFilterConditions('e', filters), sql` AND `)})`;
  if (hasEventFilter(eventFilters)) conditions.push(reportsOn(eventFilters));
  if (project) {
    conditions.push(sql`(EXISTS (SELECT 1 FROM article_projects ap JOIN projects pj ON pj.id = ap.project_id
      WHERE ap.article_id = a.id AND pj.slug = ${project}) OR ${reportsOn({ project })})`);
  }
  const where = sql.join(conditions, sql` AND `);
  // Without a search, the exact order of articles_public_idx lets the index yield rows already
  // sorted. With one, that order would tempt the planner to walk the index testing every row
  // against the search (4x slower, measured): NULLS FIRST keeps it on the text index and a sort.
  const newestFirst = f.q
    ? sql`a.publish_at DESC NULLS FIRST, a.id DESC`
    : sql`a.publish_at DESC NULLS LAST, a.id DESC NULLS LAST`;
  const order =
    f.sort === 'relevance' && f.q
      ? sql`${relevance(f.q)} DESC, a.publish_at DESC, a.id DESC`
      : f.sort === 'publishedAt'
        ? sql`a.publish_at ASC, a.id ASC`
        : newestFirst;

  // Page first on the narrow table, then dress only the page's rows.
  const rows = await rowsOf<ArticleSummaryRow & { total: number }>(
    db,
    sql`WITH page AS (
        SELECT a.id, row_number() OVER (ORDER BY ${order}) AS n, count(*) OVER ()::int AS total
        FROM articles a WHERE ${where}
        ORDER BY ${order} LIMIT ${f.pageSize} OFFSET ${offsetOf(f.page, f.pageSize)})
      SELECT page.total, ${summaryColumns(f.locale)}
      FROM page JOIN articles a ON a.id = page.id ${translationJoin(f.locale)}
      ORDER BY page.n`,
  );
  const total = rows[0]?.total ?? (await countArticles(db, where));
  return { items: rows, total };
}

async function countArticles(db: Database, where: SQL): Promise<number> {
  const [row] = await rowsOf<{ n: number }>(
    db,
    sql`SELECT count(*)::int AS n FROM articles a WHERE ${where}`,
  );
  return row?.n ?? 0;
}

/** A published article by the slug of any of its translations, served in the best locale. */
export async function getArticleBySlug(
  db: Database,
  slug: string,
  locale: Locale,
): Promise<ArticleRow | null> {
  return articleDetail(
    db,
    sql`a.id = ${idBySlug({ table: 'article_translations', foreignKey: 'article_id', slug, locale })}
      AND ${publiclyVisible('a')}`,
    locale,
  );
}

/** Any article, published or not, as its public page would show it (staff preview). */
export async function getArticlePreview(
  db: Database,
  id: number,
  locale: Locale,
): Promise<ArticleRow | null> {
  const row = await articleDetail(db, sql`a.id = ${id}`, locale);
  // A draft has no date yet; the preview shows today's, as publishing now would.
  return row && { ...row, publishedAt: row.publishedAt ?? new Date().toISOString() };
}

/** The split byline of article `a`: null when none of its parts is set. */
function authorJson(locale: Locale): SQL {
  const placeName = bestTranslation({
    table: 'place_translations',
    foreignKey: 'place_id',
    parentId: 'p.id',
    columns: 'x.name',
    locale,
  });
  return sql`CASE WHEN a.byline_name IS NULL AND a.byline_role IS NULL AND a.byline_place_id IS NULL
    THEN NULL ELSE json_build_object('name', a.byline_name, 'role', a.byline_role,
      'place', (SELECT json_build_object('slug', p.slug, 'name', pn.name)
        FROM places p JOIN LATERAL ${placeName} pn ON true WHERE p.id = a.byline_place_id)) END`;
}

async function articleDetail(db: Database, where: SQL, locale: Locale): Promise<ArticleRow | null> {
  const [row] = await rowsOf<Omit<ArticleRow, 'events'>>(
    db,
    sql`SELECT ${summaryColumns(locale)}, t.body, t.seo_title AS "seoTitle", t.seo_description AS "seoDescription",
        ${isoUtc('a.updated_at')} AS "updatedAt",
        ${slugsByLocale({ table: 'article_translations', foreignKey: 'article_id', parentId: 'a.id' })} AS slugs,
        ${galleryJson({ linkTable: 'article_media', ownerColumn: 'article_id', ownerId: sql`a.id`, locale })} AS gallery,
        ${authorJson(locale)} AS author,
        ${projectRefsOfArticleJson(sql`a.id`, locale)} AS projects,
        ${groupLinksJson({ linkTable: 'article_community_groups', ownerColumn: 'article_id', ownerId: sql`a.id`, locale })} AS groups
      FROM articles a ${translationJoin(locale)}
      WHERE ${where}`,
  );
  if (!row) return null;
  return { ...row, events: await eventRefsOfArticle(db, row.id, locale) };
}

export interface ArticleLocationRow {
  id: number;
  /** Slug of each existing translation. */
  slugs: Partial<Record<Locale, string>>;
  /** The later of the last edit and the publication. */
  lastModified: string;
}

/** Every public article with the slug of each translation, newest first (for sitemaps). */
export async function listArticleLocations(db: Database): Promise<ArticleLocationRow[]> {
  return rowsOf<ArticleLocationRow>(
    db,
    sql`SELECT a.id,
        ${slugsByLocale({ table: 'article_translations', foreignKey: 'article_id', parentId: 'a.id' })} AS slugs,
        ${isoUtc(sql`greatest(a.updated_at, a.publish_at)`)} AS "lastModified"
      FROM articles a
      WHERE ${publiclyVisible('a')} AND EXISTS (SELECT 1 FROM article_translations x WHERE x.article_id = a.id)
      ORDER BY a.publish_at DESC, a.id DESC`,
  );
}

export type ArticleFeedRow = ArticleSummaryRow & { body: string; lastModified: string };

/** The newest public articles with their bodies, each in the best locale (for feeds). */
export async function listArticlesForFeed(
  db: Database,
  f: { locale: Locale; limit: number },
): Promise<ArticleFeedRow[]> {
  return rowsOf<ArticleFeedRow>(
    db,
    sql`WITH page AS (SELECT a.id FROM articles a WHERE ${publiclyVisible('a')}
        ORDER BY a.publish_at DESC, a.id DESC LIMIT ${f.limit})
      SELECT ${summaryColumns(f.locale)}, t.body,
        ${isoUtc(sql`greatest(a.updated_at, a.publish_at)`)} AS "lastModified"
      FROM page JOIN articles a ON a.id = page.id ${translationJoin(f.locale)}
      ORDER BY a.publish_at DESC, a.id DESC`,
  );
}

import { sql, type SQL } from 'drizzle-orm';
import type { Static } from 'typebox';
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
} from '../../shared/sql.js';
import { mediaJsonById } from '../media/queries.js';
import { eventSeriesOfProject } from '../event-series/queries.js';
import { participantTotalsJson } from '../events/participants.js';
import type { Project, ProjectListQuery, ProjectSummary } from './schemas.js';

type ProjectSummaryRow = Static<typeof ProjectSummary>;
type ProjectRow = Static<typeof Project>;

/** Ids of the public events of project `pj`. */
const publicEventIds = sql`(SELECT epj.event_id FROM event_projects epj JOIN events e ON e.id = epj.event_id
  WHERE epj.project_id = pj.id AND ${publiclyVisible('e')})`;

function translationJoin(locale: Locale): SQL {
  return sql`JOIN LATERAL ${bestTranslation({
    table: 'project_translations',
    foreignKey: 'project_id',
    parentId: 'pj.id',
    columns: 'x.title, x.summary, x.description',
    locale,
  })} t ON true`;
}

/** Columns every project answer carries; `pj` is the project, `t` its translation. */
function summaryColumns(locale: Locale): SQL {
  // Dates as text: node-postgres would turn a DATE into a local-midnight Date object.
  return sql`pj.id, pj.slug, pj.kind, t.locale, t.title, t.summary,
    ${availableLocales({ table: 'project_translations', foreignKey: 'project_id', parentId: 'pj.id' })} AS "availableLocales",
    to_char(pj.starts_on, 'YYYY-MM-DD') AS "startsOn", to_char(pj.ends_on, 'YYYY-MM-DD') AS "endsOn",
    ${mediaJsonById(sql`pj.cover_media_id`, locale)} AS cover`;
}

const ORDER = sql`pj.starts_on DESC NULLS LAST, pj.id DESC`;

export async function listProjects(
  db: Database,
  f: ProjectListQuery & { locale: Locale },
): Promise<Page<ProjectSummaryRow>> {
  const conditions: SQL[] = [publiclyVisible('pj')];
  if (f.kind) conditions.push(sql`pj.kind = ${f.kind}`);
  if (f.partner) {
    conditions.push(sql`EXISTS (SELECT 1 FROM project_partners pp JOIN organizations o ON o.id = pp.organization_id
      WHERE pp.project_id = pj.id AND o.slug = ${f.partner} AND ${publiclyVisible('o')})`);
  }
  const where = sql.join(conditions, sql` AND `);

  const rows = await rowsOf<ProjectSummaryRow & { total: number }>(
    db,
    sql`WITH page AS (
        SELECT pj.id, row_number() OVER (ORDER BY ${ORDER}) AS n, count(*) OVER ()::int AS total
        FROM projects pj WHERE ${where}
        ORDER BY ${ORDER} LIMIT ${f.pageSize} OFFSET ${offsetOf(f.page, f.pageSize)})
      SELECT page.total, ${summaryColumns(f.locale)}
      FROM page JOIN projects pj ON pj.id = page.id ${translationJoin(f.locale)}
      ORDER BY page.n`,
  );
  const total = rows[0]?.total ?? (await countProjects(db, where));
  return { items: rows, total };
}

async function countProjects(db: Database, where: SQL): Promise<number> {
  const [row] = await rowsOf<{ n: number }>(
    db,
    sql`SELECT count(*)::int AS n FROM projects pj WHERE ${where}`,
  );
  return row?.n ?? 0;
}

/** A published project or initiative by its slug. */
export async function getProjectBySlug(
  db: Database,
  slug: string,
  locale: Locale,
): Promise<ProjectRow | null> {
  return projectDetail(db, sql`pj.slug = ${slug} AND ${publiclyVisible('pj')}`, locale);
}

/** Any project, published or not, as its public page would show it (staff preview). */
export async function getProjectPreview(
  db: Database,
  id: number,
  locale: Locale,
): Promise<ProjectRow | null> {
  return projectDetail(db, sql`pj.id = ${id}`, locale);
}

async function projectDetail(db: Database, where: SQL, locale: Locale): Promise<ProjectRow | null> {
  const [row] = await rowsOf<Omit<ProjectRow, 'series'>>(
    db,
    sql`SELECT ${summaryColumns(locale)}, t.description, ${isoUtc('pj.updated_at')} AS "updatedAt",
        (SELECT coalesce(json_agg(json_build_object('slug', o.slug, 'kind', o.kind, 'name', ot.name,
            'role', pp.role, 'websiteUrl', o.website_url, 'logo', ${mediaJsonById(sql`o.logo_media_id`, locale)})
            ORDER BY pp.role, o.slug), '[]'::json)
          FROM project_partners pp JOIN organizations o ON o.id = pp.organization_id
          JOIN LATERAL ${bestTranslation({ table: 'organization_translations', foreignKey: 'organization_id', parentId: 'o.id', columns: 'x.name', locale })} ot ON true
          WHERE pp.project_id = pj.id AND ${publiclyVisible('o')}) AS partners,
        (SELECT count(*)::int FROM ${publicEventIds} ids) AS "eventCount",
        ${participantTotalsJson(publicEventIds)} AS participants
      FROM projects pj ${translationJoin(locale)}
      WHERE ${where}`,
  );
  if (!row) return null;
  return { ...row, series: await eventSeriesOfProject(db, row.id, locale) };
}

export interface ProjectLocationRow {
  slug: string;
  availableLocales: Locale[];
  /** The later of the last edit and the publication. */
  lastModified: string;
}

/** Every public project and initiative with the locales it exists in (for sitemaps). */
export async function listProjectLocations(db: Database): Promise<ProjectLocationRow[]> {
  return rowsOf<ProjectLocationRow>(
    db,
    sql`SELECT pj.slug,
        ${availableLocales({ table: 'project_translations', foreignKey: 'project_id', parentId: 'pj.id' })} AS "availableLocales",
        ${isoUtc(sql`greatest(pj.updated_at, pj.publish_at)`)} AS "lastModified"
      FROM projects pj
      WHERE ${publiclyVisible('pj')} AND EXISTS (SELECT 1 FROM project_translations x WHERE x.project_id = pj.id)
      ORDER BY ${ORDER}`,
  );
}

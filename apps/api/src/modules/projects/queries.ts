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
import { articleRefsOfProject } from '../articles/refs.js';
import { suppressSmallCounts } from '../stats/suppression.js';
import { groupLinksJson } from './refs.js';
import {
  PROJECT_ARTICLES_SHOWN,
  type Project,
  type ProjectListQuery,
  type ProjectParticipants,
  type ProjectSummary,
} from './schemas.js';

type ProjectSummaryRow = Static<typeof ProjectSummary>;
type ProjectRow = Static<typeof Project>;
type ParticipantsShown = Static<typeof ProjectParticipants>;
type RawCounts = Omit<ParticipantsShown, 'suppressed'>;

/** Ids of the public events of project `pj`. */
const publicEventIds = sql`(SELECT epj.event_id FROM event_projects epj JOIN events e ON e.id = epj.event_id
  WHERE epj.project_id = pj.id AND ${publiclyVisible('e')})`;

function translationJoin(locale: Locale): SQL {
  return sql`JOIN LATERAL ${bestTranslation({
    table: 'project_translations',
    foreignKey: 'project_id',
    parentId: 'pj.id',
    columns: 'x.title, x.summary, x.description, x.goal',
    locale,
  })} t ON true`;
}

/** Columns every project answer carries; `pj` is the project, `t` its translation. */
function summaryColumns(locale: Locale): SQL {
  // Dates as text: node-postgres would turn a DATE into a local-midnight Date object.
  return sql`pj.id, pj.slug, pj.kind, t.locale, t.title, t.summary,
    ${availableLocales({ table: 'project_translations', foreignKey: 'project_id', parentId: 'pj.id' })} AS "availableLocales",
    to_char(pj.starts_on, 'YYYY-MM-DD') AS "startsOn", to_char(pj.ends_on, 'YYYY-MM-DD') AS "endsOn",
    CASE WHEN pj.budget_amount IS NULL THEN NULL
      ELSE json_build_object('amount', pj.budget_amount, 'currency', pj.budget_currency) END AS budget,
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

/** Public partners of project `pj`, optionally only those in one role, as a JSON array. */
function partnersJson(locale: Locale, role?: 'funder'): SQL {
  const name = bestTranslation({
    table: 'organization_translations',
    foreignKey: 'organization_id',
    parentId: 'o.id',
    columns: 'x.name',
    locale,
  });
  return sql`(SELECT coalesce(json_agg(json_build_object('slug', o.slug, 'kind', o.kind, 'name', ot.name,
      ${role ? sql`` : sql`'role', pp.role,`} 'websiteUrl', o.website_url,
      'logo', ${mediaJsonById(sql`o.logo_media_id`, locale)}) ORDER BY pp.role, o.slug), '[]'::json)
    FROM project_partners pp JOIN organizations o ON o.id = pp.organization_id
    JOIN LATERAL ${name} ot ON true
    WHERE pp.project_id = pj.id AND ${publiclyVisible('o')} ${role ? sql`AND pp.role = ${role}` : sql``})`;
}

/** Phases of project `pj` in order, as a JSON array. */
const phasesJson = sql`(SELECT coalesce(json_agg(json_build_object('label', ph.label,
    'startsOn', to_char(ph.starts_on, 'YYYY-MM-DD'), 'endsOn', to_char(ph.ends_on, 'YYYY-MM-DD'))
    ORDER BY ph.position), '[]'::json)
  FROM project_phases ph WHERE ph.project_id = pj.id)`;

/** Indicators of project `pj` in order, each in its best translation, as a JSON array. */
function indicatorsJson(locale: Locale): SQL {
  const words = bestTranslation({
    table: 'project_indicator_translations',
    foreignKey: 'indicator_id',
    parentId: 'i.id',
    columns: 'x.label, x.unit',
    locale,
  });
  return sql`(SELECT coalesce(json_agg(json_build_object('label', it.label, 'value', i.value, 'unit', it.unit)
      ORDER BY i.position), '[]'::json)
    FROM project_indicators i JOIN LATERAL ${words} it ON true WHERE i.project_id = pj.id)`;
}

/**
 * Project totals are the same aggregates as the public statistics grouped by project, so they
 * are withheld by the same rule (stats/suppression.ts); a group no event reported stays null.
 */
function shownParticipants(raw: RawCounts): ParticipantsShown {
  const n = (v: number | null) => Number(v ?? 0);
  const shown = suppressSmallCounts({
    key: null,
    label: null,
    events: 0,
    eventsWithCounts: 0,
    women: n(raw.women),
    girls: n(raw.girls),
    men: n(raw.men),
    boys: n(raw.boys),
    unspecified: n(raw.unspecified),
    total: n(raw.total),
  });
  const figure = (f: keyof RawCounts) => (raw[f] === null ? null : shown[f]);
  return {
    women: figure('women'),
    girls: figure('girls'),
    men: figure('men'),
    boys: figure('boys'),
    unspecified: figure('unspecified'),
    total: figure('total'),
    suppressed: shown.suppressed,
  };
}

type DetailRow = Omit<ProjectRow, 'series' | 'articles' | 'participants'> & {
  participants: RawCounts;
};

async function projectDetail(db: Database, where: SQL, locale: Locale): Promise<ProjectRow | null> {
  const [row] = await rowsOf<DetailRow>(
    db,
    sql`SELECT ${summaryColumns(locale)}, t.description, t.goal, ${isoUtc('pj.updated_at')} AS "updatedAt",
        ${partnersJson(locale)} AS partners,
        ${partnersJson(locale, 'funder')} AS donors,
        ${phasesJson} AS phases,
        ${indicatorsJson(locale)} AS indicators,
        (SELECT count(*)::int FROM ${publicEventIds} ids) AS "eventCount",
        ${participantTotalsJson(publicEventIds)} AS participants,
        ${groupLinksJson({ linkTable: 'community_group_projects', ownerColumn: 'project_id', ownerId: sql`pj.id`, locale })} AS groups
      FROM projects pj ${translationJoin(locale)}
      WHERE ${where}`,
  );
  if (!row) return null;
  return {
    ...row,
    participants: shownParticipants(row.participants),
    series: await eventSeriesOfProject(db, row.id, locale),
    articles: (await articleRefsOfProject(
      db,
      row.id,
      locale,
      PROJECT_ARTICLES_SHOWN,
    )) as ProjectRow['articles'],
  };
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

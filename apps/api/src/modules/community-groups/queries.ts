import { sql, type SQL } from 'drizzle-orm';
import type { Static } from 'typebox';
import type { Database } from '../../db/client.js';
import type { CommunityGroupKind } from '../../db/schema/community-groups.js';
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
import { pathIds, placeNameJoin, placeWithPathJson, placesCalled } from '../places/sql.js';
import type {
  CommunityGroup,
  CommunityGroupListFilters,
  CommunityGroupListQuery,
  CommunityGroupSummary,
} from './schemas.js';

type SummaryRow = Static<typeof CommunityGroupSummary>;
type GroupRow = Static<typeof CommunityGroup>;

function translationJoin(locale: Locale, alias = 'g', into = 't'): SQL {
  return sql`JOIN LATERAL ${bestTranslation({
    table: 'community_group_translations',
    foreignKey: 'group_id',
    parentId: `${alias}.id`,
    columns: 'x.name, x.activities, x.business, x.description',
    locale,
  })} ${sql.raw(into)} ON true`;
}

function nameOf(
  table: string,
  foreignKey: string,
  parentId: string,
  locale: Locale,
  column: string,
) {
  return sql`(SELECT y.${sql.raw(column)} FROM ${bestTranslation({ table, foreignKey, parentId, columns: `x.${column}`, locale })} y)`;
}

/** The coordinates of group `g`: its own, else its place's; null when neither has them. */
const latitudeOf = sql`coalesce(g.latitude, (SELECT p.latitude FROM places p WHERE p.id = g.place_id))`;
const longitudeOf = sql`coalesce(g.longitude, (SELECT p.longitude FROM places p WHERE p.id = g.place_id))`;

/** Columns of every group answer; `g` is the group, `t` its chosen translation. */
function summaryColumns(locale: Locale): SQL {
  return sql`g.id, g.slug, g.kind, t.locale, t.name,
    ${availableLocales({ table: 'community_group_translations', foreignKey: 'group_id', parentId: 'g.id' })} AS "availableLocales",
    ${placeWithPathJson(sql`g.place_id`, locale)} AS place,
    (SELECT json_build_object('latitude', la, 'longitude', lo)
      FROM (SELECT ${latitudeOf} AS la, ${longitudeOf} AS lo) c
      WHERE la IS NOT NULL AND lo IS NOT NULL) AS coordinates,
    g.founded_year AS "foundedYear", g.member_count AS "memberCount",
    g.activity_status AS "activityStatus", ${mediaJsonById(sql`g.cover_media_id`, locale)} AS cover`;
}

export interface CommunityGroupFilters {
  kind?: CommunityGroupKind | undefined;
  place?: string | undefined;
  project?: string | undefined;
  status?: 'active' | 'closed' | undefined;
  q?: string | undefined;
}

/**
 * What the list's filters select, on groups aliased `g`: public groups matching every filter
 * given. The GeoJSON feed and the group statistics use the same conditions.
 */
export function communityGroupConditions(f: CommunityGroupFilters): SQL[] {
  const conditions: SQL[] = [publiclyVisible('g')];
  if (f.kind) conditions.push(sql`g.kind = ${f.kind}`);
  if (f.status) conditions.push(sql`g.activity_status = ${f.status}`);
  if (f.place) {
    conditions.push(sql`g.place_id IN (SELECT d.id FROM places d, places p
      WHERE p.slug = ${f.place} AND d.path LIKE p.path || '%')`);
  }
  if (f.project) {
    conditions.push(sql`EXISTS (SELECT 1 FROM community_group_projects gp JOIN projects pj ON pj.id = gp.project_id
      WHERE gp.group_id = g.id AND pj.slug = ${f.project} AND ${publiclyVisible('pj')})`);
  }
  if (f.q) {
    // strpos rather than ILIKE, so that `%` and `_` typed by a user are plain characters.
    conditions.push(sql`(EXISTS (SELECT 1 FROM community_group_translations st WHERE st.group_id = g.id
        AND strpos(lower(st.name), lower(${f.q})) > 0)
      OR g.place_id IN ${placesCalled(f.q)})`);
  }
  return conditions;
}

export async function listCommunityGroups(
  db: Database,
  f: CommunityGroupListQuery & { locale: Locale },
): Promise<Page<SummaryRow>> {
  const where = sql.join(communityGroupConditions(f), sql` AND `);
  const order = sql`lower(t.name), g.id`;
  const rows = await rowsOf<SummaryRow & { total: number }>(
    db,
    sql`WITH page AS (
        SELECT g.id, row_number() OVER (ORDER BY ${order}) AS n, count(*) OVER ()::int AS total
        FROM community_groups g ${translationJoin(f.locale)} WHERE ${where}
        ORDER BY ${order} LIMIT ${f.pageSize} OFFSET ${offsetOf(f.page, f.pageSize)})
      SELECT page.total, ${summaryColumns(f.locale)}
      FROM page JOIN community_groups g ON g.id = page.id ${translationJoin(f.locale)}
      ORDER BY page.n`,
  );
  const total = rows[0]?.total ?? (await countGroups(db, where));
  return { items: rows, total };
}

async function countGroups(db: Database, where: SQL): Promise<number> {
  const [row] = await rowsOf<{ n: number }>(
    db,
    sql`SELECT count(*)::int AS n FROM community_groups g WHERE ${where}`,
  );
  return row?.n ?? 0;
}

/** Public groups linked through `link` (member or association side), as refs. */
function groupRefs(locale: Locale, join: SQL): SQL {
  return sql`(SELECT coalesce(json_agg(json_build_object('slug', o.slug, 'kind', o.kind,
      'name', ${nameOf('community_group_translations', 'group_id', 'o.id', locale, 'name')},
      'placeName', ${nameOf('place_translations', 'place_id', 'o.place_id', locale, 'name')})
      ORDER BY o.slug), '[]'::json)
    FROM community_group_members m JOIN community_groups o ON ${join}
    WHERE ${publiclyVisible('o')})`;
}

/** A published group by its slug. */
export async function getCommunityGroupBySlug(
  db: Database,
  slug: string,
  locale: Locale,
): Promise<GroupRow | null> {
  return groupDetail(db, sql`g.slug = ${slug} AND ${publiclyVisible('g')}`, locale);
}

/** Any group, published or not, as its public page would show it (staff preview). */
export async function getCommunityGroupPreview(
  db: Database,
  id: number,
  locale: Locale,
): Promise<GroupRow | null> {
  return groupDetail(db, sql`g.id = ${id}`, locale);
}

async function groupDetail(db: Database, where: SQL, locale: Locale): Promise<GroupRow | null> {
  const [row] = await rowsOf<GroupRow>(
    db,
    sql`SELECT ${summaryColumns(locale)}, t.activities, t.business, t.description,
        CASE WHEN g.leader_name_public THEN g.leader_name END AS "leaderName",
        ${isoUtc('g.updated_at')} AS "updatedAt",
        (SELECT coalesce(json_agg(json_build_object('amount', gr.amount::text, 'currency', gr.currency,
            'funder', (SELECT json_build_object('slug', o.slug, 'kind', o.kind,
                'name', ${nameOf('organization_translations', 'organization_id', 'o.id', locale, 'name')})
              FROM organizations o WHERE o.id = gr.funder_organization_id AND ${publiclyVisible('o')}),
            'funderName', gr.funder_name, 'year', gr.year, 'purpose', gr.purpose)
            ORDER BY gr.position, gr.id), '[]'::json)
          FROM community_group_grants gr WHERE gr.group_id = g.id) AS grants,
        ${groupRefs(locale, sql`o.id = m.member_id AND m.association_id = g.id`)} AS "memberGroups",
        ${groupRefs(locale, sql`o.id = m.association_id AND m.member_id = g.id`)} AS associations,
        (SELECT coalesce(json_agg(json_build_object('slug', pj.slug, 'kind', pj.kind,
            'title', ${nameOf('project_translations', 'project_id', 'pj.id', locale, 'title')}) ORDER BY pj.kind, pj.slug), '[]'::json)
          FROM community_group_projects gp JOIN projects pj ON pj.id = gp.project_id
          WHERE gp.group_id = g.id AND ${publiclyVisible('pj')}) AS projects,
        (SELECT coalesce(json_agg(json_build_object('slug', e.slug,
            'title', ${nameOf('event_translations', 'event_id', 'e.id', locale, 'title')},
            'startsAt', ${isoUtc('e.starts_at')})
            ORDER BY e.starts_at DESC NULLS LAST, e.series_position NULLS LAST, e.id), '[]'::json)
          FROM community_group_events ge JOIN events e ON e.id = ge.event_id
          WHERE ge.group_id = g.id AND ${publiclyVisible('e')}) AS events,
        (SELECT coalesce(json_agg(json_build_object('slug', at.slug, 'title', at.title, 'locale', at.locale,
            'publishedAt', ${isoUtc('a.publish_at')}) ORDER BY a.publish_at DESC, a.id DESC), '[]'::json)
          FROM article_community_groups ag JOIN articles a ON a.id = ag.article_id
          JOIN LATERAL ${bestTranslation({ table: 'article_translations', foreignKey: 'article_id', parentId: 'a.id', columns: 'x.slug, x.title', locale })} at ON true
          WHERE ag.group_id = g.id AND ${publiclyVisible('a')}) AS articles
      FROM community_groups g ${translationJoin(locale)}
      WHERE ${where}`,
  );
  return row ?? null;
}

export interface CommunityGroupLocationRow {
  slug: string;
  availableLocales: Locale[];
  /** The later of the last edit and the publication. */
  lastModified: string;
}

/** Every public group with the locales it exists in, by slug (for sitemaps). */
export async function listCommunityGroupLocations(
  db: Database,
): Promise<CommunityGroupLocationRow[]> {
  return rowsOf<CommunityGroupLocationRow>(
    db,
    sql`SELECT g.slug,
        ${availableLocales({ table: 'community_group_translations', foreignKey: 'group_id', parentId: 'g.id' })} AS "availableLocales",
        ${isoUtc(sql`greatest(g.updated_at, g.publish_at)`)} AS "lastModified"
      FROM community_groups g
      WHERE ${publiclyVisible('g')}
        AND EXISTS (SELECT 1 FROM community_group_translations x WHERE x.group_id = g.id)
      ORDER BY g.slug`,
  );
}

export interface CommunityGroupFeedRow {
  slug: string;
  locale: Locale;
  name: string;
  kind: CommunityGroupKind;
  activityStatus: 'active' | 'closed';
  foundedYear: number | null;
  memberCount: number | null;
  placeName: string | null;
  latitude: number;
  longitude: number;
}

/**
 * Public groups with coordinates (their own or their place's) for the map, by name, at most
 * `limit`; `total` counts every match that has coordinates.
 */
export async function listCommunityGroupsForMap(
  db: Database,
  f: CommunityGroupListFilters & { locale: Locale },
  limit: number,
): Promise<Page<CommunityGroupFeedRow>> {
  const conditions = communityGroupConditions(f);
  conditions.push(sql`${latitudeOf} IS NOT NULL AND ${longitudeOf} IS NOT NULL`);
  const where = sql.join(conditions, sql` AND `);
  const rows = await rowsOf<CommunityGroupFeedRow & { total: number }>(
    db,
    sql`SELECT count(*) OVER ()::int AS total, g.slug, t.locale, t.name, g.kind,
        g.activity_status AS "activityStatus", g.founded_year AS "foundedYear",
        g.member_count AS "memberCount", pln.name AS "placeName",
        ${latitudeOf} AS latitude, ${longitudeOf} AS longitude
      FROM community_groups g ${translationJoin(f.locale)}
      LEFT JOIN places pl ON pl.id = g.place_id ${placeNameJoin('pl', f.locale)}
      WHERE ${where}
      ORDER BY lower(t.name), g.id
      LIMIT ${limit}`,
  );
  return { items: rows, total: rows[0]?.total ?? 0 };
}

export type GroupStatsGrouping = 'none' | 'kind' | 'region' | 'district';

export interface RawGroupStatsRow {
  key: string | null;
  label: string | null;
  kind: CommunityGroupKind | null;
  groups: number;
  active: number;
  withMemberCount: number;
  memberTotal: number;
}

/** The place on group `g`'s path at `depth` (1: oblast or city, 2: district). */
function ancestorAt(depth: number): SQL {
  return sql`(SELECT pa.id FROM places pl JOIN places pa ON pa.id = ANY(${pathIds('pl.path')})
    WHERE pl.id = g.place_id AND pa.depth = ${depth})`;
}

/**
 * Public groups counted per key of `by` and per kind: one raw row per (key, kind) present,
 * with the number of groups, how many are active, and the sum of their member counts (and how
 * many groups reported one). The stats module shapes and documents the answer.
 */
export async function communityGroupCounts(
  db: Database,
  f: Omit<CommunityGroupFilters, 'q'> & { locale: Locale; groupBy: GroupStatsGrouping },
): Promise<RawGroupStatsRow[]> {
  const where = sql.join(communityGroupConditions(f), sql` AND `);
  const placeKey =
    f.groupBy === 'region'
      ? ancestorAt(1)
      : f.groupBy === 'district'
        ? sql`coalesce(${ancestorAt(2)}, ${ancestorAt(1)})`
        : sql`NULL::int`;
  return rowsOf<RawGroupStatsRow>(
    db,
    sql`WITH k AS (SELECT g.kind, g.activity_status, g.member_count, ${placeKey} AS place_id
          FROM community_groups g WHERE ${where}),
        c AS (SELECT k.place_id, k.kind, count(*)::int AS groups,
            count(*) FILTER (WHERE k.activity_status = 'active')::int AS active,
            count(k.member_count)::int AS "withMemberCount",
            coalesce(sum(k.member_count), 0)::int AS "memberTotal"
          FROM k GROUP BY k.place_id, k.kind)
      SELECT (SELECT p.slug FROM places p WHERE p.id = c.place_id) AS key,
        ${nameOf('place_translations', 'place_id', 'c.place_id', f.locale, 'name')} AS label,
        c.kind, c.groups, c.active, c."withMemberCount", c."memberTotal"
      FROM c ORDER BY c.place_id NULLS LAST, c.kind`,
  );
}

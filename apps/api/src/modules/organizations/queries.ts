import { sql, type SQL } from 'drizzle-orm';
import type { Static } from 'typebox';
import type { Database } from '../../db/client.js';
import type { Locale } from '../../db/schema/common.js';
import type { Page } from '../../shared/list.js';
import {
  availableLocales,
  bestTranslation,
  offsetOf,
  publiclyVisible,
  rowsOf,
} from '../../shared/sql.js';
import { mediaJsonById } from '../media/queries.js';
import { placeWithPathJson } from '../places/sql.js';
import type { Organization, OrganizationListQuery, OrganizationSummary } from './schemas.js';

export type OrganizationSummaryRow = Static<typeof OrganizationSummary>;
type OrganizationRow = Static<typeof Organization>;

function translation(locale: Locale): SQL {
  return bestTranslation({
    table: 'organization_translations',
    foreignKey: 'organization_id',
    parentId: 'o.id',
    columns: 'x.name, x.short_name, x.description',
    locale,
  });
}

/** Columns every organization answer carries; `o` is the organization, `t` its translation. */
function summaryColumns(locale: Locale): SQL {
  return sql`o.id, o.slug, o.kind, t.locale, t.name, t.short_name AS "shortName", t.description,
    ${availableLocales({ table: 'organization_translations', foreignKey: 'organization_id', parentId: 'o.id' })} AS "availableLocales",
    o.website_url AS "websiteUrl", ${mediaJsonById(sql`o.logo_media_id`, locale)} AS logo`;
}

/**
 * Substring match on the name or short name of any translation. strpos rather than ILIKE, so
 * that `%` and `_` typed by a user are plain characters.
 */
function nameContains(q: string): SQL {
  return sql`EXISTS (SELECT 1 FROM organization_translations st WHERE st.organization_id = o.id
    AND (strpos(lower(st.name), lower(${q})) > 0 OR strpos(lower(coalesce(st.short_name, '')), lower(${q})) > 0))`;
}

export async function listOrganizations(
  db: Database,
  f: OrganizationListQuery & { locale: Locale },
): Promise<Page<OrganizationSummaryRow>> {
  const conditions: SQL[] = [publiclyVisible('o')];
  if (f.kind) conditions.push(sql`o.kind = ${f.kind}`);
  if (f.footer !== undefined) conditions.push(sql`o.show_in_footer = ${f.footer}`);
  if (f.q) conditions.push(nameContains(f.q));
  const where = sql.join(conditions, sql` AND `);
  // The footer is an ordered strip of logos; everything else reads best alphabetically.
  const order = f.footer ? sql`o.footer_order, o.id` : sql`lower(t.name) NULLS LAST, o.id`;

  const rows = await rowsOf<OrganizationSummaryRow & { total: number }>(
    db,
    sql`WITH page AS (
        SELECT o.id, row_number() OVER (ORDER BY ${order}) AS n, count(*) OVER ()::int AS total
        FROM organizations o LEFT JOIN LATERAL ${translation(f.locale)} t ON true WHERE ${where}
        ORDER BY ${order} LIMIT ${f.pageSize} OFFSET ${offsetOf(f.page, f.pageSize)})
      SELECT page.total, ${summaryColumns(f.locale)}
      FROM page JOIN organizations o ON o.id = page.id JOIN LATERAL ${translation(f.locale)} t ON true
      ORDER BY page.n`,
  );
  const total = rows[0]?.total ?? (await countOrganizations(db, where));
  return { items: rows, total };
}

async function countOrganizations(db: Database, where: SQL): Promise<number> {
  const [row] = await rowsOf<{ n: number }>(
    db,
    sql`SELECT count(*)::int AS n FROM organizations o WHERE ${where}`,
  );
  return row?.n ?? 0;
}

/** The public organizations shown in the site footer (donors' logos), in footer order. */
export async function listFooterOrganizations(
  db: Database,
  locale: Locale,
): Promise<OrganizationSummaryRow[]> {
  return rowsOf<OrganizationSummaryRow>(
    db,
    sql`SELECT ${summaryColumns(locale)}
      FROM organizations o JOIN LATERAL ${translation(locale)} t ON true
      WHERE o.show_in_footer AND ${publiclyVisible('o')}
      ORDER BY o.footer_order, o.id`,
  );
}

export async function getOrganizationBySlug(
  db: Database,
  slug: string,
  locale: Locale,
): Promise<OrganizationRow | null> {
  const [row] = await rowsOf<OrganizationRow>(
    db,
    sql`SELECT ${summaryColumns(locale)},
        ${placeWithPathJson(sql`o.place_id`, locale)} AS place,
        (SELECT coalesce(json_agg(json_build_object('slug', pj.slug, 'kind', pj.kind, 'title', pt.title,
            'role', pp.role) ORDER BY pj.starts_on DESC NULLS LAST, pj.id, pp.role), '[]'::json)
          FROM project_partners pp JOIN projects pj ON pj.id = pp.project_id
          JOIN LATERAL ${bestTranslation({ table: 'project_translations', foreignKey: 'project_id', parentId: 'pj.id', columns: 'x.title', locale })} pt ON true
          WHERE pp.organization_id = o.id AND ${publiclyVisible('pj')}) AS projects,
        (SELECT count(DISTINCT ep.event_id)::int FROM event_partners ep JOIN events e ON e.id = ep.event_id
          WHERE ep.organization_id = o.id AND ${publiclyVisible('e')}) AS "eventCount"
      FROM organizations o JOIN LATERAL ${translation(locale)} t ON true
      WHERE o.slug = ${slug} AND ${publiclyVisible('o')}`,
  );
  return row ?? null;
}

import { sql, type SQL } from 'drizzle-orm';
import type { Static } from 'typebox';
import type { Database } from '../../db/client.js';
import type { Locale } from '../../db/schema/common.js';
import { availableLocales, publiclyVisible, rowsOf } from '../../shared/sql.js';
import { pathIds, placeNameJoin, placeWithPathJson } from './sql.js';
import type { Place, PlaceListQuery, PlaceNode } from './schemas.js';

type PlaceNodeRow = Static<typeof PlaceNode>;
type PlaceRow = Static<typeof Place>;

/**
 * Name and language of place `alias`, whose name join is `<alias>n`. A place nobody named yet
 * keeps its slug, so the tree never loses a node that others hang from.
 */
function nameColumns(alias: string, locale: Locale): SQL {
  const n = sql.raw(`${alias}n`);
  const p = sql.raw(alias);
  return sql`coalesce(${n}.locale, ${locale}) AS locale, coalesce(${n}.name, ${p}.slug) AS name`;
}

const factColumns = sql`p.latitude, p.longitude, to_json(p.aliases) AS aliases`;

/**
 * The place tree as a flat list, depth first: ordering by the numeric ids of the path puts
 * every place right after its parent and before its parent's next sibling.
 */
export async function listPlaces(
  db: Database,
  f: PlaceListQuery & { locale: Locale },
): Promise<PlaceNodeRow[]> {
  const conditions: SQL[] = [];
  if (f.under) {
    conditions.push(
      sql`p.path LIKE (SELECT u.path FROM places u WHERE u.slug = ${f.under}) || '%'`,
    );
  }
  if (f.kind) conditions.push(sql`p.kind = ${f.kind}`);
  return rowsOf<PlaceNodeRow>(
    db,
    sql`SELECT p.slug, p.kind, parent.slug AS parent, p.depth, ${nameColumns('p', f.locale)}, ${factColumns}
      FROM places p LEFT JOIN places parent ON parent.id = p.parent_id ${placeNameJoin('p', f.locale)}
      ${conditions.length > 0 ? sql`WHERE ${sql.join(conditions, sql` AND `)}` : sql``}
      ORDER BY ${pathIds('p.path')}`,
  );
}

/** Public events placed at a place whose id the subquery `placeIds` selects. */
function publicEventCount(placeIds: SQL): SQL {
  return sql`(SELECT count(*)::int FROM events e WHERE e.place_id IN ${placeIds} AND ${publiclyVisible('e')})`;
}

export async function getPlaceBySlug(
  db: Database,
  slug: string,
  locale: Locale,
): Promise<PlaceRow | null> {
  const [row] = await rowsOf<PlaceRow>(
    db,
    sql`SELECT p.slug, p.kind, ${nameColumns('p', locale)}, ${factColumns},
        coalesce(${availableLocales({ table: 'place_translations', foreignKey: 'place_id', parentId: 'p.id' })}, '[]'::json) AS "availableLocales",
        ${placeWithPathJson(sql`p.id`, locale)}->'path' AS path,
        (SELECT coalesce(json_agg(json_build_object('slug', c.slug, 'kind', c.kind, 'name', coalesce(cn.name, c.slug))
            ORDER BY lower(coalesce(cn.name, c.slug)), c.id), '[]'::json)
          FROM places c ${placeNameJoin('c', locale)} WHERE c.parent_id = p.id) AS children,
        ${publicEventCount(sql`(SELECT d.id FROM places d WHERE d.path LIKE p.path || '%')`)} AS "eventCount",
        ${publicEventCount(sql`(p.id)`)} AS "eventCountHere"
      FROM places p ${placeNameJoin('p', locale)}
      WHERE p.slug = ${slug}`,
  );
  return row ?? null;
}

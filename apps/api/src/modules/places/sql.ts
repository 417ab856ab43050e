import { sql, type SQL } from 'drizzle-orm';
import type { Locale } from '../../db/schema/common.js';
import { bestTranslation } from '../../shared/sql.js';

/** JOIN for the best name of place `alias`, exposed as `<alias>n.name`. */
export function placeNameJoin(alias: string, locale: Locale): SQL {
  return sql`LEFT JOIN LATERAL ${bestTranslation({
    table: 'place_translations',
    foreignKey: 'place_id',
    parentId: `${alias}.id`,
    columns: 'x.name',
    locale,
  })} ${sql.raw(`${alias}n`)} ON true`;
}

/** The ids on a place's path, root first, from its materialized `path` ('/1/4/9/'). */
export function pathIds(pathExpression: string): SQL {
  return sql.raw(`string_to_array(trim(both '/' from ${pathExpression}), '/')::int[]`);
}

/**
 * A scalar subquery: the place with this id as { slug, kind, name, path: [...] }, where path
 * runs from the country down to the place itself; NULL when there is none.
 */
export function placeWithPathJson(placeId: SQL, locale: Locale): SQL {
  return sql`(SELECT json_build_object('slug', pl.slug, 'kind', pl.kind, 'name', coalesce(pln.name, pl.slug),
      'path', (SELECT json_agg(json_build_object('slug', pa.slug, 'kind', pa.kind, 'name', coalesce(pan.name, pa.slug)) ORDER BY pa.depth)
        FROM places pa ${placeNameJoin('pa', locale)} WHERE pa.id = ANY(${pathIds('pl.path')})))
    FROM places pl ${placeNameJoin('pl', locale)} WHERE pl.id = ${placeId})`;
}

/**
 * A subquery: ids of the places called `name` (any locale's name, the slug or a spelling
 * variant, case-insensitively) and of every place under them.
 */
export function placesCalled(name: string): SQL {
  return sql`(SELECT d.id FROM places p JOIN places d ON d.path LIKE p.path || '%'
    WHERE lower(p.slug) = lower(${name})
      OR lower(${name}) = ANY (SELECT lower(a) FROM unnest(p.aliases) a)
      OR EXISTS (SELECT 1 FROM place_translations pt WHERE pt.place_id = p.id AND lower(pt.name) = lower(${name})))`;
}

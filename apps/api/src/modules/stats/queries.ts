import { sql, type SQL } from 'drizzle-orm';
import type { Database } from '../../db/client.js';
import type { Locale } from '../../db/schema/common.js';
import { bestTranslation, publiclyVisible, rowsOf } from '../../shared/sql.js';
import { pathIds } from '../places/sql.js';
import { dateRangeConditions, eventFilterConditions } from '../events/filters.js';
import type { ImpactGrouping, ImpactQuery } from './schemas.js';

export interface RawImpactRow {
  key: string | null;
  label: string | null;
  events: number;
  eventsWithCounts: number;
  women: number;
  girls: number;
  men: number;
  boys: number;
  unspecified: number;
  total: number;
}

function nameOf(
  table: string,
  foreignKey: string,
  id: string,
  column: string,
  locale: Locale,
): SQL {
  return sql`(SELECT y.${sql.raw(column)} FROM ${bestTranslation({ table, foreignKey, parentId: id, columns: `x.${column}`, locale })} y)`;
}

/** The place on an event's path at `depth` (1: oblast or city, 2: district). */
function ancestorAt(depth: number): SQL {
  return sql`(SELECT pa.id FROM places pl JOIN places pa ON pa.id = ANY(${pathIds('pl.path')})
    WHERE pl.id = ev.place_id AND pa.depth = ${depth})`;
}

/**
 * How each grouping keys an event: `keyed` yields (event_id, key_id or key_text); `label`
 * resolves a key to its slug and localized name once per group, not once per event.
 */
function grouping(by: ImpactGrouping, locale: Locale): { keyed: SQL; key: SQL; label: SQL } {
  const placeKey = (keyId: SQL) => ({
    keyed: sql`SELECT ev.id AS event_id, ${keyId} AS key_id, NULL::text AS key_text FROM ev`,
    key: sql`(SELECT p.slug FROM places p WHERE p.id = g.key_id)`,
    label: nameOf('place_translations', 'place_id', 'g.key_id', 'name', locale),
  });
  switch (by) {
    case 'region':
      return placeKey(ancestorAt(1));
    case 'district':
      return placeKey(sql`coalesce(${ancestorAt(2)}, ${ancestorAt(1)})`);
    case 'year':
      return {
        keyed: sql`SELECT ev.id AS event_id, NULL::int AS key_id,
          extract(year FROM ev.starts_at AT TIME ZONE ev.time_zone)::int::text AS key_text FROM ev`,
        key: sql`g.key_text`,
        label: sql`g.key_text`,
      };
    case 'format':
      return {
        keyed: sql`SELECT ev.id AS event_id, NULL::int AS key_id, ev.format::text AS key_text FROM ev`,
        key: sql`g.key_text`,
        label: sql`g.key_text`,
      };
    case 'project':
      return {
        keyed: sql`SELECT ev.id AS event_id, pj.id AS key_id, NULL::text AS key_text FROM ev
          LEFT JOIN (event_projects epj JOIN projects pj ON pj.id = epj.project_id AND ${publiclyVisible('pj')})
            ON epj.event_id = ev.id`,
        key: sql`(SELECT pj.slug FROM projects pj WHERE pj.id = g.key_id)`,
        label: nameOf('project_translations', 'project_id', 'g.key_id', 'title', locale),
      };
    case 'partner':
      return {
        keyed: sql`SELECT DISTINCT ev.id AS event_id, o.id AS key_id, NULL::text AS key_text FROM ev
          LEFT JOIN (event_partners ep JOIN organizations o ON o.id = ep.organization_id AND ${publiclyVisible('o')})
            ON ep.event_id = ev.id`,
        key: sql`(SELECT o.slug FROM organizations o WHERE o.id = g.key_id)`,
        label: nameOf('organization_translations', 'organization_id', 'g.key_id', 'name', locale),
      };
    case 'none':
      return {
        keyed: sql`SELECT ev.id AS event_id, NULL::int AS key_id, NULL::text AS key_text FROM ev`,
        key: sql`NULL::text`,
        label: sql`NULL::text`,
      };
  }
}

const sumOf = (group: string) =>
  sql`coalesce(sum(pc.count) FILTER (WHERE pc.group = ${group}), 0)::int AS ${sql.raw(group)}`;

/** Participant totals of public events, grouped; raw sums before small-number suppression. */
export async function impactByGroup(
  db: Database,
  f: ImpactQuery & { locale: Locale },
): Promise<{ rows: RawImpactRow[]; totals: RawImpactRow }> {
  const conditions = [
    publiclyVisible('e'),
    ...eventFilterConditions('e', f),
    ...dateRangeConditions(sql`e.starts_at`, f.from, f.to),
  ];
  const { keyed, key, label } = grouping(f.groupBy, f.locale);
  const figures = sql`count(DISTINCT k.event_id)::int AS events,
    count(DISTINCT pc.event_id)::int AS "eventsWithCounts",
    ${sumOf('women')}, ${sumOf('girls')}, ${sumOf('men')}, ${sumOf('boys')}, ${sumOf('unspecified')},
    coalesce(sum(pc.count), 0)::int AS total`;
  const rows = await rowsOf<RawImpactRow & { is_total: boolean }>(
    db,
    sql`WITH ev AS (SELECT e.id, e.place_id, e.starts_at, e.time_zone, e.format FROM events e
          WHERE ${sql.join(conditions, sql` AND `)}),
        k AS (${keyed}),
        g AS (SELECT k.key_id, k.key_text, ${figures}
          FROM k LEFT JOIN participant_counts pc ON pc.event_id = k.event_id
          GROUP BY k.key_id, k.key_text)
      SELECT false AS is_total, ${key} AS key, ${label} AS label, g.events, g."eventsWithCounts",
          g.women, g.girls, g.men, g.boys, g.unspecified, g.total
        FROM g
      UNION ALL
      SELECT true, NULL, NULL, ${figures}
        FROM (SELECT ev.id AS event_id FROM ev) k LEFT JOIN participant_counts pc ON pc.event_id = k.event_id
      ORDER BY 1, 11 DESC, 3 NULLS LAST`,
  );
  const totals = rows.find((r) => r.is_total);
  return {
    rows: rows.filter((r) => !r.is_total && (f.groupBy !== 'none' || r.events > 0)),
    totals: totals ?? {
      key: null,
      label: null,
      events: 0,
      eventsWithCounts: 0,
      women: 0,
      girls: 0,
      men: 0,
      boys: 0,
      unspecified: 0,
      total: 0,
    },
  };
}

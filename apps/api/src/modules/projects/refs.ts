import { sql, type SQL } from 'drizzle-orm';
import { Type } from 'typebox';
import { COMMUNITY_GROUP_KINDS } from '../../db/schema/community-groups.js';
import type { Locale } from '../../db/schema/common.js';
import { Nullable } from '../../shared/schemas.js';
import { bestTranslation, publiclyVisible } from '../../shared/sql.js';

/**
 * Small references to linked items that project, article and event pages show: published
 * community groups (through a link table) and the projects an article belongs to. Only the
 * columns a link needs; the items' own pages carry the rest.
 */

export const CommunityGroupLink = Type.Object(
  {
    slug: Type.String(),
    kind: Type.Enum(COMMUNITY_GROUP_KINDS),
    name: Type.String(),
    placeName: Nullable(Type.String({ description: 'The village or town, in the served locale' })),
  },
  { title: 'CommunityGroupLink', description: 'A published community group, linked' },
);

/**
 * A scalar subquery: the published groups linked to one item through `linkTable` (a table with
 * `group_id` and `ownerColumn`), as a JSON array of CommunityGroupLink, by name.
 */
export function groupLinksJson(opts: {
  linkTable: 'community_group_projects' | 'article_community_groups' | 'community_group_events';
  ownerColumn: 'project_id' | 'article_id' | 'event_id';
  ownerId: SQL;
  locale: Locale;
}): SQL {
  const name = bestTranslation({
    table: 'community_group_translations',
    foreignKey: 'group_id',
    parentId: 'g.id',
    columns: 'x.name',
    locale: opts.locale,
  });
  const place = bestTranslation({
    table: 'place_translations',
    foreignKey: 'place_id',
    parentId: 'g.place_id',
    columns: 'x.name',
    locale: opts.locale,
  });
  return sql`(SELECT coalesce(json_agg(json_build_object('slug', g.slug, 'kind', g.kind,
        'name', gn.name, 'placeName', gp.name) ORDER BY gn.name, g.slug), '[]'::json)
    FROM ${sql.raw(opts.linkTable)} l JOIN community_groups g ON g.id = l.group_id
    JOIN LATERAL ${name} gn ON true LEFT JOIN LATERAL ${place} gp ON true
    WHERE l.${sql.raw(opts.ownerColumn)} = ${opts.ownerId} AND ${publiclyVisible('g')})`;
}

/**
 * A scalar subquery: the published projects of an article, linked to it directly or through a
 * public event it reports on, as a JSON array of { slug, kind, title } (ProjectRef).
 */
export function projectRefsOfArticleJson(articleId: SQL, locale: Locale): SQL {
  const title = bestTranslation({
    table: 'project_translations',
    foreignKey: 'project_id',
    parentId: 'pj.id',
    columns: 'x.title',
    locale,
  });
  return sql`(SELECT coalesce(json_agg(json_build_object('slug', pj.slug, 'kind', pj.kind, 'title', pt.title)
        ORDER BY pj.kind, pj.slug), '[]'::json)
    FROM projects pj JOIN LATERAL ${title} pt ON true
    WHERE ${publiclyVisible('pj')} AND (
      pj.id IN (SELECT ap.project_id FROM article_projects ap WHERE ap.article_id = ${articleId})
      OR pj.id IN (SELECT epj.project_id FROM article_events ae JOIN events e ON e.id = ae.event_id
        JOIN event_projects epj ON epj.event_id = e.id
        WHERE ae.article_id = ${articleId} AND ${publiclyVisible('e')})))`;
}

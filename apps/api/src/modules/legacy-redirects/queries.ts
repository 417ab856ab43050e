import { sql } from 'drizzle-orm';
import type { Database } from '../../db/client.js';
import type { Locale } from '../../db/schema/common.js';
import { publiclyVisible, rowsOf } from '../../shared/sql.js';

/**
 * Where an old address now lives. One read over the item tables (slugs and visibility only):
 * the cross-module lookup is kept here, in one query, rather than spread over four modules.
 */

interface Target {
  entityType: string;
  locale: Locale | null;
  slug: string | null;
}

const SECTIONS: Record<string, string> = { article: 'news', page: 'pages', project: 'projects' };

function urlOf(t: Target, fallbackLocale: Locale): string | null {
  if (!t.slug) return null;
  const locale = t.locale ?? fallbackLocale;
  if (t.entityType === 'tag') return `/${locale}/news?tag=${encodeURIComponent(t.slug)}`;
  const section = SECTIONS[t.entityType];
  return section ? `/${locale}/${section}/${t.slug}` : null;
}

/** The public item a (type, id, locale) names, as its slug; null when gone or not public. */
const targetColumns = (alias: string) => {
  const x = sql.raw(alias);
  return sql`${x}.entity_type AS "entityType", ${x}.locale::text AS locale, CASE ${x}.entity_type
    WHEN 'article' THEN (SELECT t.slug FROM articles a JOIN article_translations t ON t.article_id = a.id
      WHERE a.id = ${x}.entity_id AND ${publiclyVisible('a')} ORDER BY t.locale = ${x}.locale DESC, t.locale LIMIT 1)
    WHEN 'page' THEN (SELECT t.slug FROM pages pg JOIN page_translations t ON t.page_id = pg.id
      WHERE pg.id = ${x}.entity_id AND ${publiclyVisible('pg')} ORDER BY t.locale = ${x}.locale DESC, t.locale LIMIT 1)
    WHEN 'project' THEN (SELECT p.slug FROM projects p WHERE p.id = ${x}.entity_id AND ${publiclyVisible('p')})
    WHEN 'tag' THEN (SELECT g.slug FROM tags g WHERE g.id = ${x}.entity_id)
    END AS slug`;
};

/** The new address of an old path recorded at import (menu aliases such as /en/about-us.html). */
export async function newUrlOfLegacyPath(
  db: Database,
  path: string,
  fallbackLocale: Locale,
): Promise<string | null> {
  const [row] = await rowsOf<Target>(
    db,
    sql`SELECT ${targetColumns('lp')} FROM legacy_paths lp WHERE lp.path = ${path}`,
  );
  return row ? urlOf(row, fallbackLocale) : null;
}

/** The new address of an imported Joomla article, in that article's language. */
export async function newUrlOfJoomlaArticle(
  db: Database,
  joomlaId: number,
  fallbackLocale: Locale,
): Promise<string | null> {
  const [row] = await rowsOf<Target>(
    db,
    sql`SELECT ${targetColumns('li')} FROM legacy_items li
      WHERE li.source = 'joomla' AND li.legacy_kind = 'article' AND li.legacy_id = ${joomlaId}`,
  );
  return row ? urlOf(row, fallbackLocale) : null;
}

import { sql, type SQL } from 'drizzle-orm';
import type { Database } from '../../db/client.js';
import type { Locale } from '../../db/schema/common.js';
import { bestTranslation, publiclyVisible, rowsOf } from '../../shared/sql.js';

function tagNameJoin(locale: Locale): SQL {
  return sql`JOIN LATERAL ${bestTranslation({
    table: 'tag_translations',
    foreignKey: 'tag_id',
    parentId: 'tg.id',
    columns: 'x.name',
    locale,
  })} tt ON true`;
}

/** A scalar subquery: the article's tags as a JSON array of { slug, name }. */
export function tagsJsonOfArticle(articleId: SQL, locale: Locale): SQL {
  return sql`(SELECT coalesce(json_agg(json_build_object('slug', tg.slug, 'name', tt.name) ORDER BY tg.slug), '[]'::json)
    FROM article_tags atg JOIN tags tg ON tg.id = atg.tag_id ${tagNameJoin(locale)}
    WHERE atg.article_id = ${articleId})`;
}

export interface TagRow {
  slug: string;
  name: string;
  locale: Locale;
  articleCount: number;
}

/** Every tag with the number of public articles carrying it. */
export async function listTags(db: Database, locale: Locale): Promise<TagRow[]> {
  return rowsOf<TagRow>(
    db,
    sql`SELECT tg.slug, tt.name, tt.locale,
        (SELECT count(*)::int FROM article_tags atg JOIN articles a ON a.id = atg.article_id
          WHERE atg.tag_id = tg.id AND ${publiclyVisible('a')}) AS "articleCount"
      FROM tags tg ${tagNameJoin(locale)} ORDER BY tg.slug`,
  );
}

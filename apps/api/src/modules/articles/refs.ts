import { sql } from 'drizzle-orm';
import type { Database } from '../../db/client.js';
import type { Locale } from '../../db/schema/common.js';
import { bestTranslation, isoUtc, publiclyVisible, rowsOf } from '../../shared/sql.js';
import { mediaJsonById } from '../media/queries.js';

export interface ArticleRefRow {
  slug: string;
  locale: Locale;
  title: string;
  summary: string | null;
  publishedAt: string;
  cover: unknown;
}

/**
 * The newest public articles about a project: linked to it directly (article_projects) or
 * reporting on one of its public events; each once, newest first, at most `limit`.
 */
export async function articleRefsOfProject(
  db: Database,
  projectId: number,
  locale: Locale,
  limit: number,
): Promise<ArticleRefRow[]> {
  const translation = bestTranslation({
    table: 'article_translations',
    foreignKey: 'article_id',
    parentId: 'a.id',
    columns: 'x.slug, x.title, x.summary',
    locale,
  });
  return rowsOf<ArticleRefRow>(
    db,
    sql`WITH ids AS (
        SELECT ap.article_id AS id FROM article_projects ap WHERE ap.project_id = ${projectId}
        UNION
        SELECT ae.article_id FROM article_events ae JOIN event_projects epj ON epj.event_id = ae.event_id
          JOIN events e ON e.id = ae.event_id
          WHERE epj.project_id = ${projectId} AND ${publiclyVisible('e')})
      SELECT t.slug, t.locale, t.title, t.summary, ${isoUtc('a.publish_at')} AS "publishedAt",
        ${mediaJsonById(sql`a.cover_media_id`, locale)} AS cover
      FROM ids JOIN articles a ON a.id = ids.id JOIN LATERAL ${translation} t ON true
      WHERE ${publiclyVisible('a')}
      ORDER BY a.publish_at DESC, a.id DESC
      LIMIT ${limit}`,
  );
}

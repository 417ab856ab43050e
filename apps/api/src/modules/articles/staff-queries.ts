import { sql } from 'drizzle-orm';
import type { Static } from 'typebox';
import type { Database } from '../../db/client.js';
import type { Locale } from '../../db/schema/common.js';
import { rowsOf } from '../../shared/sql.js';
import { sanitizeRichText } from '../../shared/rich-text.js';
import type { ProblemBody } from '../../shared/schemas.js';
import type { StaffUser } from '../auth/queries.js';
import { missingAltTexts } from '../staff/alt-texts.js';
import {
  documentMetaColumns,
  replaceLinks,
  saveTranslations,
  staffRefJson,
  translationsJson,
} from '../staff/documents.js';
import type { ArticleCreate, ArticleDocument, ArticleTranslationInput } from './staff-schemas.js';

export type ArticleDoc = Static<typeof ArticleDocument>;
export type ArticleInput = Static<typeof ArticleCreate>;
type TranslationInput = Static<typeof ArticleTranslationInput>;
type FieldError = NonNullable<ProblemBody['errors']>[number];

const TRANSLATION_COLUMNS = ['title', 'slug', 'summary', 'body', 'seoTitle', 'seoDescription'];

export async function loadArticleDocument(db: Database, id: number): Promise<ArticleDoc | null> {
  const [row] = await rowsOf<ArticleDoc>(
    db,
    sql`SELECT ${documentMetaColumns({ translationsTable: 'article_translations', foreignKey: 'article_id', workflow: true })},
        ${staffRefJson('x.author_id')} AS owner,
        x.byline, x.byline_name AS "bylineName", x.byline_place_id AS "bylinePlaceId",
        x.byline_role AS "bylineRole", x.cover_media_id AS "coverMediaId", x.featured, x.featured_order AS "featuredOrder",
        coalesce((SELECT json_agg(g.media_id ORDER BY g.position, g.media_id) FROM article_media g WHERE g.article_id = x.id), '[]'::json) AS "galleryMediaIds",
        coalesce((SELECT json_agg(l.tag_id ORDER BY l.tag_id) FROM article_tags l WHERE l.article_id = x.id), '[]'::json) AS "tagIds",
        coalesce((SELECT json_agg(l.event_id ORDER BY l.event_id) FROM article_events l WHERE l.article_id = x.id), '[]'::json) AS "eventIds",
        coalesce((SELECT json_agg(l.project_id ORDER BY l.project_id) FROM article_projects l WHERE l.article_id = x.id), '[]'::json) AS "projectIds",
        coalesce((SELECT json_agg(l.group_id ORDER BY l.group_id) FROM article_community_groups l WHERE l.article_id = x.id), '[]'::json) AS "groupIds",
        ${translationsJson({ table: 'article_translations', foreignKey: 'article_id', parentId: sql`x.id`, columns: TRANSLATION_COLUMNS })} AS translations
      FROM articles x WHERE x.id = ${id}`,
  );
  return row ?? null;
}

function cleanTranslations(
  translations: Partial<Record<Locale, TranslationInput | null>> | undefined,
) {
  if (!translations) return undefined;
  return Object.fromEntries(
    Object.entries(translations).map(([locale, t]) => [
      locale,
      t && {
        ...t,
        title: t.title.trim(),
        body: sanitizeRichText(t.body),
        summary: t.summary?.trim() || null,
      },
    ]),
  );
}

async function saveRelations(db: Database, id: number, input: Partial<ArticleInput>) {
  await saveTranslations(db, {
    table: 'article_translations',
    foreignKey: 'article_id',
    id,
    columns: TRANSLATION_COLUMNS,
    translations: cleanTranslations(input.translations),
  });
  await replaceLinks(db, {
    table: 'article_media',
    ownerColumn: 'article_id',
    ownerId: id,
    rows: input.galleryMediaIds?.map((mediaId, position) => ({ mediaId, position })),
  });
  await replaceLinks(db, {
    table: 'article_tags',
    ownerColumn: 'article_id',
    ownerId: id,
    rows: input.tagIds?.map((tagId) => ({ tagId })),
  });
  await replaceLinks(db, {
    table: 'article_events',
    ownerColumn: 'article_id',
    ownerId: id,
    rows: input.eventIds?.map((eventId) => ({ eventId })),
  });
  await replaceLinks(db, {
    table: 'article_projects',
    ownerColumn: 'article_id',
    ownerId: id,
    rows: input.projectIds?.map((projectId) => ({ projectId })),
  });
  await replaceLinks(db, {
    table: 'article_community_groups',
    ownerColumn: 'article_id',
    ownerId: id,
    rows: input.groupIds?.map((groupId) => ({ groupId })),
  });
}

/** Free text of the split byline: trimmed, blank as null; undefined (not sent) stays undefined. */
const bylinePart = (value: string | null | undefined) =>
  value === undefined ? undefined : value?.trim() || null;

export async function insertArticle(db: Database, input: ArticleInput, user: StaffUser) {
  const [row] = await rowsOf<{ id: number }>(
    db,
    sql`INSERT INTO articles (byline, byline_name, byline_place_id, byline_role, author_id,
        cover_media_id, featured, featured_order)
      VALUES (${input.byline ?? null}, ${bylinePart(input.bylineName) ?? null},
        ${input.bylinePlaceId ?? null}, ${bylinePart(input.bylineRole) ?? null}, ${user.id},
        ${input.coverMediaId ?? null}, ${input.featured ?? false}, ${input.featuredOrder ?? 0})
      RETURNING id`,
  );
  await saveRelations(db, row!.id, input);
  return row!.id;
}

export async function updateArticle(db: Database, id: number, patch: Partial<ArticleInput>) {
  const sets = [];
  if (patch.byline !== undefined) sets.push(sql`byline = ${patch.byline}`);
  if (patch.bylineName !== undefined) {
    sets.push(sql`byline_name = ${bylinePart(patch.bylineName)}`);
  }
  if (patch.bylinePlaceId !== undefined) sets.push(sql`byline_place_id = ${patch.bylinePlaceId}`);
  if (patch.bylineRole !== undefined) {
    sets.push(sql`byline_role = ${bylinePart(patch.bylineRole)}`);
  }
  if (patch.coverMediaId !== undefined) sets.push(sql`cover_media_id = ${patch.coverMediaId}`);
  if (patch.featured !== undefined) sets.push(sql`featured = ${patch.featured}`);
  if (patch.featuredOrder !== undefined) sets.push(sql`featured_order = ${patch.featuredOrder}`);
  if (sets.length > 0) {
    await db.execute(sql`UPDATE articles SET ${sql.join(sets, sql`, `)} WHERE id = ${id}`);
  }
  await saveRelations(db, id, patch);
}

export async function deleteArticle(db: Database, id: number) {
  await db.execute(sql`DELETE FROM articles WHERE id = ${id}`);
}

/**
 * An article is published only when every image it shows (cover and gallery) has alt text
 * in every language the article is written in.
 */
export async function articlePublishProblems(db: Database, doc: ArticleDoc): Promise<FieldError[]> {
  return missingAltTexts(db, {
    mediaIds: [doc.coverMediaId, ...doc.galleryMediaIds],
    locales: Object.keys(doc.translations),
  });
}

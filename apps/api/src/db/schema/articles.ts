import {
  boolean,
  index,
  integer,
  pgTable,
  primaryKey,
  text,
  uniqueIndex,
} from 'drizzle-orm/pg-core';
import { localeEnum, publishable, searchVector, tsvector } from './common.js';
import { media } from './media.js';
import { places } from './places.js';
import { tags } from './tags.js';
import { users } from './users.js';

export const articles = pgTable(
  'articles',
  {
    id: integer().primaryKey().generatedAlwaysAsIdentity(),
    /** Free text as printed under the article, e.g. "Baktykan Azhymamatova, Osh oblast". */
    byline: text(),
    /** The byline split: who wrote it, and the region (a place) or role they wrote as. */
    bylineName: text(),
    bylinePlaceId: integer().references(() => places.id, { onDelete: 'set null' }),
    bylineRole: text(),
    authorId: integer().references(() => users.id, { onDelete: 'set null' }),
    coverMediaId: integer().references(() => media.id, { onDelete: 'set null' }),
    /** Featured articles make the front-page slideshow, ordered by featuredOrder. */
    featured: boolean().notNull().default(false),
    featuredOrder: integer().notNull().default(0),
    ...publishable,
  },
  (t) => [
    index('articles_public_idx').on(t.status, t.publishAt.desc(), t.id.desc()),
    index('articles_featured_idx').on(t.featured, t.featuredOrder),
  ],
);

export const articleTranslations = pgTable(
  'article_translations',
  {
    articleId: integer()
      .notNull()
      .references(() => articles.id, { onDelete: 'cascade' }),
    locale: localeEnum().notNull(),
    title: text().notNull(),
    slug: text().notNull(),
    summary: text(),
    /** Sanitized HTML. */
    body: text().notNull().default(''),
    seoTitle: text(),
    seoDescription: text(),
    search: tsvector()
      .notNull()
      .generatedAlwaysAs(searchVector({ weightA: 'title', weightB: 'summary', weightC: 'body' })),
  },
  (t) => [
    primaryKey({ columns: [t.articleId, t.locale] }),
    uniqueIndex('article_translations_locale_slug_key').on(t.locale, t.slug),
    index('article_translations_slug_idx').on(t.slug),
    index('article_translations_search_idx').using('gin', t.search),
  ],
);

export const articleTags = pgTable(
  'article_tags',
  {
    articleId: integer()
      .notNull()
      .references(() => articles.id, { onDelete: 'cascade' }),
    tagId: integer()
      .notNull()
      .references(() => tags.id, { onDelete: 'cascade' }),
  },
  (t) => [
    primaryKey({ columns: [t.articleId, t.tagId] }),
    index('article_tags_tag_idx').on(t.tagId),
  ],
);

export const articleMedia = pgTable(
  'article_media',
  {
    articleId: integer()
      .notNull()
      .references(() => articles.id, { onDelete: 'cascade' }),
    mediaId: integer()
      .notNull()
      .references(() => media.id, { onDelete: 'cascade' }),
    position: integer().notNull().default(0),
  },
  (t) => [
    primaryKey({ columns: [t.articleId, t.mediaId] }),
    index('article_media_media_idx').on(t.mediaId),
  ],
);

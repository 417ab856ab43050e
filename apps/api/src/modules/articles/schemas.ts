import { Type, type Static } from 'typebox';
import { LOCALES } from '../../db/schema/common.js';
import {
  DateTime,
  LocaleSlugs,
  LocalizedFields,
  Nullable,
  QueryString,
  SlugSchema,
  localeQuery,
  paginationQuery,
} from '../../shared/schemas.js';
import { Media } from '../media/schemas.js';
import { eventFilterQuery } from '../events/filters.js';
import { ProjectRef } from '../events/schemas.js';
import { CommunityGroupLink } from '../projects/refs.js';

export const TagRef = Type.Object(
  { slug: Type.String(), name: Type.String() },
  { title: 'TagRef' },
);

export const ArticleSummary = Type.Object(
  {
    id: Type.Integer(),
    slug: Type.String({ description: 'Slug of the served translation' }),
    ...LocalizedFields,
    title: Type.String(),
    summary: Nullable(Type.String()),
    byline: Nullable(Type.String()),
    publishedAt: DateTime,
    featured: Type.Boolean(),
    cover: Nullable(Media),
    tags: Type.Array(TagRef),
  },
  { title: 'ArticleSummary' },
);

export const EventRef = Type.Object(
  {
    slug: Type.String(),
    title: Type.String(),
    startsAt: Nullable(DateTime),
    placeName: Nullable(Type.String()),
    seriesPosition: Nullable(Type.Integer()),
  },
  { title: 'EventRef' },
);

export const ArticleAuthor = Type.Object(
  {
    name: Nullable(Type.String({ description: 'Who wrote it, e.g. "Baktykan Azhymamatova"' })),
    role: Nullable(Type.String({ description: 'The role the byline names instead of a region' })),
    place: Nullable(
      Type.Object(
        { slug: Type.String(), name: Type.String({ description: 'In the served locale' }) },
        { title: 'ArticleAuthorPlace' },
      ),
    ),
  },
  {
    title: 'ArticleAuthor',
    description: 'The byline split into its parts; `byline` stays the printed text',
  },
);

/** An article as a card on another page (a project's news). */
export const ArticleCard = Type.Object(
  {
    slug: Type.String({ description: 'Slug of the served translation' }),
    locale: Type.Enum(LOCALES, { description: 'Language the title and summary are in' }),
    title: Type.String(),
    summary: Nullable(Type.String()),
    publishedAt: DateTime,
    cover: Nullable(Media),
  },
  { title: 'ArticleCard' },
);

export const Article = Type.Object(
  {
    ...ArticleSummary.properties,
    body: Type.String({ description: 'Sanitized HTML' }),
    seoTitle: Nullable(Type.String()),
    seoDescription: Nullable(Type.String()),
    updatedAt: DateTime,
    slugs: LocaleSlugs,
    gallery: Type.Array(Media),
    events: Type.Array(EventRef, { description: 'The events this article reports on' }),
    author: Nullable(ArticleAuthor),
    projects: Type.Array(ProjectRef, {
      description: 'Public projects it is about, directly or through the events it reports on',
    }),
    groups: Type.Array(CommunityGroupLink, { description: 'Public community groups it mentions' }),
  },
  { title: 'Article' },
);

export const ARTICLE_SORTS = ['-publishedAt', 'publishedAt', 'relevance'] as const;

export const ArticleListQuery = QueryString({
  ...localeQuery,
  q: Type.Optional(Type.String({ minLength: 1, maxLength: 200, description: 'Full-text search' })),
  tag: Type.Optional(SlugSchema),
  featured: Type.Optional(Type.Boolean()),
  from: Type.Optional(
    Type.String({
      format: 'date',
      description: 'Published on or after (YYYY-MM-DD, Asia/Bishkek)',
    }),
  ),
  to: Type.Optional(
    Type.String({
      format: 'date',
      description: 'Published on or before (YYYY-MM-DD, Asia/Bishkek)',
    }),
  ),
  ...eventFilterQuery('Only articles reporting on an event'),
  sort: Type.Enum(ARTICLE_SORTS, {
    default: '-publishedAt',
    description: 'relevance needs q; a leading minus sorts newest first',
  }),
  ...paginationQuery,
});
export type ArticleListQuery = Static<typeof ArticleListQuery>;

export const ArticleDetailQuery = QueryString({ ...localeQuery });

import { Type } from 'typebox';
import { Nullable, SlugSchema } from '../../shared/schemas.js';
import { StaffRef, TranslationsOf, documentMeta, workflowMeta } from '../staff/schemas.js';

const Id = Type.Integer({ minimum: 1, maximum: 2147483647 });
const Ids = Type.Array(Id, { maxItems: 200, uniqueItems: true });

export const ArticleTranslationInput = Type.Object(
  {
    title: Type.String({ minLength: 1, maxLength: 300 }),
    slug: SlugSchema,
    summary: Type.Optional(Nullable(Type.String({ maxLength: 2000 }))),
    body: Type.String({
      maxLength: 500_000,
      description: 'HTML; sanitized to an allow-list on save',
    }),
    seoTitle: Type.Optional(Nullable(Type.String({ maxLength: 200 }))),
    seoDescription: Type.Optional(Nullable(Type.String({ maxLength: 400 }))),
  },
  { additionalProperties: false, title: 'ArticleTranslationInput' },
);

const articleFields = {
  byline: Type.Optional(Nullable(Type.String({ maxLength: 300 }))),
  coverMediaId: Type.Optional(Nullable(Id)),
  featured: Type.Optional(Type.Boolean()),
  featuredOrder: Type.Optional(Type.Integer({ minimum: 0, maximum: 10000 })),
  galleryMediaIds: Type.Optional(Ids),
  tagIds: Type.Optional(Ids),
  eventIds: Type.Optional(Ids),
};

export const ArticleCreate = Type.Object(
  { ...articleFields, translations: TranslationsOf(ArticleTranslationInput, { patch: false }) },
  { additionalProperties: false, title: 'ArticleCreate' },
);

export const ArticleUpdate = Type.Object(
  {
    ...articleFields,
    translations: Type.Optional(TranslationsOf(ArticleTranslationInput, { patch: true })),
  },
  { additionalProperties: false, title: 'ArticleUpdate' },
);

export const ArticleTranslationDocument = Type.Object(
  {
    title: Type.String(),
    slug: Type.String(),
    summary: Nullable(Type.String()),
    body: Type.String(),
    seoTitle: Nullable(Type.String()),
    seoDescription: Nullable(Type.String()),
  },
  { title: 'ArticleTranslation' },
);

export const ArticleDocument = Type.Object(
  {
    ...documentMeta,
    ...workflowMeta,
    owner: Nullable(StaffRef),
    byline: Nullable(Type.String()),
    coverMediaId: Nullable(Type.Integer()),
    featured: Type.Boolean(),
    featuredOrder: Type.Integer(),
    galleryMediaIds: Type.Array(Type.Integer()),
    tagIds: Type.Array(Type.Integer()),
    eventIds: Type.Array(Type.Integer()),
    translations: Type.Object({
      ky: Type.Optional(ArticleTranslationDocument),
      ru: Type.Optional(ArticleTranslationDocument),
      en: Type.Optional(ArticleTranslationDocument),
    }),
  },
  { title: 'ArticleDocument' },
);

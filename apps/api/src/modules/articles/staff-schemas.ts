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
  byline: Type.Optional(
    Nullable(Type.String({ maxLength: 300, description: 'As printed, e.g. "Name, Osh oblast"' })),
  ),
  bylineName: Type.Optional(
    Nullable(Type.String({ maxLength: 200, description: 'The byline split: who wrote it' })),
  ),
  bylinePlaceId: Type.Optional(
    Nullable({ ...Id, description: 'The region (a place, e.g. an oblast) they wrote from' }),
  ),
  bylineRole: Type.Optional(
    Nullable(Type.String({ maxLength: 200, description: 'A role the byline names instead' })),
  ),
  coverMediaId: Type.Optional(Nullable(Id)),
  featured: Type.Optional(Type.Boolean()),
  featuredOrder: Type.Optional(Type.Integer({ minimum: 0, maximum: 10000 })),
  galleryMediaIds: Type.Optional(Ids),
  tagIds: Type.Optional(Ids),
  eventIds: Type.Optional(Ids),
  projectIds: Type.Optional({ ...Ids, description: 'Projects it is about; replaced as a whole' }),
  groupIds: Type.Optional({
    ...Ids,
    description: 'Community groups it mentions; replaced as a whole',
  }),
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
    bylineName: Nullable(Type.String()),
    bylinePlaceId: Nullable(Type.Integer()),
    bylineRole: Nullable(Type.String()),
    coverMediaId: Nullable(Type.Integer()),
    featured: Type.Boolean(),
    featuredOrder: Type.Integer(),
    galleryMediaIds: Type.Array(Type.Integer()),
    tagIds: Type.Array(Type.Integer()),
    eventIds: Type.Array(Type.Integer()),
    projectIds: Type.Array(Type.Integer()),
    groupIds: Type.Array(Type.Integer()),
    translations: Type.Object({
      ky: Type.Optional(ArticleTranslationDocument),
      ru: Type.Optional(ArticleTranslationDocument),
      en: Type.Optional(ArticleTranslationDocument),
    }),
  },
  { title: 'ArticleDocument' },
);

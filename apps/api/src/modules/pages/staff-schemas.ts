import { Type } from 'typebox';
import { Nullable, SlugSchema } from '../../shared/schemas.js';
import { TranslationsOf, documentMeta, workflowMeta } from '../staff/schemas.js';

export const PageTranslationInput = Type.Object(
  {
    title: Type.String({ minLength: 1, maxLength: 300, pattern: '\\S' }),
    slug: SlugSchema,
    body: Type.String({
      maxLength: 500_000,
      description: 'HTML; sanitized to an allow-list on save',
    }),
    seoTitle: Type.Optional(Nullable(Type.String({ maxLength: 200 }))),
    seoDescription: Type.Optional(Nullable(Type.String({ maxLength: 400 }))),
  },
  { additionalProperties: false, title: 'PageTranslationInput' },
);

const PageKey = {
  ...SlugSchema,
  maxLength: 100,
  description: 'Stable name the site links to (about, contacts): lower-case slug',
};

export const PageCreate = Type.Object(
  { key: PageKey, translations: TranslationsOf(PageTranslationInput, { patch: false }) },
  { additionalProperties: false, title: 'PageCreate' },
);

export const PageUpdate = Type.Object(
  {
    key: Type.Optional(PageKey),
    translations: Type.Optional(TranslationsOf(PageTranslationInput, { patch: true })),
  },
  { additionalProperties: false, title: 'PageUpdate' },
);

const PageTranslationDocument = Type.Object(
  {
    title: Type.String(),
    slug: Type.String(),
    body: Type.String(),
    seoTitle: Nullable(Type.String()),
    seoDescription: Nullable(Type.String()),
  },
  { title: 'PageTranslation' },
);

export const PageDocument = Type.Object(
  {
    ...documentMeta,
    ...workflowMeta,
    key: Type.String(),
    translations: Type.Object({
      ky: Type.Optional(PageTranslationDocument),
      ru: Type.Optional(PageTranslationDocument),
      en: Type.Optional(PageTranslationDocument),
    }),
  },
  { title: 'PageDocument' },
);

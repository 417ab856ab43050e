import { Type } from 'typebox';
import {
  DateTime,
  LocaleSchema,
  QueryString,
  SlugSchema,
  localeQuery,
  paginationQuery,
} from '../../shared/schemas.js';
import { TranslationsOf } from '../staff/schemas.js';

export const TagTranslationInput = Type.Object(
  { name: Type.String({ minLength: 1, maxLength: 100, pattern: '\\S' }) },
  { additionalProperties: false, title: 'TagTranslationInput' },
);

export const TagCreate = Type.Object(
  { slug: SlugSchema, translations: TranslationsOf(TagTranslationInput, { patch: false }) },
  { additionalProperties: false, title: 'TagCreate' },
);

export const TagUpdate = Type.Object(
  {
    slug: Type.Optional(SlugSchema),
    translations: Type.Optional(TranslationsOf(TagTranslationInput, { patch: true })),
  },
  { additionalProperties: false, title: 'TagUpdate' },
);

const TagTranslationDocument = Type.Object({ name: Type.String() }, { title: 'TagTranslation' });

/**
 * Tags carry no version column: their ETag is derived from `updatedAt`, so they have no
 * revision history either (a tag is a slug and a few names; the audit log records changes).
 */
export const TagDocument = Type.Object(
  {
    id: Type.Integer(),
    slug: Type.String(),
    createdAt: DateTime,
    updatedAt: DateTime,
    missingLocales: Type.Array(LocaleSchema, { description: 'Languages without a name' }),
    articleCount: Type.Integer({ minimum: 0, description: 'Articles (any state) with this tag' }),
    translations: Type.Object({
      ky: Type.Optional(TagTranslationDocument),
      ru: Type.Optional(TagTranslationDocument),
      en: Type.Optional(TagTranslationDocument),
    }),
  },
  { title: 'TagDocument' },
);

export const StaffTagListQuery = QueryString({
  ...paginationQuery,
  ...localeQuery,
  q: Type.Optional(
    Type.String({ minLength: 1, maxLength: 200, description: 'Part of the slug or any name' }),
  ),
});

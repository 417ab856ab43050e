import { Type } from 'typebox';
import { LOCALES } from '../../db/schema/common.js';
import {
  DateTime,
  LocaleSlugs,
  LocalizedFields,
  Nullable,
  QueryString,
  localeQuery,
} from '../../shared/schemas.js';

export const PageSummary = Type.Object(
  {
    key: Type.String({ description: 'Stable name the site links to, e.g. about, contacts' }),
    slug: Type.String({ description: 'Slug of the served translation' }),
    locale: Type.Enum(LOCALES, { description: 'Language this item is served in' }),
    title: Type.String(),
  },
  { title: 'PageSummary' },
);

export const Page = Type.Object(
  {
    key: PageSummary.properties.key,
    slug: PageSummary.properties.slug,
    ...LocalizedFields,
    title: Type.String(),
    body: Type.String({ description: 'Sanitized HTML' }),
    seoTitle: Nullable(Type.String()),
    seoDescription: Nullable(Type.String()),
    updatedAt: DateTime,
    slugs: LocaleSlugs,
  },
  { title: 'Page' },
);

export const PageListQuery = QueryString({ ...localeQuery });
export const PageDetailQuery = QueryString({ ...localeQuery });

import { Type, type Static, type TSchema } from 'typebox';
import { LOCALES } from '../db/schema/common.js';

/**
 * Schema pieces shared by every module. Models carry a `title`; the OpenAPI plugin turns each
 * titled schema into a named component, so the generated client gets `Article`, `Event`, ….
 */

/** `T | null` as a JSON Schema type array: serializes faster than anyOf and reads better. */
export function Nullable<T extends TSchema>(schema: T) {
  const { type, ...rest } = schema as unknown as { type: string | string[] };
  return Type.Unsafe<Static<T> | null>({ ...rest, type: [...[type].flat(), 'null'] });
}

export const LocaleSchema = Type.Enum(LOCALES, { title: 'Locale', description: 'ky, ru or en' });

export const SlugSchema = Type.String({
  minLength: 1,
  maxLength: 200,
  pattern: '^[a-z0-9]+(?:-[a-z0-9]+)*$',
  description: 'Lower-case letters, digits and single hyphens',
});

export const SlugParams = Type.Object({ slug: SlugSchema }, { additionalProperties: false });
export const IdParams = Type.Object(
  { id: Type.Integer({ minimum: 1, maximum: 2147483647 }) },
  { additionalProperties: false },
);

export const DateTime = Type.String({ format: 'date-time' });

export const localeQuery = {
  locale: Type.Optional(
    Type.Enum(LOCALES, {
      description: "Preferred language; falls back to the site's default, then any",
    }),
  ),
};

export const PAGE_SIZE_MAX = 100;
export const paginationQuery = {
  page: Type.Integer({ minimum: 1, maximum: 100000, default: 1 }),
  pageSize: Type.Integer({ minimum: 1, maximum: PAGE_SIZE_MAX, default: 20 }),
};

/** Query strings reject parameters they do not declare (a typo must not silently match all). */
export function QueryString<P extends Record<string, TSchema>>(properties: P) {
  return Type.Object(properties, { additionalProperties: false });
}

export const ListMeta = Type.Object(
  {
    page: Type.Integer(),
    pageSize: Type.Integer(),
    total: Type.Integer({ description: 'Number of items matching the filters, over all pages' }),
    locale: LocaleSchema,
  },
  { title: 'ListMeta' },
);

export function ListOf<T extends TSchema>(item: T) {
  return Type.Object({ data: Type.Array(item), meta: ListMeta });
}

/** Single items: `locale` is the language requested; each item says which one it was served in. */
export function ItemOf<T extends TSchema>(item: T) {
  return Type.Object({ data: item });
}

export const LocalizedFields = {
  locale: Type.Enum(LOCALES, { description: 'Language this item is served in' }),
  availableLocales: Type.Array(LocaleSchema, { description: 'Languages this item exists in' }),
};

/** The slug of each existing translation, for language switches and hreflang links. */
export const LocaleSlugs = Type.Object(
  {
    ky: Type.Optional(Type.String()),
    ru: Type.Optional(Type.String()),
    en: Type.Optional(Type.String()),
  },
  { title: 'LocaleSlugs', description: 'Slug of each existing translation' },
);

export const FieldError = Type.Object(
  {
    in: Type.Enum(['query', 'path', 'body', 'header']),
    field: Type.String({ description: 'Dotted path of the offending field' }),
    message: Type.String(),
  },
  { title: 'FieldError' },
);

export const Problem = Type.Object(
  {
    type: Type.String({ description: 'URI reference naming the kind of problem' }),
    title: Type.String(),
    status: Type.Integer(),
    detail: Type.Optional(Type.String()),
    instance: Type.Optional(Type.String()),
    errors: Type.Optional(Type.Array(FieldError)),
  },
  { title: 'Problem', description: 'RFC 9457 problem details' },
);
export type ProblemBody = Static<typeof Problem>;

const problemContent = { content: { 'application/problem+json': { schema: Problem } } };
const problemDescriptions: Record<number, string> = {
  400: 'Invalid request',
  401: 'Not logged in',
  403: 'Forbidden (role, CSRF token or origin)',
  404: 'Not found',
  409: 'Conflict with the current state',
  406: 'Not acceptable',
  412: 'Precondition failed',
  413: 'Content too large',
  415: 'Unsupported media type',
  428: 'Precondition required',
  429: 'Too many requests',
  500: 'Unexpected error (details are logged, never sent)',
};

/**
 * Problem responses for the given status codes, as route response schemas; 429 (rate limit)
 * and 500 can come from any route and are always included.
 */
export function problemResponses<const C extends number>(...codes: C[]) {
  const out = {} as Record<C | 429 | 500, { description: string } & typeof problemContent>;
  for (const code of [...codes, 429 as const, 500 as const])
    out[code] = { description: problemDescriptions[code] ?? 'Error', ...problemContent };
  return out;
}

/** Documented on public reads: what a client may send to revalidate cheaply. */
export const NotModified = {
  304: { description: 'Not modified (ETag matched If-None-Match)', type: 'null' },
};

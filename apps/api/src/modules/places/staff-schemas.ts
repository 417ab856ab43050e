import { Type } from 'typebox';
import { PLACE_KINDS } from '../../db/schema/places.js';
import { Nullable, SlugSchema } from '../../shared/schemas.js';
import { TranslationsOf, documentMeta } from '../staff/schemas.js';

const Id = Type.Integer({ minimum: 1, maximum: 2147483647 });

export const PlaceTranslationInput = Type.Object(
  { name: Type.String({ minLength: 1, maxLength: 200, pattern: '\\S' }) },
  { additionalProperties: false, title: 'PlaceTranslationInput' },
);

const placeFields = {
  parentId: Type.Optional(
    Nullable({ ...Id, description: 'The place this one lies in; null only for the country' }),
  ),
  kind: Type.Enum(PLACE_KINDS, {
    description: 'Must be deeper than the parent kind, in this order: ' + PLACE_KINDS.join(' > '),
  }),
  slug: SlugSchema,
  latitude: Type.Optional(Nullable(Type.Number({ minimum: -90, maximum: 90 }))),
  longitude: Type.Optional(Nullable(Type.Number({ minimum: -180, maximum: 180 }))),
  aliases: Type.Optional(
    Type.Array(Type.String({ minLength: 1, maxLength: 200, pattern: '\\S' }), {
      maxItems: 50,
      uniqueItems: true,
      description: 'Other spellings found in sources, accepted in search',
    }),
  ),
};

export const PlaceCreate = Type.Object(
  { ...placeFields, translations: TranslationsOf(PlaceTranslationInput, { patch: false }) },
  { additionalProperties: false, title: 'PlaceCreate' },
);

export const PlaceUpdate = Type.Object(
  {
    ...placeFields,
    kind: Type.Optional(placeFields.kind),
    slug: Type.Optional(placeFields.slug),
    translations: Type.Optional(TranslationsOf(PlaceTranslationInput, { patch: true })),
  },
  {
    additionalProperties: false,
    title: 'PlaceUpdate',
    description: 'Changing parentId moves the place with everything under it',
  },
);

const PlaceTranslationDocument = Type.Object(
  { name: Type.String() },
  { title: 'PlaceTranslation' },
);

export const PlaceDocument = Type.Object(
  {
    ...documentMeta,
    parentId: Nullable(Type.Integer()),
    kind: Type.Enum(PLACE_KINDS),
    slug: Type.String(),
    path: Type.String({ description: 'Ids from the root, e.g. /1/4/9/' }),
    depth: Type.Integer({ minimum: 0 }),
    latitude: Nullable(Type.Number()),
    longitude: Nullable(Type.Number()),
    aliases: Type.Array(Type.String()),
    childCount: Type.Integer({ minimum: 0, description: 'Places directly under this one' }),
    eventCount: Type.Integer({ minimum: 0, description: 'Events (any state) placed here' }),
    translations: Type.Object({
      ky: Type.Optional(PlaceTranslationDocument),
      ru: Type.Optional(PlaceTranslationDocument),
      en: Type.Optional(PlaceTranslationDocument),
    }),
  },
  { title: 'PlaceDocument' },
);

export const PlaceTreeNode = Type.Object(
  {
    id: Type.Integer(),
    parentId: Nullable(Type.Integer()),
    kind: Type.Enum(PLACE_KINDS),
    slug: Type.String(),
    depth: Type.Integer({ minimum: 0 }),
    names: Type.Object(
      {
        ky: Type.Optional(Type.String()),
        ru: Type.Optional(Type.String()),
        en: Type.Optional(Type.String()),
      },
      { description: 'Name in each language it has' },
    ),
  },
  { title: 'PlaceTreeNode', description: 'One node of the whole place tree, depth first' },
);

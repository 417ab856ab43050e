import { Type, type Static } from 'typebox';
import { LOCALES } from '../../db/schema/common.js';
import { PLACE_KINDS } from '../../db/schema/places.js';
import {
  LocalizedFields,
  Nullable,
  QueryString,
  SlugSchema,
  localeQuery,
} from '../../shared/schemas.js';
import { PlaceRef } from '../events/schemas.js';

const placeFacts = {
  latitude: Nullable(Type.Number({ minimum: -90, maximum: 90 })),
  longitude: Nullable(Type.Number({ minimum: -180, maximum: 180 })),
  aliases: Type.Array(Type.String(), {
    description:
      'Other spellings found in sources (e.g. Bazar-Kurgan for Bazar-Korgon), for matching',
  }),
};

export const PlaceNode = Type.Object(
  {
    slug: Type.String(),
    kind: Type.Enum(PLACE_KINDS),
    parent: Nullable(Type.String({ description: "Parent's slug; null for the root" })),
    depth: Type.Integer({ minimum: 0, description: '0 for the country' }),
    locale: Type.Enum(LOCALES, { description: 'Language the name is in' }),
    name: Type.String(),
    ...placeFacts,
  },
  { title: 'PlaceNode', description: 'A node of the place tree, flat' },
);

export const Place = Type.Object(
  {
    slug: Type.String(),
    kind: Type.Enum(PLACE_KINDS),
    ...LocalizedFields,
    name: Type.String(),
    ...placeFacts,
    path: Type.Array(PlaceRef, { description: 'From the country down to this place' }),
    children: Type.Array(PlaceRef, { description: 'Places directly under this one, by name' }),
    eventCount: Type.Integer({
      minimum: 0,
      description:
        'Public events in this place or any place under it (as the events filter counts)',
    }),
    eventCountHere: Type.Integer({
      minimum: 0,
      description: 'Public events placed at this very node',
    }),
  },
  { title: 'Place' },
);

export const PlaceListQuery = QueryString({
  ...localeQuery,
  under: Type.Optional({ ...SlugSchema, description: 'Only this place and the places under it' }),
  kind: Type.Optional(Type.Enum(PLACE_KINDS)),
});
export type PlaceListQuery = Static<typeof PlaceListQuery>;

export const PlaceDetailQuery = QueryString({ ...localeQuery });

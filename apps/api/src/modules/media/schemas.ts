import { Type, type Static } from 'typebox';
import { mediaKindEnum } from '../../db/schema/media.js';
import {
  LocalizedFields,
  Nullable,
  QueryString,
  localeQuery,
  paginationQuery,
} from '../../shared/schemas.js';

export const MediaVariant = Type.Object(
  {
    width: Type.Integer(),
    height: Type.Integer(),
    format: Type.Enum(['avif', 'webp', 'jpeg', 'png']),
    url: Type.String(),
  },
  { title: 'MediaVariant' },
);

export const Media = Type.Object(
  {
    id: Type.Integer(),
    kind: Type.Enum(['image', 'video', 'document']),
    ...LocalizedFields,
    title: Nullable(Type.String()),
    alt: Nullable(Type.String({ description: 'Text alternative for images' })),
    caption: Nullable(Type.String()),
    credit: Nullable(Type.String()),
    width: Nullable(Type.Integer()),
    height: Nullable(Type.Integer()),
    mimeType: Nullable(Type.String()),
    url: Nullable(Type.String({ description: 'The original file (documents) or largest variant' })),
    youtubeId: Nullable(
      Type.String({ description: 'Embed through youtube-nocookie.com, on click only' }),
    ),
    focalPoint: Type.Object({ x: Type.Number(), y: Type.Number() }),
    variants: Type.Array(MediaVariant),
  },
  { title: 'Media' },
);

export const MediaListQuery = QueryString({
  ...localeQuery,
  kind: Type.Optional(Type.Enum(mediaKindEnum.enumValues)),
  ...paginationQuery,
});
export type MediaListQuery = Static<typeof MediaListQuery>;

export const MediaDetailQuery = QueryString({ ...localeQuery });

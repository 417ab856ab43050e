import { Type } from 'typebox';
import { Nullable, SlugSchema } from '../../shared/schemas.js';
import { OptionalText, TranslationsDocument, Title } from '../staff/fields.js';
import { TranslationsOf, documentMeta, workflowMeta } from '../staff/schemas.js';

export const EventSeriesTranslationInput = Type.Object(
  {
    title: Title(300),
    description: OptionalText(5000),
  },
  { additionalProperties: false, title: 'EventSeriesTranslationInput' },
);

export const EventSeriesCreate = Type.Object(
  { slug: SlugSchema, translations: TranslationsOf(EventSeriesTranslationInput, { patch: false }) },
  {
    additionalProperties: false,
    title: 'EventSeriesCreate',
    description: 'The order of its events is set on the events (seriesId, seriesPosition)',
  },
);

export const EventSeriesUpdate = Type.Object(
  {
    slug: Type.Optional(SlugSchema),
    translations: Type.Optional(TranslationsOf(EventSeriesTranslationInput, { patch: true })),
  },
  { additionalProperties: false, title: 'EventSeriesUpdate' },
);

export const EventSeriesTranslationDocument = Type.Object(
  { title: Type.String(), description: Nullable(Type.String()) },
  { title: 'EventSeriesTranslation' },
);

export const EventSeriesDocument = Type.Object(
  {
    ...documentMeta,
    ...workflowMeta,
    slug: Type.String(),
    eventIds: Type.Array(Type.Integer(), {
      description: 'Its events in series order (read-only: set seriesId on the events)',
    }),
    translations: TranslationsDocument(EventSeriesTranslationDocument),
  },
  { title: 'EventSeriesDocument' },
);

import { Type, type Static } from 'typebox';
import {
  DateTime,
  LocalizedFields,
  Nullable,
  QueryString,
  localeQuery,
  paginationQuery,
} from '../../shared/schemas.js';

export const EventSeriesSummary = Type.Object(
  {
    id: Type.Integer(),
    slug: Type.String(),
    ...LocalizedFields,
    title: Type.String(),
    description: Nullable(Type.String()),
    eventCount: Type.Integer({ minimum: 0, description: 'Public events in the series' }),
    startsAt: Nullable({ ...DateTime, description: 'Start of its first dated public event' }),
    endsAt: Nullable({ ...DateTime, description: 'End (or start) of its last dated public event' }),
  },
  { title: 'EventSeriesSummary' },
);

export const EventSeriesItem = Type.Object(
  {
    slug: Type.String(),
    title: Type.String(),
    position: Nullable(Type.Integer({ minimum: 1 })),
    startsAt: Nullable(DateTime),
    placeName: Nullable(Type.String()),
  },
  { title: 'EventSeriesItem', description: 'One event of a series, as a reference' },
);

export const EventSeries = Type.Object(
  {
    ...EventSeriesSummary.properties,
    events: Type.Array(EventSeriesItem, { description: 'Its public events, in series order' }),
  },
  { title: 'EventSeries' },
);

export const EventSeriesListQuery = QueryString({ ...localeQuery, ...paginationQuery });
export type EventSeriesListQuery = Static<typeof EventSeriesListQuery>;

export const EventSeriesDetailQuery = QueryString({ ...localeQuery });

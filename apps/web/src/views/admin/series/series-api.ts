import type { Schemas } from '@jaryk/client';
import { staffResource } from '../shared/staff-resource';

export type SeriesDocument = Schemas['EventSeriesDocument'];
export type SeriesCreate = Schemas['EventSeriesCreate'];
export type SeriesUpdate = Schemas['EventSeriesUpdate'];

export const eventSeries = staffResource<SeriesDocument, SeriesCreate, SeriesUpdate>(
  'event-series',
);

import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { registerEditable } from '../staff/editable.js';
import {
  deleteEventSeries,
  insertEventSeries,
  loadEventSeriesDocument,
  updateEventSeries,
} from './staff-queries.js';
import { EventSeriesCreate, EventSeriesDocument, EventSeriesUpdate } from './staff-schemas.js';

export const staffEventSeriesRoutes: FastifyPluginAsyncTypebox = async (app) => {
  registerEditable(app, {
    type: 'series',
    path: '/event-series',
    names: { one: 'EventSeries', many: 'EventSeries' },
    table: 'event_series',
    ownerColumn: null,
    workflow: true,
    translations: {
      table: 'event_series_translations',
      foreignKey: 'series_id',
      titleColumn: 'title',
    },
    schemas: {
      document: EventSeriesDocument,
      create: EventSeriesCreate,
      update: EventSeriesUpdate,
    },
    load: loadEventSeriesDocument,
    insert: insertEventSeries,
    update: updateEventSeries,
    remove: deleteEventSeries,
  });
};

import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { registerEditable } from '../staff/editable.js';
import { getEventPreview } from './queries.js';
import { Event } from './schemas.js';
import {
  deleteEvent,
  eventInputOf,
  eventPublishProblems,
  insertEvent,
  loadEventDocument,
  updateEvent,
} from './staff-queries.js';
import { EventCreate, EventDocument, EventUpdate } from './staff-schemas.js';

export const staffEventRoutes: FastifyPluginAsyncTypebox = async (app) => {
  registerEditable(app, {
    type: 'event',
    path: '/events',
    names: { one: 'Event', many: 'Events' },
    table: 'events',
    ownerColumn: 'created_by_id',
    workflow: true,
    translations: { table: 'event_translations', foreignKey: 'event_id', titleColumn: 'title' },
    schemas: { document: EventDocument, create: EventCreate, update: EventUpdate },
    load: loadEventDocument,
    insert: insertEvent,
    update: updateEvent,
    remove: deleteEvent,
    inputOf: eventInputOf,
    publishProblems: eventPublishProblems,
    preview: { schema: Event, load: getEventPreview },
  });
};

import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { staffOf } from '../../plugins/auth.js';
import { notFound } from '../../shared/problems.js';
import {
  IdParams,
  ItemOf,
  QueryString,
  localeQuery,
  problemResponses,
} from '../../shared/schemas.js';
import { registerEditable } from '../staff/editable.js';
import { authorize } from '../staff/policy.js';
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
  });

  app.get(
    '/events/:id/preview',
    {
      schema: {
        operationId: 'previewEvent',
        tags: ['staff-events'],
        summary: 'Any event, in any state, as its public page would show it',
        params: IdParams,
        querystring: QueryString({ ...localeQuery }),
        response: { 200: ItemOf(Event), ...problemResponses(400, 401, 403, 404) },
      },
    },
    async (request) => {
      authorize(staffOf(request), 'read', 'event');
      const locale = request.query.locale ?? (await app.defaultLocale());
      const event = await getEventPreview(app.db, request.params.id, locale);
      if (!event) throw notFound('Event');
      return { data: event };
    },
  );
};

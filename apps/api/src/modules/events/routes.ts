import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { ItemOf, ListOf, NotModified, SlugParams, problemResponses } from '../../shared/schemas.js';
import { sendList } from '../../shared/list.js';
import { notFound } from '../../shared/problems.js';
import { Event, EventDetailQuery, EventListQuery, EventSummary } from './schemas.js';
import { getEventBySlug, listEvents } from './queries.js';

export const eventRoutes: FastifyPluginAsyncTypebox = async (app) => {
  app.get(
    '/events',
    {
      config: { publicCache: true },
      schema: {
        operationId: 'listEvents',
        tags: ['events'],
        summary: 'Published events with place path, partners, projects and participant counts',
        querystring: EventListQuery,
        response: { 200: ListOf(EventSummary), ...NotModified, ...problemResponses(400) },
      },
    },
    async (request, reply) => {
      const locale = request.query.locale ?? (await app.defaultLocale());
      const page = await listEvents(app.db, { ...request.query, locale });
      return sendList(request, reply, page, { ...request.query, locale });
    },
  );

  app.get(
    '/events/:slug',
    {
      config: { publicCache: true },
      schema: {
        operationId: 'getEventBySlug',
        tags: ['events'],
        summary: 'One published event with its gallery, articles and series neighbours',
        params: SlugParams,
        querystring: EventDetailQuery,
        response: { 200: ItemOf(Event), ...NotModified, ...problemResponses(400, 404) },
      },
    },
    async (request) => {
      const locale = request.query.locale ?? (await app.defaultLocale());
      const event = await getEventBySlug(app.db, request.params.slug, locale);
      if (!event) throw notFound('Event');
      return { data: event };
    },
  );
};

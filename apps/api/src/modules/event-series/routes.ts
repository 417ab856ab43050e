import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { ItemOf, ListOf, NotModified, SlugParams, problemResponses } from '../../shared/schemas.js';
import { sendList } from '../../shared/list.js';
import { notFound } from '../../shared/problems.js';
import {
  EventSeries,
  EventSeriesDetailQuery,
  EventSeriesListQuery,
  EventSeriesSummary,
} from './schemas.js';
import { getEventSeriesBySlug, listEventSeries } from './queries.js';

export const eventSeriesRoutes: FastifyPluginAsyncTypebox = async (app) => {
  app.get(
    '/event-series',
    {
      config: { publicCache: true },
      schema: {
        operationId: 'listEventSeries',
        tags: ['event-series'],
        summary: 'Public event series, the most recently started first',
        querystring: EventSeriesListQuery,
        response: { 200: ListOf(EventSeriesSummary), ...NotModified, ...problemResponses(400) },
      },
    },
    async (request, reply) => {
      const locale = request.query.locale ?? (await app.defaultLocale());
      const page = await listEventSeries(app.db, { ...request.query, locale });
      return sendList(request, reply, page, { ...request.query, locale });
    },
  );

  app.get(
    '/event-series/:slug',
    {
      config: { publicCache: true },
      schema: {
        operationId: 'getEventSeriesBySlug',
        tags: ['event-series'],
        summary: 'One public event series with its public events in order',
        params: SlugParams,
        querystring: EventSeriesDetailQuery,
        response: { 200: ItemOf(EventSeries), ...NotModified, ...problemResponses(400, 404) },
      },
    },
    async (request) => {
      const locale = request.query.locale ?? (await app.defaultLocale());
      const series = await getEventSeriesBySlug(app.db, request.params.slug, locale);
      if (!series) throw notFound('Event series');
      return { data: series };
    },
  );
};

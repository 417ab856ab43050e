import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { IdParams, ItemOf, ListOf, NotModified, problemResponses } from '../../shared/schemas.js';
import { sendList } from '../../shared/list.js';
import { notFound } from '../../shared/problems.js';
import { Media, MediaDetailQuery, MediaListQuery } from './schemas.js';
import { getMedia, listMedia } from './queries.js';

export const mediaRoutes: FastifyPluginAsyncTypebox = async (app) => {
  app.get(
    '/media',
    {
      config: { publicCache: true },
      schema: {
        operationId: 'listMedia',
        tags: ['media'],
        summary: 'Public media (with consent where people are shown), newest first',
        querystring: MediaListQuery,
        response: { 200: ListOf(Media), ...NotModified, ...problemResponses(400) },
      },
    },
    async (request, reply) => {
      const locale = request.query.locale ?? (await app.defaultLocale());
      const page = await listMedia(app.db, { ...request.query, locale });
      return sendList(request, reply, page, { ...request.query, locale });
    },
  );

  app.get(
    '/media/:id',
    {
      config: { publicCache: true },
      schema: {
        operationId: 'getMediaById',
        tags: ['media'],
        summary: 'One public media record',
        params: IdParams,
        querystring: MediaDetailQuery,
        response: { 200: ItemOf(Media), ...NotModified, ...problemResponses(400, 404) },
      },
    },
    async (request) => {
      const locale = request.query.locale ?? (await app.defaultLocale());
      const media = await getMedia(app.db, request.params.id, locale);
      if (!media) throw notFound('Media');
      return { data: media };
    },
  );
};

import { Type } from 'typebox';
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { ItemOf, NotModified, SlugParams, problemResponses } from '../../shared/schemas.js';
import { notFound } from '../../shared/problems.js';
import { Place, PlaceDetailQuery, PlaceListQuery, PlaceNode } from './schemas.js';
import { getPlaceBySlug, listPlaces } from './queries.js';

export const placeRoutes: FastifyPluginAsyncTypebox = async (app) => {
  app.get(
    '/places',
    {
      config: { publicCache: true },
      schema: {
        operationId: 'listPlaces',
        tags: ['places'],
        summary: 'The place tree as a flat list, depth first, each node naming its parent',
        description:
          'Not paginated: the tree is small and a client needs it whole to build it. ' +
          'A node follows its parent; rebuild the tree from `parent`.',
        querystring: PlaceListQuery,
        response: {
          200: Type.Object({ data: Type.Array(PlaceNode) }),
          ...NotModified,
          ...problemResponses(400),
        },
      },
    },
    async (request) => {
      const locale = request.query.locale ?? (await app.defaultLocale());
      return { data: await listPlaces(app.db, { ...request.query, locale }) };
    },
  );

  app.get(
    '/places/:slug',
    {
      config: { publicCache: true },
      schema: {
        operationId: 'getPlaceBySlug',
        tags: ['places'],
        summary: 'One place with its path, children and number of public events',
        params: SlugParams,
        querystring: PlaceDetailQuery,
        response: { 200: ItemOf(Place), ...NotModified, ...problemResponses(400, 404) },
      },
    },
    async (request) => {
      const locale = request.query.locale ?? (await app.defaultLocale());
      const place = await getPlaceBySlug(app.db, request.params.slug, locale);
      if (!place) throw notFound('Place');
      return { data: place };
    },
  );
};

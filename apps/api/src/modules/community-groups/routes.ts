import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { ItemOf, ListOf, NotModified, SlugParams, problemResponses } from '../../shared/schemas.js';
import { sendList } from '../../shared/list.js';
import { notFound } from '../../shared/problems.js';
import {
  CommunityGroup,
  CommunityGroupDetailQuery,
  CommunityGroupListQuery,
  CommunityGroupSummary,
} from './schemas.js';
import { getCommunityGroupBySlug, listCommunityGroups } from './queries.js';

/**
 * Self-help groups, associations and maternal schools. Counts only, never member lists; the
 * leader's name only where the group agreed to show it.
 */
export const communityGroupRoutes: FastifyPluginAsyncTypebox = async (app) => {
  app.get(
    '/community-groups',
    {
      config: { publicCache: true },
      schema: {
        operationId: 'listCommunityGroups',
        tags: ['community-groups'],
        summary:
          'Published community groups (self-help groups, associations, maternal schools), by name',
        querystring: CommunityGroupListQuery,
        response: { 200: ListOf(CommunityGroupSummary), ...NotModified, ...problemResponses(400) },
      },
    },
    async (request, reply) => {
      const locale = request.query.locale ?? (await app.defaultLocale());
      const page = await listCommunityGroups(app.db, { ...request.query, locale });
      return sendList(request, reply, page, { ...request.query, locale });
    },
  );

  app.get(
    '/community-groups/:slug',
    {
      config: { publicCache: true },
      schema: {
        operationId: 'getCommunityGroupBySlug',
        tags: ['community-groups'],
        summary:
          'One published community group with its grants, member groups or associations, projects, events and articles',
        params: SlugParams,
        querystring: CommunityGroupDetailQuery,
        response: { 200: ItemOf(CommunityGroup), ...NotModified, ...problemResponses(400, 404) },
      },
    },
    async (request) => {
      const locale = request.query.locale ?? (await app.defaultLocale());
      const group = await getCommunityGroupBySlug(app.db, request.params.slug, locale);
      if (!group) throw notFound('Community group');
      return { data: group };
    },
  );
};

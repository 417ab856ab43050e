import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { ItemOf, ListOf, NotModified, SlugParams, problemResponses } from '../../shared/schemas.js';
import { sendList } from '../../shared/list.js';
import { notFound } from '../../shared/problems.js';
import {
  Organization,
  OrganizationDetailQuery,
  OrganizationListQuery,
  OrganizationSummary,
} from './schemas.js';
import { getOrganizationBySlug, listOrganizations } from './queries.js';

export const organizationRoutes: FastifyPluginAsyncTypebox = async (app) => {
  app.get(
    '/organizations',
    {
      config: { publicCache: true },
      schema: {
        operationId: 'listOrganizations',
        tags: ['organizations'],
        summary: 'Public organizations (partners, networks, donors), by name',
        description: 'With footer=true, in the order of the site footer instead.',
        querystring: OrganizationListQuery,
        response: { 200: ListOf(OrganizationSummary), ...NotModified, ...problemResponses(400) },
      },
    },
    async (request, reply) => {
      const locale = request.query.locale ?? (await app.defaultLocale());
      const page = await listOrganizations(app.db, { ...request.query, locale });
      return sendList(request, reply, page, { ...request.query, locale });
    },
  );

  app.get(
    '/organizations/:slug',
    {
      config: { publicCache: true },
      schema: {
        operationId: 'getOrganizationBySlug',
        tags: ['organizations'],
        summary: 'One public organization with its place, projects and number of events',
        params: SlugParams,
        querystring: OrganizationDetailQuery,
        response: { 200: ItemOf(Organization), ...NotModified, ...problemResponses(400, 404) },
      },
    },
    async (request) => {
      const locale = request.query.locale ?? (await app.defaultLocale());
      const organization = await getOrganizationBySlug(app.db, request.params.slug, locale);
      if (!organization) throw notFound('Organization');
      return { data: organization };
    },
  );
};

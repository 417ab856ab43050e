import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { ItemOf, ListOf, NotModified, SlugParams, problemResponses } from '../../shared/schemas.js';
import { sendList } from '../../shared/list.js';
import { notFound } from '../../shared/problems.js';
import { Project, ProjectDetailQuery, ProjectListQuery, ProjectSummary } from './schemas.js';
import { getProjectBySlug, listProjects } from './queries.js';

export const projectRoutes: FastifyPluginAsyncTypebox = async (app) => {
  app.get(
    '/projects',
    {
      config: { publicCache: true },
      schema: {
        operationId: 'listProjects',
        tags: ['projects'],
        summary: 'Public projects and initiatives, the most recently started first',
        querystring: ProjectListQuery,
        response: { 200: ListOf(ProjectSummary), ...NotModified, ...problemResponses(400) },
      },
    },
    async (request, reply) => {
      const locale = request.query.locale ?? (await app.defaultLocale());
      const page = await listProjects(app.db, { ...request.query, locale });
      return sendList(request, reply, page, { ...request.query, locale });
    },
  );

  app.get(
    '/projects/:slug',
    {
      config: { publicCache: true },
      schema: {
        operationId: 'getProjectBySlug',
        tags: ['projects'],
        summary: 'One public project or initiative with partners, series and participant totals',
        params: SlugParams,
        querystring: ProjectDetailQuery,
        response: { 200: ItemOf(Project), ...NotModified, ...problemResponses(400, 404) },
      },
    },
    async (request) => {
      const locale = request.query.locale ?? (await app.defaultLocale());
      const project = await getProjectBySlug(app.db, request.params.slug, locale);
      if (!project) throw notFound('Project');
      return { data: project };
    },
  );
};

import { Type } from 'typebox';
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { ItemOf, NotModified, SlugParams, problemResponses } from '../../shared/schemas.js';
import { notFound } from '../../shared/problems.js';
import { Page, PageDetailQuery, PageListQuery, PageSummary } from './schemas.js';
import { getPageBySlug, listPages } from './queries.js';

export const pageRoutes: FastifyPluginAsyncTypebox = async (app) => {
  app.get(
    '/pages',
    {
      config: { publicCache: true },
      schema: {
        operationId: 'listPages',
        tags: ['pages'],
        summary: 'All public static pages (about, contacts, …), by key',
        querystring: PageListQuery,
        response: {
          200: Type.Object({ data: Type.Array(PageSummary) }),
          ...NotModified,
          ...problemResponses(400),
        },
      },
    },
    async (request) => {
      const locale = request.query.locale ?? (await app.defaultLocale());
      return { data: await listPages(app.db, locale) };
    },
  );

  app.get(
    '/pages/:slug',
    {
      config: { publicCache: true },
      schema: {
        operationId: 'getPageBySlug',
        tags: ['pages'],
        summary: 'One public page by the slug of any of its translations',
        params: SlugParams,
        querystring: PageDetailQuery,
        response: { 200: ItemOf(Page), ...NotModified, ...problemResponses(400, 404) },
      },
    },
    async (request) => {
      const locale = request.query.locale ?? (await app.defaultLocale());
      const page = await getPageBySlug(app.db, request.params.slug, locale);
      if (!page) throw notFound('Page');
      return { data: page };
    },
  );
};

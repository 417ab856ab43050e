import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { ItemOf, ListOf, NotModified, SlugParams, problemResponses } from '../../shared/schemas.js';
import { sendList } from '../../shared/list.js';
import { notFound } from '../../shared/problems.js';
import { Article, ArticleDetailQuery, ArticleListQuery, ArticleSummary } from './schemas.js';
import { getArticleBySlug, listArticles } from './queries.js';

export const articleRoutes: FastifyPluginAsyncTypebox = async (app) => {
  app.get(
    '/articles',
    {
      config: { publicCache: true },
      schema: {
        operationId: 'listArticles',
        tags: ['articles'],
        summary: 'Published articles, newest first',
        description:
          'Filters combine with AND. Event filters (place, partner, project, series, format) ' +
          'select articles reporting on a matching event.',
        querystring: ArticleListQuery,
        response: { 200: ListOf(ArticleSummary), ...NotModified, ...problemResponses(400) },
      },
    },
    async (request, reply) => {
      const locale = request.query.locale ?? (await app.defaultLocale());
      const page = await listArticles(app.db, { ...request.query, locale });
      return sendList(request, reply, page, { ...request.query, locale });
    },
  );

  app.get(
    '/articles/:slug',
    {
      config: { publicCache: true },
      schema: {
        operationId: 'getArticleBySlug',
        tags: ['articles'],
        summary: 'One published article by the slug of any of its translations',
        params: SlugParams,
        querystring: ArticleDetailQuery,
        response: { 200: ItemOf(Article), ...NotModified, ...problemResponses(400, 404) },
      },
    },
    async (request) => {
      const locale = request.query.locale ?? (await app.defaultLocale());
      const article = await getArticleBySlug(app.db, request.params.slug, locale);
      if (!article) throw notFound('Article');
      return { data: article };
    },
  );
};

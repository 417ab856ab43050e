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
import { getArticlePreview } from './queries.js';
import { Article } from './schemas.js';
import {
  articleInputOf,
  articlePublishProblems,
  deleteArticle,
  insertArticle,
  loadArticleDocument,
  updateArticle,
} from './staff-queries.js';
import { ArticleCreate, ArticleDocument, ArticleUpdate } from './staff-schemas.js';

export const staffArticleRoutes: FastifyPluginAsyncTypebox = async (app) => {
  registerEditable(app, {
    type: 'article',
    path: '/articles',
    names: { one: 'Article', many: 'Articles' },
    table: 'articles',
    ownerColumn: 'author_id',
    workflow: true,
    translations: { table: 'article_translations', foreignKey: 'article_id', titleColumn: 'title' },
    schemas: { document: ArticleDocument, create: ArticleCreate, update: ArticleUpdate },
    load: loadArticleDocument,
    insert: insertArticle,
    update: updateArticle,
    remove: deleteArticle,
    inputOf: articleInputOf,
    publishProblems: articlePublishProblems,
  });

  app.get(
    '/articles/:id/preview',
    {
      schema: {
        operationId: 'previewArticle',
        tags: ['staff-articles'],
        summary: 'Any article, in any state, as its public page would show it',
        params: IdParams,
        querystring: QueryString({ ...localeQuery }),
        response: { 200: ItemOf(Article), ...problemResponses(400, 401, 403, 404) },
      },
    },
    async (request) => {
      authorize(staffOf(request), 'read', 'article');
      const locale = request.query.locale ?? (await app.defaultLocale());
      const article = await getArticlePreview(app.db, request.params.id, locale);
      if (!article) throw notFound('Article');
      return { data: article };
    },
  );
};

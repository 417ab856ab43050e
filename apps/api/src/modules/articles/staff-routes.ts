import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { registerEditable } from '../staff/editable.js';
import { getArticlePreview } from './queries.js';
import { Article } from './schemas.js';
import {
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
    publishProblems: articlePublishProblems,
    preview: { schema: Article, load: getArticlePreview },
  });
};

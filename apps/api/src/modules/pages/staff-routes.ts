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
import { getPagePreview } from './queries.js';
import { Page } from './schemas.js';
import {
  deletePage,
  insertPage,
  loadPageDocument,
  pageInputOf,
  updatePage,
} from './staff-queries.js';
import { PageCreate, PageDocument, PageUpdate } from './staff-schemas.js';

export const staffPageRoutes: FastifyPluginAsyncTypebox = async (app) => {
  registerEditable(app, {
    type: 'page',
    path: '/pages',
    names: { one: 'Page', many: 'Pages' },
    table: 'pages',
    ownerColumn: null,
    workflow: true,
    translations: { table: 'page_translations', foreignKey: 'page_id', titleColumn: 'title' },
    schemas: { document: PageDocument, create: PageCreate, update: PageUpdate },
    load: loadPageDocument,
    insert: (db, input) => insertPage(db, input),
    update: updatePage,
    remove: deletePage,
    inputOf: pageInputOf,
  });

  app.get(
    '/pages/:id/preview',
    {
      schema: {
        operationId: 'previewPage',
        tags: ['staff-pages'],
        summary: 'Any page, in any state, as its public page would show it',
        params: IdParams,
        querystring: QueryString({ ...localeQuery }),
        response: { 200: ItemOf(Page), ...problemResponses(400, 401, 403, 404) },
      },
    },
    async (request) => {
      authorize(staffOf(request), 'read', 'page');
      const locale = request.query.locale ?? (await app.defaultLocale());
      const page = await getPagePreview(app.db, request.params.id, locale);
      if (!page) throw notFound('Page');
      return { data: page };
    },
  );
};

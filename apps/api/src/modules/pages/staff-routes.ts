import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { registerEditable } from '../staff/editable.js';
import { getPagePreview } from './queries.js';
import { Page } from './schemas.js';
import { deletePage, insertPage, loadPageDocument, updatePage } from './staff-queries.js';
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
    preview: { schema: Page, load: getPagePreview },
  });
};

import { Type } from 'typebox';
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { staffOf } from '../../plugins/auth.js';
import { problemResponses } from '../../shared/schemas.js';
import { registerEditable } from '../staff/editable.js';
import { authorize } from '../staff/policy.js';
import {
  deletePlace,
  insertPlace,
  loadPlaceDocument,
  placeTree,
  updatePlace,
} from './staff-queries.js';
import { PlaceCreate, PlaceDocument, PlaceTreeNode, PlaceUpdate } from './staff-schemas.js';

export const staffPlaceRoutes: FastifyPluginAsyncTypebox = async (app) => {
  // Registered before the editable routes' `/places/:id`, though the router prefers static
  // segments anyway.
  app.get(
    '/places/tree',
    {
      schema: {
        operationId: 'getStaffPlaceTree',
        tags: ['staff-places'],
        summary: 'The whole place tree, depth first, with every name: for place pickers',
        description:
          'Not paginated: the tree is small. A node follows its parent; rebuild it from parentId.',
        response: {
          200: Type.Object({ data: Type.Array(PlaceTreeNode) }),
          ...problemResponses(401, 403),
        },
      },
    },
    async (request) => {
      authorize(staffOf(request), 'read', 'place');
      return { data: await placeTree(app.db) };
    },
  );

  registerEditable(app, {
    type: 'place',
    path: '/places',
    names: { one: 'Place', many: 'Places' },
    table: 'places',
    ownerColumn: null,
    workflow: false,
    translations: { table: 'place_translations', foreignKey: 'place_id', titleColumn: 'name' },
    schemas: { document: PlaceDocument, create: PlaceCreate, update: PlaceUpdate },
    load: loadPlaceDocument,
    insert: (db, input) => insertPlace(db, input),
    update: updatePlace,
    remove: deletePlace,
  });
};

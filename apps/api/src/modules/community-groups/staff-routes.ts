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
import { getCommunityGroupPreview } from './queries.js';
import { CommunityGroup } from './schemas.js';
import {
  communityGroupInputOf,
  communityGroupPublishProblems,
  deleteCommunityGroup,
  insertCommunityGroup,
  loadCommunityGroupDocument,
  updateCommunityGroup,
} from './staff-queries.js';
import {
  CommunityGroupCreate,
  CommunityGroupDocument,
  CommunityGroupUpdate,
} from './staff-schemas.js';

/** Community groups; editors and admins write them, authors read (staff/policy.ts). */
export const staffCommunityGroupRoutes: FastifyPluginAsyncTypebox = async (app) => {
  registerEditable(app, {
    type: 'community_group',
    path: '/community-groups',
    names: { one: 'CommunityGroup', many: 'CommunityGroups' },
    table: 'community_groups',
    ownerColumn: 'created_by_id',
    workflow: true,
    translations: {
      table: 'community_group_translations',
      foreignKey: 'group_id',
      titleColumn: 'name',
    },
    schemas: {
      document: CommunityGroupDocument,
      create: CommunityGroupCreate,
      update: CommunityGroupUpdate,
    },
    load: loadCommunityGroupDocument,
    insert: insertCommunityGroup,
    update: updateCommunityGroup,
    remove: deleteCommunityGroup,
    inputOf: communityGroupInputOf,
    publishProblems: communityGroupPublishProblems,
  });

  app.get(
    '/community-groups/:id/preview',
    {
      schema: {
        operationId: 'previewCommunityGroup',
        tags: ['staff-community-groups'],
        summary: 'Any community group, in any state, as its public page would show it',
        params: IdParams,
        querystring: QueryString({ ...localeQuery }),
        response: { 200: ItemOf(CommunityGroup), ...problemResponses(400, 401, 403, 404) },
      },
    },
    async (request) => {
      authorize(staffOf(request), 'read', 'community_group');
      const locale = request.query.locale ?? (await app.defaultLocale());
      const group = await getCommunityGroupPreview(app.db, request.params.id, locale);
      if (!group) throw notFound('Community group');
      return { data: group };
    },
  );
};

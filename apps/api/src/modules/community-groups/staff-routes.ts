import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { registerEditable } from '../staff/editable.js';
import { getCommunityGroupPreview } from './queries.js';
import { CommunityGroup } from './schemas.js';
import {
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
    publishProblems: communityGroupPublishProblems,
    preview: { schema: CommunityGroup, load: getCommunityGroupPreview },
  });
};

import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { registerEditable } from '../staff/editable.js';
import {
  deleteOrganization,
  insertOrganization,
  loadOrganizationDocument,
  organizationPublishProblems,
  updateOrganization,
} from './staff-queries.js';
import { OrganizationCreate, OrganizationDocument, OrganizationUpdate } from './staff-schemas.js';

/** Partners, networks and donors; editors and admins only (staff/policy.ts). */
export const staffOrganizationRoutes: FastifyPluginAsyncTypebox = async (app) => {
  registerEditable(app, {
    type: 'organization',
    path: '/organizations',
    names: { one: 'Organization', many: 'Organizations' },
    table: 'organizations',
    ownerColumn: null,
    workflow: true,
    translations: {
      table: 'organization_translations',
      foreignKey: 'organization_id',
      titleColumn: 'name',
    },
    schemas: {
      document: OrganizationDocument,
      create: OrganizationCreate,
      update: OrganizationUpdate,
    },
    load: loadOrganizationDocument,
    insert: insertOrganization,
    update: updateOrganization,
    remove: deleteOrganization,
    publishProblems: organizationPublishProblems,
  });
};

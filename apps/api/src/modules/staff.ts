import type { FastifyPluginAsync } from 'fastify';
import { staffArticleRoutes } from './articles/staff-routes.js';
import { staffEventSeriesRoutes } from './event-series/staff-routes.js';
import { staffEventRoutes } from './events/staff-routes.js';
import { staffMediaRoutes } from './media/staff-routes.js';
import { staffOrganizationRoutes } from './organizations/staff-routes.js';
import { staffPlaceRoutes } from './places/staff-routes.js';
import { staffPageRoutes } from './pages/staff-routes.js';
import { staffTagRoutes } from './tags/staff-routes.js';
import { staffSettingsRoutes } from './settings/staff-routes.js';
import { staffUserRoutes } from './users/staff-routes.js';
import { staffAuditRoutes } from './audit/staff-routes.js';
import { staffProjectRoutes } from './projects/staff-routes.js';
import { staffCommunityGroupRoutes } from './community-groups/staff-routes.js';

/**
 * The staff API, mounted under /api/v1/staff: every route here is `config.staff` (session,
 * CSRF, no-store) and authorizes through staff/policy.ts.
 */
export const staffApiRoutes: FastifyPluginAsync = async (app) => {
  app.addHook('onRoute', (route) => {
    route.config = { ...(route.config as object), staff: true } as typeof route.config;
  });
  await app.register(staffArticleRoutes);
  await app.register(staffMediaRoutes);
  await app.register(staffEventRoutes);
  await app.register(staffEventSeriesRoutes);
  await app.register(staffOrganizationRoutes);
  await app.register(staffProjectRoutes);
  await app.register(staffPlaceRoutes);
  await app.register(staffPageRoutes);
  await app.register(staffTagRoutes);
  await app.register(staffSettingsRoutes);
  await app.register(staffUserRoutes);
  await app.register(staffAuditRoutes);
  await app.register(staffCommunityGroupRoutes);
};

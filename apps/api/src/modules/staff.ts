import type { FastifyPluginAsync } from 'fastify';
import { staffArticleRoutes } from './articles/staff-routes.js';
import { staffMediaRoutes } from './media/staff-routes.js';

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
};

import type { FastifyPluginAsync } from 'fastify';
import { articleRoutes } from './articles/routes.js';
import { eventRoutes } from './events/routes.js';
import { statsRoutes } from './stats/routes.js';
import { tagRoutes } from './tags/routes.js';
import { organizationRoutes } from './organizations/routes.js';
import { projectRoutes } from './projects/routes.js';
import { eventSeriesRoutes } from './event-series/routes.js';
import { placeRoutes } from './places/routes.js';
import { mediaRoutes } from './media/routes.js';
import { pageRoutes } from './pages/routes.js';
import { settingsRoutes } from './settings/routes.js';
import { feedRoutes } from './feeds/routes.js';
import { communityGroupRoutes } from './community-groups/routes.js';

/** Every resource of the public read API, mounted under /api/v1. */
export const publicApiRoutes: FastifyPluginAsync = async (app) => {
  await app.register(articleRoutes);
  await app.register(eventRoutes);
  await app.register(statsRoutes);
  await app.register(tagRoutes);
  await app.register(organizationRoutes);
  await app.register(projectRoutes);
  await app.register(eventSeriesRoutes);
  await app.register(placeRoutes);
  await app.register(mediaRoutes);
  await app.register(pageRoutes);
  await app.register(settingsRoutes);
  await app.register(feedRoutes);
  await app.register(communityGroupRoutes);
};

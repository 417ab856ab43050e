import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { ItemOf, NotModified, problemResponses } from '../../shared/schemas.js';
import { notFound } from '../../shared/problems.js';
import { SiteSettings, SiteSettingsQuery } from './schemas.js';
import { getSiteSettings } from './queries.js';

export const settingsRoutes: FastifyPluginAsyncTypebox = async (app) => {
  app.get(
    '/settings',
    {
      config: { publicCache: true },
      schema: {
        operationId: 'getSiteSettings',
        tags: ['settings'],
        summary: 'Site name, languages, links, footer organizations and the front-page slideshow',
        description: 'Answers 404 until the site has been set up (settings and a translation).',
        querystring: SiteSettingsQuery,
        response: { 200: ItemOf(SiteSettings), ...NotModified, ...problemResponses(400, 404) },
      },
    },
    async (request) => {
      const locale = request.query.locale ?? (await app.defaultLocale());
      const settings = await getSiteSettings(app.db, locale);
      if (!settings) throw notFound('Site settings');
      return { data: settings };
    },
  );
};

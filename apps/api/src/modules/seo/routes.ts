import { Type } from 'typebox';
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { LOCALES } from '../../db/schema/common.js';
import { notFound } from '../../shared/problems.js';
import { siteUrls } from '../../shared/site-urls.js';
import { listSitemapUrls } from './queries.js';
import { sitemapDocuments } from './sitemap.js';

/**
 * robots.txt and the sitemap, at the site's root where crawlers look for them. Left out of the
 * OpenAPI document on purpose: they are web conventions at fixed paths, not part of the
 * versioned API, and a client function for them would be noise. Both are public-cached
 * (ETag, 304, in-process cache dropped on every write).
 */
export const seoRoutes: FastifyPluginAsyncTypebox = async (app) => {
  const urls = siteUrls(app.publicUrl);

  const robots = [
    `# ${urls.base}`,
    'User-agent: *',
    'Allow: /',
    // Staff area, API docs and search results: nothing to index.
    'Disallow: /admin',
    ...LOCALES.map((l) => `Disallow: /${l}/search`),
    'Disallow: /*?q=',
    'Disallow: /*&q=',
    'Disallow: /api/docs',
    // The rest of /api/v1 stays allowed: the SPA reads its content from there, and crawlers
    // that render pages need those answers.
    '',
    `Sitemap: ${urls.base}/sitemap.xml`,
    '',
  ].join('\n');

  app.get(
    '/robots.txt',
    { config: { publicCache: true }, schema: { hide: true } },
    async (_request, reply) => reply.type('text/plain; charset=utf-8').send(robots),
  );

  const documents = async () =>
    sitemapDocuments(await listSitemapUrls(app.db, urls, await app.defaultLocale()), urls.base);

  app.get(
    '/sitemap.xml',
    { config: { publicCache: true }, schema: { hide: true } },
    async (_request, reply) =>
      reply.type('application/xml; charset=utf-8').send((await documents()).root),
  );

  app.get(
    '/sitemap-:n(^\\d{1,6}).xml',
    {
      config: { publicCache: true },
      schema: {
        hide: true,
        params: Type.Object({ n: Type.Integer({ minimum: 1 }) }, { additionalProperties: false }),
      },
    },
    async (request, reply) => {
      const part = (await documents()).part(request.params.n);
      if (part === null) throw notFound('Sitemap');
      return reply.type('application/xml; charset=utf-8').send(part);
    },
  );
};

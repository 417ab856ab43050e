import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import fp from 'fastify-plugin';
import fastifyStatic from '@fastify/static';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { Locale } from '../db/schema/common.js';
import { compileIndexTemplate, renderHead } from '../modules/seo/head.js';
import { describePage, type SeoContext } from '../modules/seo/pages.js';
import { getSiteIdentity, type SiteIdentity } from '../modules/settings/queries.js';
import { siteUrls } from '../shared/site-urls.js';
import { etagOf, matches } from './public-cache.js';

export interface SpaOptions {
  /** Folder of the built SPA (holding index.html). */
  root: string;
}

interface RenderedPage {
  status: 200 | 404;
  html: string;
  etag: string;
}

/** Rendered pages kept in memory; each is a few KB. */
const MAX_PAGES = 1000;

/**
 * A memo of promises for public content: each value remembers the public-cache generation it
 * was computed in and is recomputed after any write (or when the cache is off). Concurrent
 * requests for the same key share one computation; a failure is not kept.
 */
function memo<V>(app: FastifyInstance, maxEntries: number) {
  const entries = new Map<string, { generation: number; value: Promise<V> }>();
  return (key: string, compute: () => Promise<V>): Promise<V> => {
    if (!app.publicCache.enabled) return compute();
    const generation = app.publicCache.generation;
    const hit = entries.get(key);
    if (hit && hit.generation === generation) {
      entries.delete(key);
      entries.set(key, hit);
      return hit.value;
    }
    const value = compute();
    entries.set(key, { generation, value });
    value.catch(() => {
      if (entries.get(key)?.value === value) entries.delete(key);
    });
    if (entries.size > maxEntries) entries.delete(entries.keys().next().value!);
    return value;
  };
}

/**
 * Serves the built SPA from the same origin as the API: hashed assets cached for a year, every
 * other non-API GET answered with index.html so the client-side router takes over. Each page's
 * index.html carries its own head (title, description, canonical and hreflang links, Open Graph,
 * Twitter card, JSON-LD; see modules/seo), so link previews and search engines see the content
 * without running the SPA; URLs the SPA will not find answer 404 with noindex.
 */
export default fp<SpaOptions>(
  async function spaPlugin(app: FastifyInstance, { root }) {
    const indexFile = path.join(root, 'index.html');
    if (!existsSync(indexFile)) {
      app.log.warn({ root }, 'no built SPA found; serving the API only');
      return;
    }
    const render = compileIndexTemplate(readFileSync(indexFile, 'utf8'));

    await app.register(fastifyStatic, {
      root,
      wildcard: false,
      index: false,
      // Served by the API from the content (modules/seo/routes.ts), never from a file.
      globIgnore: ['robots.txt', 'sitemap.xml', 'sitemap-*.xml', '.vite/**'],
      setHeaders(res, filePath) {
        const hashed = filePath.includes(`${path.sep}assets${path.sep}`);
        res.header(
          'cache-control',
          hashed ? 'public, max-age=31536000, immutable' : 'public, max-age=300',
        );
      },
    });

    const identities = memo<SiteIdentity | null>(app, 8);
    const pages = memo<RenderedPage>(app, MAX_PAGES);
    const context: SeoContext = {
      db: app.db,
      urls: siteUrls(app.publicUrl),
      defaultLocale: () => app.defaultLocale(),
      identity: (locale: Locale) => identities(locale, () => getSiteIdentity(app.db, locale)),
    };

    const renderPage = async (pathname: string): Promise<RenderedPage> => {
      const { status, head } = await describePage(context, pathname);
      const html = render(head.lang, renderHead(head));
      return { status, html, etag: etagOf(html) };
    };

    const serve = async (request: FastifyRequest, reply: FastifyReply) => {
      const pathname = request.url.split('?')[0]!.replace(/\/+$/, '') || '/';
      if (pathname === '/api' || pathname.startsWith('/api/')) return reply.callNotFound();
      const page = await pages(pathname, () => renderPage(pathname));
      reply
        .code(page.status)
        .type('text/html; charset=utf-8')
        .header('cache-control', 'no-cache')
        .header('etag', page.etag);
      if (page.status === 200 && matches(request.headers['if-none-match'], page.etag)) {
        return reply.code(304).send();
      }
      return reply.send(page.html);
    };
    app.get('/*', { schema: { hide: true } }, serve);
    app.get('/', { schema: { hide: true } }, serve);
  },
  { name: 'spa' },
);

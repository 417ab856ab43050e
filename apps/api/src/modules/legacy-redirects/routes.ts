import fp from 'fastify-plugin';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { Locale } from '../../db/schema/common.js';
import { legacyArticleIdOfPath } from '../joomla-import/text.js';
import { newUrlOfJoomlaArticle, newUrlOfLegacyPath } from './queries.js';

/**
 * Old links keep working: addresses of the Joomla site answer 301 with the new address.
 *
 * - `/{en|ru}/<any segments>/<id>-<alias>.html`: by the Joomla article id alone (category path
 *   and alias may be anything), to the item in that article's language;
 * - exact old paths recorded at import (menu aliases such as `/en/about-us.html`).
 *
 * Only GET/HEAD of paths ending in `.html` are looked at, before routing, so every other request
 * costs one string test. Unknown old addresses fall through to the usual 404. Query strings
 * are dropped. Redirects may be cached for a day.
 */
const MAX_AGE = 'public, max-age=86400';
const LOCALE_PREFIX = /^\/(en|ru|ky)\//;

function pathOf(url: string): string | null {
  const raw = url.split(/[?#]/)[0]!;
  if (!raw.toLowerCase().endsWith('.html')) return null;
  try {
    return decodeURIComponent(raw);
  } catch {
    return null;
  }
}

export default fp(
  async function legacyRedirects(app: FastifyInstance) {
    app.addHook('onRequest', async (request: FastifyRequest, reply: FastifyReply) => {
      if (request.method !== 'GET' && request.method !== 'HEAD') return;
      const path = pathOf(request.url);
      if (!path) return;
      const fallback =
        (path.match(LOCALE_PREFIX)?.[1] as Locale | undefined) ?? (await app.defaultLocale());
      let target = await newUrlOfLegacyPath(app.db, path, fallback);
      if (!target) {
        const id = legacyArticleIdOfPath(path);
        if (id !== null) target = await newUrlOfJoomlaArticle(app.db, id, fallback);
      }
      if (!target) return;
      return reply.code(301).header('location', target).header('cache-control', MAX_AGE).send();
    });
  },
  { name: 'legacy-redirects' },
);

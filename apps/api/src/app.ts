import { constants as zlib } from 'node:zlib';
import compress from '@fastify/compress';
import Fastify, { type FastifyInstance } from 'fastify';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import type { AppConfig } from './config.js';
import type { Database, DatabaseHandle } from './db/client.js';
import type { Locale } from './db/schema/common.js';
import auth from './plugins/auth.js';
import cors from './plugins/cors.js';
import errors, { frameworkErrors } from './plugins/errors.js';
import { refuseNulBytes } from './shared/nul-bytes.js';
import { createMailer, type Mailer } from './shared/mailer.js';
import openapi from './plugins/openapi.js';
import publicCache from './plugins/public-cache.js';
import rateLimit from './plugins/rate-limit.js';
import spa from './plugins/spa.js';
import { systemRoutes } from './modules/system/routes.js';
import { publicApiRoutes } from './modules/index.js';
import { staffApiRoutes } from './modules/staff.js';
import { authRoutes } from './modules/auth/routes.js';
import { seoRoutes } from './modules/seo/routes.js';
import mediaFiles from './modules/media/files.js';
import legacyRedirects from './modules/legacy-redirects/routes.js';
import { getDefaultLocale } from './modules/settings/queries.js';

declare module 'fastify' {
  interface FastifyInstance {
    db: Database;
    dbDriver: DatabaseHandle['driver'];
    /** The site's default locale, read once and refreshed whenever public content changes. */
    defaultLocale(): Promise<Locale>;
    /** Origin of the public site (PUBLIC_URL), for absolute links in heads, sitemaps and feeds. */
    publicUrl: string;
    mailer: Mailer;
  }
}

export type AppOptions = Pick<
  AppConfig,
  | 'logLevel'
  | 'publicCache'
  | 'webDist'
  | 'trustProxy'
  | 'rateLimitPerMinute'
  | 'publicUrl'
  | 'media'
  | 'sessions'
  | 'mail'
> & {
  /** Replaces the mailer built from `mail` (tests read what would have been sent). */
  mailer?: Mailer;
};

/** Builds the whole service as one Fastify instance; never listens (server.ts and tests do). */
export async function buildApp(
  options: AppOptions,
  database: DatabaseHandle,
): Promise<FastifyInstance> {
  const app = Fastify({
    logger: options.logLevel === 'silent' ? false : { level: options.logLevel },
    trustProxy: options.trustProxy,
    bodyLimit: 1024 * 1024,
    // Path parameters longer than this are not a legitimate client.
    routerOptions: { ignoreTrailingSlash: true, maxParamLength: 200 },
    ajv: {
      customOptions: {
        // Unknown parameters are errors, not silently dropped; report all problems at once.
        removeAdditional: false,
        allErrors: true,
        coerceTypes: 'array',
        useDefaults: true,
      },
    },
    frameworkErrors,
    onProtoPoisoning: 'error',
    onConstructorPoisoning: 'error',
  }).withTypeProvider<TypeBoxTypeProvider>();

  app.decorate('db', database.db);
  app.decorate('dbDriver', database.driver);
  app.decorate('publicUrl', options.publicUrl);
  app.decorate('mailer', options.mailer ?? createMailer(options.mail, app.log));

  let defaultLocale: Promise<Locale> | undefined;
  app.decorate('defaultLocale', () => (defaultLocale ??= getDefaultLocale(database.db)));

  await app.register(errors);
  // PostgreSQL text cannot hold U+0000: refused as a 400 naming the field, on every route.
  app.addHook('preValidation', refuseNulBytes);
  await app.register(openapi);
  await app.register(cors);
  await app.register(rateLimit, { perMinute: options.rateLimitPerMinute });
  await app.register(auth, {
    publicUrl: options.publicUrl,
    sessionIdleMs: options.sessions.idleMs,
  });
  await app.register(publicCache, {
    enabled: options.publicCache.enabled,
    maxBytes: options.publicCache.maxBytes,
    database,
    onInvalidate: () => {
      defaultLocale = undefined;
    },
  });
  // After the cache: its onSend hook sees (and keeps) the uncompressed answer.
  await app.register(compress, {
    threshold: 1024,
    encodings: ['br', 'gzip'],
    // Brotli's default quality (11) costs tens of ms per answer; 4 is about gzip's speed.
    brotliOptions: { params: { [zlib.BROTLI_PARAM_QUALITY]: 4 } },
  });

  await app.register(mediaFiles, { media: options.media, sessionIdleMs: options.sessions.idleMs });
  await app.register(systemRoutes);
  await app.register(publicApiRoutes, { prefix: '/api/v1' });
  await app.register(authRoutes, {
    prefix: '/api/v1/auth',
    publicUrl: options.publicUrl,
    sessionMaxAgeMs: options.sessions.maxAgeMs,
  });
  await app.register(staffApiRoutes, { prefix: '/api/v1/staff' });
  await app.register(seoRoutes);
  await app.register(legacyRedirects);
  if (options.webDist) await app.register(spa, { root: options.webDist });

  return app;
}

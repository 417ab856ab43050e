import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Type, type Static } from 'typebox';
import { Value } from 'typebox/value';

const EnvSchema = Type.Object({
  NODE_ENV: Type.Union(
    [Type.Literal('development'), Type.Literal('production'), Type.Literal('test')],
    {
      default: 'development',
    },
  ),
  HOST: Type.String({ default: '0.0.0.0' }),
  PORT: Type.Integer({ minimum: 0, maximum: 65535, default: 3000 }),
  LOG_LEVEL: Type.Enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'], {
    default: 'info',
  }),
  DATABASE_URL: Type.Optional(Type.String({ pattern: '^postgres(ql)?://' })),
  DATABASE_POOL_MAX: Type.Integer({ minimum: 1, maximum: 200, default: 10 }),
  DATA_DIR: Type.String({ default: 'data' }),
  PUBLIC_CACHE: Type.Union([Type.Literal('on'), Type.Literal('off')], { default: 'on' }),
  PUBLIC_CACHE_MAX_MB: Type.Number({ minimum: 0, maximum: 4096, default: 32 }),
  WEB_DIST: Type.Optional(Type.String()),
  PUBLIC_URL: Type.Optional(
    Type.String({
      pattern: '^https?://[^/?#\\s]+/?$',
      description: 'Scheme, host and port visitors use, e.g. https://example.org',
    }),
  ),
  TRUST_PROXY: Type.Boolean({ default: false }),
  RATE_LIMIT_PER_MINUTE: Type.Integer({ minimum: 0, default: 600 }),
  SEED_DEMO: Type.Optional(Type.Boolean()),
});

type Env = Static<typeof EnvSchema>;

export interface AppConfig {
  env: Env['NODE_ENV'];
  host: string;
  port: number;
  logLevel: Env['LOG_LEVEL'];
  database: { url: string | undefined; poolMax: number; dataDir: string };
  publicCache: { enabled: boolean; maxBytes: number };
  /** Folder of the built SPA to serve on `/`, or null when the API runs alone. */
  webDist: string | null;
  /**
   * Origin visitors reach the site at (no trailing slash), for absolute links in link previews,
   * sitemaps and feeds. Never taken from request headers, which a client controls.
   */
  publicUrl: string;
  trustProxy: boolean;
  /** API requests a minute per client address; 0: no limit. */
  rateLimitPerMinute: number;
  /** Load the demo content into an empty database at start (default: only on embedded PGlite). */
  seedDemo: boolean;
}

export class ConfigError extends Error {}

const here = path.dirname(fileURLToPath(import.meta.url));
const defaultWebDist = path.resolve(here, '../../web/dist');

function originOf(url: string): string {
  try {
    return new URL(url).origin;
  } catch {
    throw new ConfigError(`Invalid configuration:\n  PUBLIC_URL: not a valid URL`);
  }
}

/** Parses and validates the environment once; everything else receives the result. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): AppConfig {
  const raw: Record<string, unknown> = {};
  for (const key of Object.keys(EnvSchema.properties)) {
    const value = env[key];
    if (value !== undefined && value !== '') raw[key] = value;
  }
  const converted = Value.Default(EnvSchema, Value.Convert(EnvSchema, raw));
  if (!Value.Check(EnvSchema, converted)) {
    const problems = [...Value.Errors(EnvSchema, converted)].map(
      (e) => `${e.instancePath.replace(/^\//, '') || 'env'}: ${e.message}`,
    );
    throw new ConfigError(`Invalid configuration:\n  ${problems.join('\n  ')}`);
  }
  const e = converted as Env;
  return {
    env: e.NODE_ENV,
    host: e.HOST,
    port: e.PORT,
    logLevel: e.LOG_LEVEL,
    database: {
      url: e.DATABASE_URL,
      poolMax: e.DATABASE_POOL_MAX,
      dataDir: path.resolve(e.DATA_DIR),
    },
    publicCache: {
      enabled: e.PUBLIC_CACHE === 'on',
      maxBytes: Math.round(e.PUBLIC_CACHE_MAX_MB * 1024 * 1024),
    },
    webDist: e.WEB_DIST === 'none' ? null : path.resolve(e.WEB_DIST ?? defaultWebDist),
    publicUrl: e.PUBLIC_URL ? originOf(e.PUBLIC_URL) : `http://localhost:${e.PORT}`,
    trustProxy: e.TRUST_PROXY,
    rateLimitPerMinute: e.RATE_LIMIT_PER_MINUTE,
    seedDemo: e.SEED_DEMO ?? !e.DATABASE_URL,
  };
}

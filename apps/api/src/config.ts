import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Type, type Static } from 'typebox';
import { Value } from 'typebox/value';
import type { MailConfig } from './shared/mailer.js';

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
  MEDIA_STORAGE: Type.Union([Type.Literal('local'), Type.Literal('s3')], { default: 'local' }),
  MEDIA_DIR: Type.Optional(Type.String()),
  UPLOAD_MAX_MB: Type.Number({ minimum: 1, maximum: 500, default: 25 }),
  S3_BUCKET: Type.Optional(Type.String({ minLength: 3 })),
  S3_REGION: Type.String({ default: 'us-east-1' }),
  S3_ENDPOINT: Type.Optional(Type.String({ pattern: '^https?://' })),
  S3_ACCESS_KEY_ID: Type.Optional(Type.String()),
  S3_SECRET_ACCESS_KEY: Type.Optional(Type.String()),
  S3_FORCE_PATH_STYLE: Type.Boolean({ default: false }),
  SMTP_URL: Type.Optional(Type.String({ pattern: '^smtps?://' })),
  MAIL_FROM: Type.Optional(Type.String({ minLength: 3 })),
  SESSION_IDLE_HOURS: Type.Number({ minimum: 0.1, maximum: 720, default: 12 }),
  SESSION_MAX_DAYS: Type.Number({ minimum: 0.1, maximum: 365, default: 14 }),
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
  media: MediaConfig;
  sessions: { idleMs: number; maxAgeMs: number };
  /** Outgoing e-mail (password reset links). */
  mail: MailConfig;
}

/** Where uploaded files live: a local folder (one instance) or an S3-compatible bucket. */
export type MediaConfig = {
  uploadMaxBytes: number;
} & (
  | { storage: 'local'; dir: string }
  | {
      storage: 's3';
      bucket: string;
      region: string;
      endpoint: string | undefined;
      accessKeyId: string | undefined;
      secretAccessKey: string | undefined;
      forcePathStyle: boolean;
    }
);

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
  const publicUrl = e.PUBLIC_URL ? originOf(e.PUBLIC_URL) : `http://localhost:${e.PORT}`;
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
    publicUrl,
    trustProxy: e.TRUST_PROXY,
    rateLimitPerMinute: e.RATE_LIMIT_PER_MINUTE,
    seedDemo: e.SEED_DEMO ?? !e.DATABASE_URL,
    media: mediaConfig(e),
    mail: {
      smtpUrl: e.SMTP_URL,
      from: e.MAIL_FROM ?? `Jaryk <no-reply@${new URL(publicUrl).hostname}>`,
    },
    sessions: {
      idleMs: Math.round(e.SESSION_IDLE_HOURS * 3600_000),
      maxAgeMs: Math.round(e.SESSION_MAX_DAYS * 86400_000),
    },
  };
}

function mediaConfig(e: Env): MediaConfig {
  const uploadMaxBytes = Math.round(e.UPLOAD_MAX_MB * 1024 * 1024);
  if (e.MEDIA_STORAGE === 'local') {
    return {
      storage: 'local',
      uploadMaxBytes,
      dir: path.resolve(e.MEDIA_DIR ?? path.join(e.DATA_DIR, 'media')),
    };
  }
  if (!e.S3_BUCKET)
    throw new ConfigError('Invalid configuration:\n  S3_BUCKET: required when MEDIA_STORAGE=s3');
  return {
    storage: 's3',
    uploadMaxBytes,
    bucket: e.S3_BUCKET,
    region: e.S3_REGION,
    endpoint: e.S3_ENDPOINT,
    accessKeyId: e.S3_ACCESS_KEY_ID,
    secretAccessKey: e.S3_SECRET_ACCESS_KEY,
    forcePathStyle: e.S3_FORCE_PATH_STYLE,
  };
}

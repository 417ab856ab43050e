import os from 'node:os';
import path from 'node:path';
import { inject } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { buildApp, type AppOptions } from '../../src/app.js';
import type { Mailer, MailMessage } from '../../src/shared/mailer.js';
import { openDatabase, type DatabaseHandle } from '../../src/db/client.js';
import { seedDemo } from '../../src/seed/demo.js';

export interface TestContext {
  app: FastifyInstance;
  database: DatabaseHandle;
}

let context: Promise<TestContext> | undefined;

/** What the app would have e-mailed, newest last (the app's only way out to inboxes). */
export const sentMail: MailMessage[] = [];
const testMailer: Mailer = {
  delivers: false,
  async send(message) {
    sentMail.push(message);
  },
};

/** Options of the shared test app; tests that build their own app override what they need. */
export function testAppOptions(overrides: Partial<AppOptions> = {}): AppOptions {
  return {
    logLevel: 'silent',
    publicCache: { enabled: true, maxBytes: 8 * 1024 * 1024 },
    webDist: null,
    publicUrl: 'https://jaryk.test',
    trustProxy: false,
    rateLimitPerMinute: 100_000,
    media: {
      storage: 'local',
      dir: path.join(os.tmpdir(), `jaryk-test-media-${process.pid}`),
      uploadMaxBytes: 2 * 1024 * 1024,
    },
    sessions: { idleMs: 3600_000, maxAgeMs: 86400_000 },
    mail: { smtpUrl: undefined, from: 'Jaryk <no-reply@jaryk.test>' },
    mailer: testMailer,
    ...overrides,
  };
}

/**
 * One migrated, demo-seeded database and one app per test project, shared by all files
 * (the project runs files one after another in one module context). Closed at process exit.
 */
export function testApp(): Promise<TestContext> {
  context ??= (async () => {
    const usePostgres = process.env.TEST_DATABASE === 'pg';
    const database = await openDatabase({
      url: usePostgres ? inject('databaseUrl') : undefined,
      dataDir: 'memory://',
      poolMax: 4,
    });
    await database.migrate();
    await seedDemo(database.db);
    const app = await buildApp(testAppOptions(), database);
    await app.ready();
    return { app, database };
  })();
  return context;
}

/** GET and parse, for the common case. */
export async function getJson<T = Record<string, unknown>>(
  url: string,
  headers: Record<string, string> = {},
) {
  const { app } = await testApp();
  const response = await app.inject({ method: 'GET', url, headers });
  const body = response.body ? (JSON.parse(response.body) as T) : (undefined as T);
  return { status: response.statusCode, headers: response.headers, body };
}

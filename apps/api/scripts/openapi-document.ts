import os from 'node:os';
import { buildApp } from '../src/app.js';
import { openDatabase } from '../src/db/client.js';

export const OPENAPI_PATH = new URL('../../../packages/client/openapi.json', import.meta.url);

function sortKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortKeys);
  if (!value || typeof value !== 'object') return value;
  return Object.fromEntries(
    Object.keys(value)
      .sort()
      .map((key) => [key, sortKeys((value as Record<string, unknown>)[key])]),
  );
}

/** Boots the app without listening and returns its OpenAPI document, keys sorted for small diffs. */
export async function renderOpenApiDocument(): Promise<string> {
  const database = await openDatabase({ url: undefined, dataDir: 'memory://' });
  await database.migrate();
  const app = await buildApp(
    {
      logLevel: 'silent',
      publicCache: { enabled: false, maxBytes: 0 },
      webDist: null,
      publicUrl: 'http://localhost:3000',
      trustProxy: false,
      rateLimitPerMinute: 0,
      // Never written to: the document only needs the routes.
      media: { storage: 'local', dir: os.tmpdir(), uploadMaxBytes: 1 },
      sessions: { idleMs: 1, maxAgeMs: 1 },
      mail: { smtpUrl: undefined, from: 'Jaryk <no-reply@localhost>' },
    },
    database,
  );
  try {
    await app.ready();
    return `${JSON.stringify(sortKeys(app.swagger()), null, 2)}\n`;
  } finally {
    await app.close();
    await database.close();
  }
}

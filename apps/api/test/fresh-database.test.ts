import { describe, expect, it } from 'vitest';
import { buildApp } from '../src/app.js';
import { openDatabase } from '../src/db/client.js';
import { DEFAULT_SITE_NAME, ensureSettings } from '../src/modules/settings/staff-queries.js';
import { testAppOptions } from './helpers/app.js';

// Builds its own empty embedded database, so it runs once (in the pglite project only).
describe('a fresh database', () => {
  it('a fresh database without demo content gets settings and a name at start, once', async () => {
    const database = await openDatabase({ url: undefined, dataDir: 'memory://', poolMax: 1 });
    try {
      await database.migrate();
      const app = await buildApp(testAppOptions(), database);
      try {
        expect((await app.inject('/api/v1/settings')).statusCode).toBe(404);
        await ensureSettings(database.db);
        await ensureSettings(database.db);
        await app.publicCache.invalidate();
        const r = await app.inject('/api/v1/settings');
        expect(r.statusCode).toBe(200);
        expect(JSON.parse(r.body).data).toMatchObject({
          siteName: DEFAULT_SITE_NAME,
          defaultLocale: 'ru',
          locale: 'ru',
        });
      } finally {
        await app.close();
      }
    } finally {
      await database.close();
    }
  });
});

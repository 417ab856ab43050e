import { defineConfig } from 'vitest/config';

/**
 * The API suite runs twice: against a real PostgreSQL (a fresh database per run) and against
 * embedded PGlite. Within a project all files share one database and one app (isolate: false),
 * because starting PGlite costs seconds.
 */
const shared = {
  include: ['test/**/*.test.ts'],
  isolate: false,
  fileParallelism: false,
  testTimeout: 30_000,
  hookTimeout: 120_000,
};

export default defineConfig({
  test: {
    projects: [
      {
        test: {
          ...shared,
          name: 'postgres',
          env: { TEST_DATABASE: 'pg' },
          globalSetup: ['test/helpers/postgres-setup.ts'],
          // These do not touch the shared database; running them once is enough.
          exclude: [
            'test/server.test.ts',
            'test/migrations.test.ts',
            'test/openapi.test.ts',
            'test/fresh-database.test.ts',
            // Reads a MariaDB and writes through the same queries on either database.
            'test/joomla-import.test.ts',
            'test/joomla-text.test.ts',
          ],
        },
      },
      { test: { ...shared, name: 'pglite', env: { TEST_DATABASE: 'pglite' } } },
    ],
  },
});

import path from 'node:path';
import { WEB_ROOT, buildWebIfStale, startBuiltApp } from '../scripts/built-app';

/**
 * Builds the site if dist is stale, starts the real server on a free port with a fresh PGlite
 * folder, and hands its address to the tests through E2E_BASE_URL. The returned function is the
 * global teardown: it stops the server's process group and deletes the data folder.
 * With E2E_BASE_URL already set, the tests run against that server instead.
 */
export default async function globalSetup(): Promise<(() => Promise<void>) | undefined> {
  if (process.env.E2E_BASE_URL) return undefined;
  buildWebIfStale();
  const app = await startBuiltApp({
    logFile: path.join(WEB_ROOT, 'test-results', 'e2e-server.log'),
  });
  process.env.E2E_BASE_URL = app.baseURL;
  return () => app.stop();
}

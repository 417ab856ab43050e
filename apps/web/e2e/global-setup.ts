import path from 'node:path';
import { WEB_ROOT, buildWebIfStale, startBuiltApp } from '../scripts/built-app';

/**
 * Builds the site if dist is stale, starts the real server on a free port with a fresh PGlite
 * folder, and hands its address to the tests through E2E_BASE_URL. The returned function is the
 * global teardown: it stops the server's process group and deletes the data folder.
 * It also reads the demo admin's password from the server's output (E2E_ADMIN_EMAIL and
 * E2E_ADMIN_PASSWORD). With E2E_BASE_URL already set, the tests run against that server
 * instead (set E2E_ADMIN_EMAIL and E2E_ADMIN_PASSWORD too, or the admin specs are skipped).
 */
export default async function globalSetup(): Promise<(() => Promise<void>) | undefined> {
  if (process.env.E2E_BASE_URL) return undefined;
  buildWebIfStale();
  const app = await startBuiltApp({
    logFile: path.join(WEB_ROOT, 'test-results', 'e2e-server.log'),
  });
  process.env.E2E_BASE_URL = app.baseURL;
  // The demo admin's random password, printed once at start: for the admin specs (the workers
  // inherit this process's environment).
  const admin = /Demo admin account[\s\S]*?e-mail:\s*(\S+)\s+password:\s*(\S+)/.exec(app.output());
  if (admin) {
    process.env.E2E_ADMIN_EMAIL = admin[1];
    process.env.E2E_ADMIN_PASSWORD = admin[2];
  }
  return () => app.stop();
}

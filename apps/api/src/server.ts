import { buildApp } from './app.js';
import { ConfigError, loadConfig } from './config.js';
import { openDatabase } from './db/client.js';
import { seedDemo } from './seed/demo.js';
import { createUser, hasLoginAccounts, randomPassword } from './modules/users/queries.js';
import { ensureSettings } from './modules/settings/staff-queries.js';

const SHUTDOWN_GRACE_MS = 10_000;

async function main() {
  const config = loadConfig();
  const database = await openDatabase(config.database);
  await database.migrate();
  if (config.seedDemo) {
    const { created } = await seedDemo(database.db);
    if (created) console.log('Demo content loaded.');
    if (!(await hasLoginAccounts(database.db))) {
      // Never a fixed default: a random password, printed once, for whoever started the demo.
      const password = randomPassword();
      const admin = await createUser(database.db, {
        email: 'admin@example.org',
        displayName: 'Demo admin',
        role: 'admin',
        password,
      });
      console.log(
        `\nDemo admin account (shown once, change it under /admin):\n  e-mail:   ${admin.email}\n  password: ${password}\n`,
      );
    }
  }
  // After the demo (which brings its own): a fresh site still needs settings and a name.
  await ensureSettings(database.db);

  const app = await buildApp(config, database);

  let closing = false;
  const shutdown = async (signal: string) => {
    if (closing) return;
    closing = true;
    app.log.info({ signal }, 'shutting down: finishing in-flight requests');
    const force = setTimeout(() => {
      app.log.error('shutdown took too long; exiting');
      process.exit(1);
    }, SHUTDOWN_GRACE_MS);
    force.unref();
    try {
      // The app first: it finishes in-flight requests and stops listening for cache news.
      await app.close();
      await database.close();
      process.exit(0);
    } catch (err) {
      app.log.error({ err }, 'error while shutting down');
      process.exit(1);
    }
  };
  process.once('SIGTERM', () => void shutdown('SIGTERM'));
  process.once('SIGINT', () => void shutdown('SIGINT'));

  await app.listen({ host: config.host, port: config.port });
  const where =
    database.driver === 'pg' ? 'PostgreSQL' : `embedded PGlite in ${config.database.dataDir}`;
  app.log.info(`Jaryk is running on http://localhost:${config.port} (database: ${where})`);
}

main().catch((err: unknown) => {
  if (err instanceof ConfigError) {
    console.error(err.message);
  } else {
    console.error('Jaryk failed to start:', err);
  }
  process.exit(1);
});

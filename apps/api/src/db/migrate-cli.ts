import { loadConfig } from '../config.js';
import { openDatabase } from './client.js';

// `pnpm db:migrate`: applies pending migrations and exits.
const config = loadConfig();
const handle = await openDatabase(config.database);
try {
  await handle.migrate();
  console.log(
    `migrations applied (${handle.driver}${handle.driver === 'pglite' ? `, ${config.database.dataDir}` : ''})`,
  );
} finally {
  await handle.close();
}

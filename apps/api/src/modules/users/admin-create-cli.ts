import { createInterface } from 'node:readline/promises';
import { Writable } from 'node:stream';
import { parseArgs } from 'node:util';
import { ConfigError, loadConfig } from '../../config.js';
import { openDatabase } from '../../db/client.js';
import { passwordWeakness } from '../auth/passwords.js';
import { findUserForLogin } from '../auth/queries.js';
import { createUser, randomPassword } from './queries.js';

// `pnpm admin:create [--email E] [--name N] [--password P | --generate-password]`: creates an
// admin account. Asks for whatever is missing when run in a terminal.

const USAGE = `usage: pnpm admin:create [--email E] [--name N] [--password P | --generate-password]

Creates an admin account in the database from the environment (DATABASE_URL, else PGlite in
DATA_DIR). Missing values are asked for; the password is read without echo. A generated
password is printed once.`;

async function ask(question: string, hidden = false): Promise<string> {
  let muted = false;
  const output = new Writable({
    write(chunk, _enc, done) {
      if (!muted) process.stdout.write(chunk);
      done();
    },
  });
  const rl = createInterface({ input: process.stdin, output, terminal: true });
  try {
    const answer = rl.question(question);
    muted = hidden;
    const value = await answer;
    if (hidden) process.stdout.write('\n');
    return value.trim();
  } finally {
    rl.close();
  }
}

async function main() {
  const { values } = parseArgs({
    options: {
      email: { type: 'string' },
      name: { type: 'string' },
      password: { type: 'string' },
      'generate-password': { type: 'boolean' },
      help: { type: 'boolean', short: 'h' },
    },
    strict: true,
  });
  if (values.help) {
    console.log(USAGE);
    return;
  }
  const interactive = process.stdin.isTTY;
  const email = values.email ?? (interactive ? await ask('E-mail: ') : '');
  if (!/^[^@\s]+@[^@\s]+$/.test(email)) throw new UsageError('a valid --email is required');
  const name = values.name ?? (interactive ? await ask('Name: ') : '');
  if (!name) throw new UsageError('--name is required');
  let password = values.password;
  const generated = values['generate-password'] || (!password && !interactive);
  if (generated) password = randomPassword();
  if (!password) password = await ask('Password (at least 10 characters): ', true);
  const weakness = passwordWeakness(password, { email, displayName: name });
  if (weakness) throw new UsageError(`password ${weakness}`);

  const config = loadConfig();
  const database = await openDatabase(config.database);
  try {
    await database.migrate();
    if (await findUserForLogin(database.db, email)) {
      throw new UsageError(`an account with e-mail ${email} exists already`);
    }
    const user = await createUser(database.db, {
      email,
      displayName: name,
      role: 'admin',
      password,
    });
    console.log(`Admin ${user.email} created (id ${user.id}).`);
    if (generated) console.log(`Password (shown once): ${password}`);
  } finally {
    await database.close();
  }
}

class UsageError extends Error {}

main().catch((err: unknown) => {
  if (err instanceof UsageError || err instanceof ConfigError) {
    console.error(err.message);
    if (err instanceof UsageError) console.error(`\n${USAGE}`);
  } else {
    console.error('admin:create failed:', err);
  }
  process.exit(1);
});

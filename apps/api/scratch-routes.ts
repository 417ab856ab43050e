import { openDatabase } from './src/db/client.js';
import { buildApp } from './src/app.js';
import { seedDemo } from './src/seed/demo.js';

const h = await openDatabase({ url: undefined, dataDir: 'memory://' });
await h.migrate();
console.log('seed', await seedDemo(h.db));
const app = await buildApp(
  { logLevel: 'silent', publicCache: { enabled: false, maxBytes: 0 }, webDist: null, trustProxy: false } as never,
  h,
);
const urls = process.argv.slice(2);
for (const url of urls) {
  const r = await app.inject({ url });
  console.log(`=== ${url} -> ${r.statusCode} ${r.headers['content-type']} link=${r.headers.link ?? ''}`);
  console.log(r.body.length > 6000 ? r.body.slice(0, 6000) + '…' : r.body);
}
await app.close();
await h.close();

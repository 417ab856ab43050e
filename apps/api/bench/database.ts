import pg from 'pg';
import { openDatabase } from '../src/db/client.js';
import { seedDemo } from '../src/seed/demo.js';
import { seedScale } from '../src/seed/scale.js';

/** A throw-away database on the machine's PostgreSQL server. */
export interface BenchDatabase {
  name: string;
  url: string;
  drop(): Promise<void>;
}

function withDatabase(serverUrl: string, database: string): string {
  const url = new URL(serverUrl);
  url.pathname = `/${database}`;
  return url.toString();
}

async function onMaintenance<T>(
  serverUrl: string,
  run: (client: pg.Client) => Promise<T>,
): Promise<T> {
  const client = new pg.Client({ connectionString: withDatabase(serverUrl, 'postgres') });
  await client.connect();
  try {
    return await run(client);
  } finally {
    await client.end();
  }
}

export async function createDatabase(serverUrl: string): Promise<BenchDatabase> {
  const stamp = new Date().toISOString().replace(/\D/g, '').slice(0, 14);
  const name = `jaryk_bench_${stamp}_${process.pid}`;
  await onMaintenance(serverUrl, (c) => c.query(`CREATE DATABASE "${name}"`));
  let dropped = false;
  return {
    name,
    url: withDatabase(serverUrl, name),
    async drop() {
      if (dropped) return;
      dropped = true;
      await onMaintenance(serverUrl, (c) =>
        c.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`),
      );
    },
  };
}

export interface SeedSummary {
  articles: number;
  publicArticles: number;
  events: number;
  publicEvents: number;
  seconds: number;
}

/** Migrates, loads the demo content and the generated volume, then refreshes planner statistics. */
export async function prepareDatabase(url: string, scale: number): Promise<SeedSummary> {
  const started = performance.now();
  const handle = await openDatabase({ url, dataDir: 'memory://', poolMax: 4 });
  try {
    await handle.migrate();
    await seedDemo(handle.db);
    await seedScale(handle.db, { scale, seed: 1 });
  } finally {
    await handle.close();
  }
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    // What autovacuum reaches on a live site: fresh statistics and a current visibility map.
    await client.query('VACUUM ANALYZE');
    const visible = `status = 'published' AND publish_at IS NOT NULL AND publish_at <= now()`;
    const { rows } = await client.query<{
      articles: number;
      public_articles: number;
      events: number;
      public_events: number;
    }>(
      `SELECT (SELECT count(*)::int FROM articles) AS articles,
        (SELECT count(*)::int FROM articles WHERE ${visible}) AS public_articles,
        (SELECT count(*)::int FROM events) AS events,
        (SELECT count(*)::int FROM events WHERE ${visible}) AS public_events`,
    );
    const r = rows[0];
    if (!r) throw new Error('counting the seeded rows returned nothing');
    return {
      articles: r.articles,
      publicArticles: r.public_articles,
      events: r.events,
      publicEvents: r.public_events,
      seconds: (performance.now() - started) / 1000,
    };
  } finally {
    await client.end();
  }
}

export interface Workload {
  /** Slugs of public articles, for the detail scenario. */
  slugs: string[];
  /** The oblast with the most public events (its own and those of places under it). */
  oblast: { slug: string; events: number };
  /** A frequent word of the generated English texts and the number of public articles it finds. */
  word: { q: string; articles: number };
}

/** Picks the scenario parameters from the data itself, so they follow whatever the seed writes. */
export async function findWorkload(
  url: string,
  override: { q?: string | undefined },
): Promise<Workload> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  const visible = (a: string) =>
    `${a}.status = 'published' AND ${a}.publish_at IS NOT NULL AND ${a}.publish_at <= now()`;
  try {
    const slugs = await client.query<{ slug: string }>(
      `SELECT DISTINCT ON (t.article_id) t.slug FROM article_translations t
        JOIN articles a ON a.id = t.article_id WHERE ${visible('a')}
        ORDER BY t.article_id, t.locale`,
    );
    const oblasts = await client.query<{ slug: string; events: number }>(
      `SELECT p.slug, count(e.id)::int AS events FROM places p
        JOIN places d ON d.path LIKE p.path || '%'
        JOIN events e ON e.place_id = d.id AND ${visible('e')}
        WHERE p.kind = 'oblast' GROUP BY p.slug ORDER BY events DESC, p.slug LIMIT 1`,
    );
    const oblast = oblasts.rows[0];
    if (!oblast) throw new Error('no oblast has public events: is the scale seed loaded?');
    let q = override.q;
    if (!q) {
      // The most frequent word of the English texts that still selects: in at most half of them
      // (the most frequent ones are in nearly every article, which is no search at all). Only
      // lexemes that are their own stem, so the word finds what was counted.
      const words = await client.query<{ word: string }>(
        `SELECT s.word FROM ts_stat($$SELECT search FROM article_translations WHERE locale = 'en'$$) s
          WHERE s.word ~ '^[a-z]{5,}$'
            AND s.ndoc <= (SELECT count(*) FROM article_translations WHERE locale = 'en') / 2
            AND websearch_to_tsquery('english', s.word)::text = '''' || s.word || ''''
          ORDER BY s.ndoc DESC, s.word LIMIT 1`,
      );
      q = words.rows[0]?.word;
      if (!q) throw new Error('no common English word found in the article texts');
    }
    const found = await client.query<{ n: number }>(
      `SELECT count(*)::int AS n FROM articles a WHERE ${visible('a')} AND a.id IN (
        SELECT st.article_id FROM article_translations st WHERE
          (st.locale = 'ru' AND st.search @@ websearch_to_tsquery('russian', $1)) OR
          (st.locale = 'en' AND st.search @@ websearch_to_tsquery('english', $1)) OR
          (st.locale = 'ky' AND st.search @@ websearch_to_tsquery('simple', $1)))`,
      [q],
    );
    return {
      slugs: slugs.rows.map((r) => r.slug),
      oblast,
      word: { q, articles: found.rows[0]?.n ?? 0 },
    };
  } finally {
    await client.end();
  }
}

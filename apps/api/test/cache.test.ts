import { describe, expect, it } from 'vitest';
import { getJson, testApp } from './helpers/app.js';
import { newArticle } from './helpers/factories.js';

describe('public response cache and conditional requests', () => {
  it('gives public GETs a strong ETag and answers 304 to If-None-Match', async () => {
    const first = await getJson('/api/v1/articles?locale=en&pageSize=3');
    const etag = String(first.headers.etag);
    expect(etag).toMatch(/^"[^"]+"$/);
    expect(String(first.headers['cache-control'])).toContain('stale-while-revalidate');
    const again = await getJson('/api/v1/articles?locale=en&pageSize=3', { 'if-none-match': etag });
    expect(again.status).toBe(304);
    const hit = await getJson('/api/v1/articles?locale=en&pageSize=3');
    expect(hit.headers['x-cache']).toBe('hit');
    expect(hit.headers.etag).toBe(etag);
  });

  it('forgets everything when content changes', async () => {
    const before = await getJson<{ meta: { total: number } }>('/api/v1/articles?q=cacheprobe');
    await getJson('/api/v1/articles?q=cacheprobe');
    await newArticle({ translations: { en: { title: 'cacheprobe' } } });
    const after = await getJson<{ meta: { total: number } }>('/api/v1/articles?q=cacheprobe');
    expect(after.body.meta.total).toBe(before.body.meta.total + 1);
  });

  it('shows a scheduled article as soon as its time comes', async () => {
    const publishAt = new Date(Date.now() + 1500);
    await newArticle({ publishAt, translations: { en: { title: 'scheduledprobe' } } });
    const early = await getJson<{ meta: { total: number } }>('/api/v1/articles?q=scheduledprobe');
    expect(early.body.meta.total).toBe(0);
    await new Promise((resolve) => setTimeout(resolve, 2000));
    const late = await getJson<{ meta: { total: number } }>('/api/v1/articles?q=scheduledprobe');
    expect(late.body.meta.total).toBe(1);
  });

  it('invalidates on a NOTIFY from another instance', async () => {
    const { app, database } = await testApp();
    await getJson('/api/v1/tags');
    expect(app.publicCache.size).toBeGreaterThan(0);
    const { sql } = await import('drizzle-orm');
    await database.db.execute(sql`select pg_notify('jaryk_public_cache', '')`);
    await expect.poll(() => app.publicCache.size, { timeout: 3000 }).toBe(0);
  });
});

describe('third parties', () => {
  it('may read public answers from any origin', async () => {
    const r = await getJson('/api/v1/events?pageSize=1', { origin: 'https://partner.example' });
    expect(r.headers['access-control-allow-origin']).toBe('*');
    expect(String(r.headers['access-control-expose-headers'])).toContain('Link');
  });
});

describe('compression', () => {
  it('compresses large answers for clients that accept it, and keeps the ETag', async () => {
    const { app } = await testApp();
    const plain = await app.inject({ url: '/api/v1/places' });
    const zipped = await app.inject({
      url: '/api/v1/places',
      headers: { 'accept-encoding': 'gzip' },
    });
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(zipped.headers['content-encoding']).toBe('gzip');
    expect(zipped.rawPayload.length).toBeLessThan(plain.rawPayload.length / 3);
    expect(zipped.headers.etag).toBe(plain.headers.etag);
    expect(String(zipped.headers.vary)).toMatch(/accept-encoding/i);
  });
});

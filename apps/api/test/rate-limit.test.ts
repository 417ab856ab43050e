import { describe, expect, it } from 'vitest';
import { buildApp } from '../src/app.js';
import { testApp, testAppOptions } from './helpers/app.js';

describe('rate limit', () => {
  it('answers 429 problem+json with Retry-After past the limit, per client address', async () => {
    const { database } = await testApp();
    const app = await buildApp(
      testAppOptions({
        publicCache: { enabled: true, maxBytes: 1024 * 1024 },
        rateLimitPerMinute: 3,
      }),
      database,
    );
    try {
      const get = (ip: string) => app.inject({ url: '/api/v1/tags', remoteAddress: ip });
      for (let i = 0; i < 3; i++) expect((await get('10.0.0.1')).statusCode).toBe(200);
      const limited = await get('10.0.0.1');
      expect(limited.statusCode).toBe(429);
      expect(limited.headers['content-type']).toContain('application/problem+json');
      expect(Number(limited.headers['retry-after'])).toBeGreaterThan(0);
      expect(JSON.parse(limited.body)).toMatchObject({ status: 429, title: 'Too Many Requests' });
      // Another client is not affected.
      expect((await get('10.0.0.2')).statusCode).toBe(200);
      // The docs are not API traffic.
      expect(
        (await app.inject({ url: '/api/openapi.json', remoteAddress: '10.0.0.1' })).statusCode,
      ).toBe(200);
    } finally {
      await app.close();
    }
  });
});

import { describe, expect, it } from 'vitest';
import { testApp } from './helpers/app.js';

interface Problem {
  type: string;
  title: string;
  status: number;
  detail?: string;
  errors?: { in: string; field: string; message: string }[];
}

async function request(
  method: 'GET' | 'POST',
  url: string,
  init: { headers?: Record<string, string>; payload?: string } = {},
) {
  const { app } = await testApp();
  const r = await app.inject({
    method,
    url,
    headers: init.headers ?? {},
    ...(init.payload !== undefined ? { payload: init.payload } : {}),
  });
  return {
    status: r.statusCode,
    type: String(r.headers['content-type']),
    body: r.body,
    problem: JSON.parse(r.body || '{}') as Problem,
  };
}

describe('bad input is a clear problem+json, never a 500', () => {
  const cases: [string, string, number, string?][] = [
    ['pageSize 0', '/api/v1/articles?pageSize=0', 400, 'pageSize'],
    ['pageSize 1000', '/api/v1/articles?pageSize=1000', 400, 'pageSize'],
    ['page 0', '/api/v1/events?page=0', 400, 'page'],
    ['page not a number', '/api/v1/events?page=abc', 400, 'page'],
    ['huge number', '/api/v1/articles?page=999999999999999999999999', 400, 'page'],
    ['unknown parameter', '/api/v1/articles?color=red', 400, 'color'],
    ['misspelt filter', '/api/v1/events?plaec=bishkek', 400, 'plaec'],
    ['unknown locale', '/api/v1/articles?locale=de', 400, 'locale'],
    ['bad enum', '/api/v1/events?format=party', 400, 'format'],
    ['bad sort', '/api/v1/articles?sort=id', 400, 'sort'],
    ['relevance without q', '/api/v1/articles?sort=relevance', 400, 'sort'],
    ['bad date', '/api/v1/events?from=2022-13-40', 400, 'from'],
    [
      'SQL in a slug filter',
      `/api/v1/events?place=${encodeURIComponent("x' OR 1=1 --")}`,
      400,
      'place',
    ],
    ['SQL in a path', `/api/v1/articles/${encodeURIComponent("x' OR '1'='1")}`, 400, 'slug'],
    ['__proto__ as parameter', '/api/v1/articles?__proto__=1', 400, '__proto__'],
    ['constructor as parameter', '/api/v1/articles?constructor[prototype][x]=1', 400],
    ['overlong search', `/api/v1/articles?q=${'a'.repeat(500)}`, 400, 'q'],
    ['bad groupBy', '/api/v1/stats/impact?groupBy=password', 400, 'groupBy'],
    ['repeated scalar', '/api/v1/articles?page=1&page=2', 400, 'page'],
    ['bad media id', '/api/v1/media/-1', 400],
  ];

  it.each(cases)('%s', async (_name, url, status, field) => {
    const r = await request('GET', url);
    expect(r.status).toBe(status);
    expect(r.type).toContain('application/problem+json');
    expect(r.problem.status).toBe(status);
    expect(r.body).not.toMatch(/at .*\.ts:\d+|SELECT|stack/i);
    if (field) expect(r.problem.errors?.map((e) => e.field)).toContain(field);
  });

  it('unknown routes are problem 404s', async () => {
    const r = await request('GET', '/api/v1/no-such-thing');
    expect(r.status).toBe(404);
    expect(r.problem.title).toBe('Not Found');
  });

  it('a body of an odd Content-Type on a route without one is refused without harm', async () => {
    for (const type of ['application/xml', 'text/plain', 'multipart/form-data; boundary=x']) {
      const r = await request('POST', '/api/v1/articles', {
        headers: { 'content-type': type },
        payload: '<x/>',
      });
      expect([404, 405, 415]).toContain(r.status);
      expect(r.type).toContain('application/problem+json');
    }
  });

  it('JSON with __proto__ or broken syntax is refused with 400 or 404, not 500', async () => {
    for (const payload of ['{"__proto__": {"admin": true}}', '{"a":', '']) {
      const r = await request('POST', '/api/v1/articles', {
        headers: { 'content-type': 'application/json' },
        payload,
      });
      expect(r.status).toBeLessThan(500);
      expect(r.type).toContain('application/problem+json');
    }
  });

  it('the database survived all of it', async () => {
    const r = await request('GET', '/api/v1/articles?q=harassment');
    expect(r.status).toBe(200);
  });
});

import { readFile } from 'node:fs/promises';
import openapiTS, { astToString } from 'openapi-typescript';
import { describe, expect, it } from 'vitest';
import { ProblemError, createJarykClient, unwrap } from '../src/index.js';

const root = new URL('../', import.meta.url);

describe('generated client', () => {
  it('is up to date with the committed OpenAPI document (run `pnpm gen:client` otherwise)', async () => {
    const document = new URL('openapi.json', root);
    const expected = astToString(await openapiTS(document));
    const committed = await readFile(new URL('src/generated/schema.ts', root), 'utf8');
    // The CLI adds a banner; compare the generated body.
    expect(committed.endsWith(expected)).toBe(true);
  });
});

/** A fetch that answers only the requests it was told about. */
function fakeFetch(routes: Record<string, { status: number; body: unknown; type?: string }>) {
  return async (input: Request) => {
    const url = new URL(input.url);
    const route = routes[`${input.method} ${url.pathname}${url.search}`];
    if (!route) throw new Error(`unexpected request ${input.method} ${input.url}`);
    return new Response(JSON.stringify(route.body), {
      status: route.status,
      headers: { 'content-type': route.type ?? 'application/json' },
    });
  };
}

describe('createJarykClient and unwrap', () => {
  it('returns typed data on success', async () => {
    const client = createJarykClient({
      baseUrl: 'http://api.test',
      fetch: fakeFetch({
        'GET /api/v1/tags?locale=en': {
          status: 200,
          body: { data: [{ slug: 'a', name: 'A', locale: 'en', articleCount: 2 }] },
        },
      }),
    });
    const tags = unwrap(await client.GET('/api/v1/tags', { params: { query: { locale: 'en' } } }));
    expect(tags.data[0]?.articleCount).toBe(2);
  });

  it('throws a ProblemError carrying the problem details', async () => {
    const problem = {
      type: 'urn:jaryk:problem:not-found',
      title: 'Not Found',
      status: 404,
      detail: 'Event not found',
    };
    const client = createJarykClient({
      baseUrl: 'http://api.test',
      fetch: fakeFetch({
        'GET /api/v1/events/nope': { status: 404, body: problem, type: 'application/problem+json' },
      }),
    });
    const result = await client.GET('/api/v1/events/{slug}', {
      params: { path: { slug: 'nope' } },
    });
    expect(() => unwrap(result)).toThrowError(ProblemError);
    try {
      unwrap(result);
    } catch (error) {
      expect((error as ProblemError).status).toBe(404);
      expect((error as ProblemError).message).toBe('Event not found');
    }
  });

  it('turns a non-problem failure (a proxy page) into a ProblemError with the status', async () => {
    const client = createJarykClient({
      baseUrl: 'http://api.test',
      fetch: fakeFetch({ 'GET /api/v1/tags': { status: 502, body: 'Bad gateway' } }),
    });
    expect(() =>
      unwrap({ error: 'Bad gateway', response: new Response('', { status: 502 }) }),
    ).toThrowError(ProblemError);
    const result = await client.GET('/api/v1/tags');
    expect(() => unwrap(result)).toThrowError(/Request failed|Bad Gateway/);
  });
});

import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { getJson } from './helpers/app.js';
import { OPENAPI_PATH, renderOpenApiDocument } from '../scripts/openapi-document.js';

interface Operation {
  operationId?: string;
  tags?: string[];
  responses: Record<string, unknown>;
}

describe('OpenAPI', () => {
  it('documents every route with an operationId, tags and responses', async () => {
    const { status, body } = await getJson<{
      openapi: string;
      paths: Record<string, Record<string, Operation>>;
    }>('/api/openapi.json');
    expect(status).toBe(200);
    expect(body.openapi).toBe('3.1.0');
    const operations = Object.values(body.paths).flatMap((p) => Object.values(p));
    expect(operations.length).toBeGreaterThanOrEqual(10);
    for (const op of operations) {
      expect(op.operationId).toMatch(/^[a-z]+[A-Za-z]+$/);
      expect(op.tags?.length).toBeGreaterThan(0);
      expect(Object.keys(op.responses).filter((code) => /^2\d\d$/.test(code))).not.toEqual([]);
    }
    const ids = operations.map((o) => o.operationId);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('serves the docs UI', async () => {
    const r = await getJson('/api/docs/json').catch(() => null);
    expect(r?.status).toBe(200);
  });

  it('the committed document is up to date (run `pnpm gen:client` otherwise)', async () => {
    const committed = await readFile(OPENAPI_PATH, 'utf8');
    expect(await renderOpenApiDocument()).toBe(committed);
  });
});

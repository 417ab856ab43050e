/**
 * Test double of `src/api.ts`: the real client over a fake fetch. Use it with
 * `vi.mock('…/api', () => import('…/testing/mock-api'))` and queue answers on `server`.
 */
import { createJarykClient } from '@jaryk/client';
import { createFakeFetch } from './fake-fetch';

export const server = createFakeFetch();

export const api = createJarykClient({ baseUrl: 'http://api.test', fetch: server.fetch });

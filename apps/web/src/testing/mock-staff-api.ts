/**
 * Test double of `src/staff-api.ts`: the real staff client (CSRF middleware included) over the
 * same fake fetch as mock-api.ts. Use `vi.mock('…/staff-api', () => import('…/testing/mock-staff-api'))`.
 */
import { createStaffClient } from '../staff-client';
import { server } from './mock-api';

export { server };

export const { client: staffApi, setCsrfToken } = createStaffClient({
  baseUrl: 'http://api.test',
  fetch: server.fetch,
});

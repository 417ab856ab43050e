import { createStaffClient } from './staff-client';

/**
 * The admin's API client (with the CSRF header): imported only by admin code and the session
 * store, so visitors never download it. Tests mock this module with testing/mock-staff-api.ts.
 */
export const { client: staffApi, setCsrfToken } = createStaffClient({
  baseUrl: import.meta.env.VITE_API_URL ?? '',
});

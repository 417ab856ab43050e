import { createJarykClient } from '@jaryk/client';

/**
 * The one API client of the app. Same origin by default (the API serves the built SPA, and
 * `vite dev` / `vite preview` proxy /api); set VITE_API_URL at build time to host the SPA elsewhere.
 */
export const api = createJarykClient({ baseUrl: import.meta.env.VITE_API_URL ?? '' });

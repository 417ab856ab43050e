import fp from 'fastify-plugin';
import rateLimit from '@fastify/rate-limit';
import type { FastifyInstance } from 'fastify';
import { HttpProblem } from '../shared/problems.js';

export interface RateLimitOptions {
  /** Requests per minute and client address on the API; 0 switches the limit off. */
  perMinute: number;
}

/**
 * A fair-use limit per client address for the whole API. Counters live in this process; behind
 * several replicas each one counts on its own, which keeps the limit per replica.
 */
export default fp<RateLimitOptions>(
  async function rateLimitPlugin(app: FastifyInstance, { perMinute }) {
    if (perMinute <= 0) return;
    await app.register(rateLimit, {
      global: true,
      max: perMinute,
      timeWindow: 60_000,
      // The docs UI and the SPA's files are not API traffic.
      allowList: (request) => !request.url.startsWith('/api/v1/'),
      errorResponseBuilder: (_request, context) =>
        new HttpProblem({
          status: 429,
          title: 'Too Many Requests',
          detail: `At most ${context.max} requests a minute; try again in ${Math.ceil(context.ttl / 1000)} s.`,
        }),
    });
  },
  { name: 'rate-limit' },
);

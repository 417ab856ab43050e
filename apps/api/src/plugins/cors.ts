import fp from 'fastify-plugin';
import type { FastifyInstance } from 'fastify';

/**
 * Public reads may be fetched from any site (partners' pages, journalists' notebooks): they
 * carry no credentials, so `*` is safe. Staff routes never get these headers.
 */
export default fp(
  async function corsPlugin(app: FastifyInstance) {
    app.addHook('onSend', async (request, reply, payload) => {
      if (request.routeOptions.config.publicCache === true) {
        reply.header('access-control-allow-origin', '*');
        reply.header('access-control-expose-headers', 'ETag, Link');
      }
      return payload;
    });
  },
  { name: 'cors' },
);

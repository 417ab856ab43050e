import { Type } from 'typebox';
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { pingDatabase } from './queries.js';

const Health = Type.Object(
  {
    status: Type.Literal('ok'),
    database: Type.Enum(['pg', 'pglite']),
  },
  { title: 'Health' },
);

export const systemRoutes: FastifyPluginAsyncTypebox = async (app) => {
  app.get(
    '/api/health',
    {
      schema: {
        operationId: 'getHealth',
        tags: ['system'],
        summary: 'Liveness and database reachability',
        response: { 200: Health },
      },
    },
    async (_request, reply) => {
      await pingDatabase(app.db);
      return reply
        .header('cache-control', 'no-store')
        .send({ status: 'ok' as const, database: app.dbDriver });
    },
  );
};

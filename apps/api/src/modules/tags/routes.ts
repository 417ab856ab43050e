import { Type } from 'typebox';
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import {
  LocaleSchema,
  NotModified,
  QueryString,
  localeQuery,
  problemResponses,
} from '../../shared/schemas.js';
import { listTags } from './queries.js';

const Tag = Type.Object(
  {
    slug: Type.String(),
    name: Type.String(),
    locale: LocaleSchema,
    articleCount: Type.Integer({ description: 'Public articles with this tag' }),
  },
  { title: 'Tag' },
);

export const tagRoutes: FastifyPluginAsyncTypebox = async (app) => {
  app.get(
    '/tags',
    {
      config: { publicCache: true },
      schema: {
        operationId: 'listTags',
        tags: ['tags'],
        summary: 'All article tags with their article counts',
        querystring: QueryString({ ...localeQuery }),
        response: {
          200: Type.Object({ data: Type.Array(Tag) }),
          ...NotModified,
          ...problemResponses(400),
        },
      },
    },
    async (request) => {
      const locale = request.query.locale ?? (await app.defaultLocale());
      return { data: await listTags(app.db, locale) };
    },
  );
};

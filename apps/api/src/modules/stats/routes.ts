import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { NotModified, problemResponses } from '../../shared/schemas.js';
import { ImpactQuery, ImpactReport, MINIMUM_SHOWN_COUNT } from './schemas.js';
import { impactByGroup } from './queries.js';
import { suppressSmallCounts } from './suppression.js';

export const statsRoutes: FastifyPluginAsyncTypebox = async (app) => {
  app.get(
    '/stats/impact',
    {
      config: { publicCache: true },
      schema: {
        operationId: 'getImpactStats',
        tags: ['stats'],
        summary:
          'Participants reached by group, optionally grouped by region, district, year, project, partner or format',
        description:
          'Aggregates of public events only. Counts from 1 to 4 are withheld (null, listed in ' +
          '`suppressed`) so that small groups cannot be identified.',
        querystring: ImpactQuery,
        response: { 200: ImpactReport, ...NotModified, ...problemResponses(400) },
      },
    },
    async (request) => {
      const locale = request.query.locale ?? (await app.defaultLocale());
      const { rows, totals } = await impactByGroup(app.db, { ...request.query, locale });
      return {
        data: rows.map(suppressSmallCounts),
        totals: suppressSmallCounts(totals),
        meta: {
          groupBy: request.query.groupBy,
          locale,
          minimumShownCount: MINIMUM_SHOWN_COUNT,
          note: `Counts from 1 to ${MINIMUM_SHOWN_COUNT - 1} are withheld to protect participants.`,
        },
      };
    },
  );
};

import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { NotModified, problemResponses } from '../../shared/schemas.js';
import { communityGroupCounts } from '../community-groups/queries.js';
import {
  GroupStatsQuery,
  GroupStatsReport,
  ImpactQuery,
  ImpactReport,
  MINIMUM_SHOWN_COUNT,
} from './schemas.js';
import { impactByGroup } from './queries.js';
import { groupStatsOf } from './groups.js';
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

  app.get(
    '/stats/groups',
    {
      config: { publicCache: true },
      schema: {
        operationId: 'getCommunityGroupStats',
        tags: ['stats', 'community-groups'],
        summary:
          'Community groups counted by kind, region or district, with members and children reported',
        description:
          'Public groups only, with the filters of GET /api/v1/community-groups. Nothing is ' +
          'withheld: counts of groups are not personal, and each group shows its member count ' +
          'on its own page. Member totals add up what groups reported (`withMemberCount` says ' +
          "how many did); associations' counts stay out of `members` and `children`, since " +
          'their people are those of their member groups.',
        querystring: GroupStatsQuery,
        response: { 200: GroupStatsReport, ...NotModified, ...problemResponses(400) },
      },
    },
    async (request) => {
      const locale = request.query.locale ?? (await app.defaultLocale());
      const raw = await communityGroupCounts(app.db, { ...request.query, locale });
      const { data, totals } = groupStatsOf(raw, request.query.groupBy);
      return {
        data,
        totals,
        meta: {
          groupBy: request.query.groupBy,
          locale,
          note: 'Groups count once each; member counts are as the groups reported them.',
        },
      };
    },
  );
};

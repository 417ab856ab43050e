import { Type, type Static } from 'typebox';
import { PARTICIPANT_GROUPS } from '../../db/schema/events.js';
import { LocaleSchema, Nullable, QueryString, localeQuery } from '../../shared/schemas.js';
import { eventFilterQuery } from '../events/filters.js';
import { COMMUNITY_GROUP_KINDS } from '../../db/schema/community-groups.js';
import { communityGroupFilters } from '../community-groups/schemas.js';

export const IMPACT_GROUPINGS = [
  'none',
  'region',
  'district',
  'year',
  'project',
  'partner',
  'format',
] as const;
export type ImpactGrouping = (typeof IMPACT_GROUPINGS)[number];

/** Counts from 1 to this minus one are withheld: small groups could identify people. */
export const MINIMUM_SHOWN_COUNT = 5;

const groupCount = (group: string) =>
  Nullable(
    Type.Integer({
      minimum: 0,
      description: `Participants (${group}); null when withheld as fewer than ${MINIMUM_SHOWN_COUNT}`,
    }),
  );

export const ImpactFigures = Type.Object(
  {
    events: Type.Integer({ description: 'Public events counted' }),
    eventsWithCounts: Type.Integer({ description: 'Of those, events that reported participants' }),
    women: groupCount('women'),
    girls: groupCount('girls'),
    men: groupCount('men'),
    boys: groupCount('boys'),
    unspecified: groupCount('group not given'),
    total: groupCount('all groups'),
    suppressed: Type.Array(Type.Enum([...PARTICIPANT_GROUPS, 'total']), {
      description: 'Figures withheld in this row (shown as "fewer than 5")',
    }),
  },
  { title: 'ImpactFigures' },
);

export const ImpactRow = Type.Object(
  {
    key: Nullable(Type.String({ description: 'Slug, year or format; null for "unknown"' })),
    label: Nullable(Type.String({ description: 'Name in the served locale; null for "unknown"' })),
    ...ImpactFigures.properties,
  },
  { title: 'ImpactRow' },
);

export const ImpactReport = Type.Object(
  {
    data: Type.Array(ImpactRow),
    totals: ImpactFigures,
    meta: Type.Object(
      {
        groupBy: Type.Enum(IMPACT_GROUPINGS),
        locale: LocaleSchema,
        minimumShownCount: Type.Integer(),
        note: Type.String(),
      },
      { title: 'ImpactMeta' },
    ),
  },
  { title: 'ImpactReport' },
);

export const ImpactQuery = QueryString({
  ...localeQuery,
  groupBy: Type.Enum(IMPACT_GROUPINGS, {
    default: 'none',
    description:
      'region: oblast or city of republican significance; district: raion (or the city); ' +
      'year: of the start date in Asia/Bishkek; an event with several projects or partners counts in each',
  }),
  ...eventFilterQuery('Events'),
  from: Type.Optional(
    Type.String({ format: 'date', description: 'Events starting on or after (YYYY-MM-DD)' }),
  ),
  to: Type.Optional(
    Type.String({ format: 'date', description: 'Events starting on or before (YYYY-MM-DD)' }),
  ),
});
export type ImpactQuery = Static<typeof ImpactQuery>;

/*
 * Community groups in numbers (GET /stats/groups). Counts of groups are not personal data and
 * member counts of one group are public on its page, so nothing here is withheld: small-number
 * suppression protects people who took part in events on violence, not the size of a savings
 * group. Associations' member counts are their member groups' people, so they stay out of the
 * people totals (else those would count people twice).
 */
export const GROUP_STATS_GROUPINGS = ['none', 'kind', 'region', 'district'] as const;

export const GroupKindFigures = Type.Object(
  {
    kind: Type.Enum(COMMUNITY_GROUP_KINDS),
    groups: Type.Integer({ minimum: 0, description: 'Public groups of this kind' }),
    active: Type.Integer({ minimum: 0, description: 'Of those, active (not closed)' }),
    withMemberCount: Type.Integer({
      minimum: 0,
      description: 'Of those, groups that reported how many members (children) they have',
    }),
    memberTotal: Type.Integer({
      minimum: 0,
      description:
        'Sum of the reported member counts: people for self-help groups, children for ' +
        "children's groups and maternal schools, member groups' people for associations",
    }),
  },
  { title: 'GroupKindFigures' },
);

export const GroupFigures = Type.Object(
  {
    groups: Type.Integer({ minimum: 0, description: 'Public groups of every kind' }),
    active: Type.Integer({ minimum: 0 }),
    members: Type.Integer({
      minimum: 0,
      description: 'Reported members of self-help groups (adults)',
    }),
    children: Type.Integer({
      minimum: 0,
      description: "Reported children of children's self-help groups and maternal schools",
    }),
    byKind: Type.Array(GroupKindFigures, { description: 'Only kinds with at least one group' }),
  },
  { title: 'GroupFigures' },
);

export const GroupStatsRow = Type.Object(
  {
    key: Nullable(
      Type.String({ description: 'Place slug or kind; null for groups without a place' }),
    ),
    label: Nullable(Type.String({ description: 'Place name in the served locale, or the kind' })),
    ...GroupFigures.properties,
  },
  { title: 'GroupStatsRow' },
);

export const GroupStatsReport = Type.Object(
  {
    data: Type.Array(GroupStatsRow),
    totals: GroupFigures,
    meta: Type.Object(
      {
        groupBy: Type.Enum(GROUP_STATS_GROUPINGS),
        locale: LocaleSchema,
        note: Type.String(),
      },
      { title: 'GroupStatsMeta' },
    ),
  },
  { title: 'GroupStatsReport' },
);

export const GroupStatsQuery = QueryString({
  ...localeQuery,
  groupBy: Type.Enum(GROUP_STATS_GROUPINGS, {
    default: 'none',
    description:
      'kind: per kind of group; region: oblast or city of republican significance; ' +
      'district: raion (or the city)',
  }),
  ...communityGroupFilters,
});
export type GroupStatsQuery = Static<typeof GroupStatsQuery>;

import { Type, type Static } from 'typebox';
import { PARTICIPANT_GROUPS } from '../../db/schema/events.js';
import { LocaleSchema, Nullable, QueryString, localeQuery } from '../../shared/schemas.js';
import { eventFilterQuery } from '../events/filters.js';

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

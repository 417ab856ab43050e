import { Type, type Static } from 'typebox';
import {
  COMMUNITY_GROUP_KINDS,
  GROUP_ACTIVITY_STATUSES,
} from '../../db/schema/community-groups.js';
import { ORGANIZATION_KINDS } from '../../db/schema/organizations.js';
import {
  DateTime,
  LocalizedFields,
  Nullable,
  QueryString,
  SlugSchema,
  localeQuery,
  paginationQuery,
} from '../../shared/schemas.js';
import { ArticleRef, Coordinates, EventPlace, ProjectRef } from '../events/schemas.js';
import { Media } from '../media/schemas.js';

export const CommunityGroupKind = Type.Enum(COMMUNITY_GROUP_KINDS, {
  title: 'CommunityGroupKind',
  description:
    'self_help_group: about a dozen neighbours (mostly women) who save and work together; ' +
    'children_self_help_group: the same for children; association: a federation of groups; ' +
    'maternal_school: a community pre-school run by mothers',
});

export const GroupActivityStatus = Type.Enum(GROUP_ACTIVITY_STATUSES, {
  title: 'GroupActivityStatus',
});

const MemberCount = Nullable(
  Type.Integer({
    minimum: 0,
    description:
      'Members of a group, children of a maternal school or children’s group, people of the ' +
      'member groups of an association; null when not known. A count, never a list.',
  }),
);

export const CommunityGroupSummary = Type.Object(
  {
    id: Type.Integer(),
    slug: Type.String(),
    kind: CommunityGroupKind,
    ...LocalizedFields,
    name: Type.String(),
    place: Nullable(EventPlace),
    /** The group's own coordinates, else its place's. */
    coordinates: Nullable(Coordinates),
    foundedYear: Nullable(Type.Integer({ description: 'Null when not known' })),
    memberCount: MemberCount,
    activityStatus: GroupActivityStatus,
    cover: Nullable(Media),
  },
  { title: 'CommunityGroupSummary' },
);

export const CommunityGroupRef = Type.Object(
  {
    slug: Type.String(),
    kind: CommunityGroupKind,
    name: Type.String(),
    placeName: Nullable(Type.String()),
  },
  { title: 'CommunityGroupRef' },
);

export const OrganizationRef = Type.Object(
  { slug: Type.String(), kind: Type.Enum(ORGANIZATION_KINDS), name: Type.String() },
  { title: 'OrganizationRef' },
);

export const CommunityGroupGrant = Type.Object(
  {
    amount: Type.String({
      pattern: '^\\d+\\.\\d{2}$',
      description: 'Decimal string with two places (exact, unlike a float), e.g. "1500.00"',
    }),
    currency: Type.String({ description: 'ISO 4217, e.g. KGS, EUR, USD' }),
    /** The funding organization, when it is public on the site. */
    funder: Nullable(OrganizationRef),
    funderName: Nullable(
      Type.String({ description: 'The funder in words, when it is not an organization here' }),
    ),
    year: Nullable(Type.Integer()),
    purpose: Nullable(Type.String()),
  },
  { title: 'CommunityGroupGrant' },
);

export const CommunityGroupEventRef = Type.Object(
  {
    slug: Type.String(),
    title: Type.String(),
    startsAt: Nullable({ ...DateTime, description: 'Null when the source gives no date' }),
  },
  { title: 'CommunityGroupEventRef' },
);

export const CommunityGroup = Type.Object(
  {
    ...CommunityGroupSummary.properties,
    activities: Nullable(Type.String({ description: 'What the group does together' })),
    business: Nullable(Type.String({ description: 'Its income-generating business, if any' })),
    description: Nullable(Type.String({ description: 'Sanitized HTML' })),
    leaderName: Nullable(
      Type.String({ description: 'Only when the group agreed to show it; otherwise null' }),
    ),
    updatedAt: DateTime,
    grants: Type.Array(CommunityGroupGrant),
    memberGroups: Type.Array(CommunityGroupRef, {
      description: 'Public member groups (associations only)',
    }),
    associations: Type.Array(CommunityGroupRef, {
      description: 'Public associations this group belongs to',
    }),
    projects: Type.Array(ProjectRef),
    events: Type.Array(CommunityGroupEventRef, {
      description: 'Public events the group took part in, newest first',
    }),
    articles: Type.Array(ArticleRef, { description: 'Public articles that mention the group' }),
  },
  { title: 'CommunityGroup' },
);

/** The list's filters, shared with the GeoJSON feed and the group statistics. */
export const communityGroupFilters = {
  kind: Type.Optional(Type.Enum(COMMUNITY_GROUP_KINDS, { description: 'Groups of this kind' })),
  place: Type.Optional({
    ...SlugSchema,
    description: 'Groups in this place or any place under it',
  }),
  project: Type.Optional({ ...SlugSchema, description: 'Groups in this project or initiative' }),
  status: Type.Optional(
    Type.Enum(GROUP_ACTIVITY_STATUSES, { description: 'Active or closed groups' }),
  ),
};

export const CommunityGroupListFilters = QueryString({
  ...localeQuery,
  q: Type.Optional(
    Type.String({
      minLength: 1,
      maxLength: 200,
      description:
        'Name contains this (any language, case-insensitive), or the group is in a place of this name',
    }),
  ),
  ...communityGroupFilters,
});
export type CommunityGroupListFilters = Static<typeof CommunityGroupListFilters>;

export const CommunityGroupListQuery = QueryString({
  ...CommunityGroupListFilters.properties,
  ...paginationQuery,
});
export type CommunityGroupListQuery = Static<typeof CommunityGroupListQuery>;

export const CommunityGroupDetailQuery = QueryString({ ...localeQuery });

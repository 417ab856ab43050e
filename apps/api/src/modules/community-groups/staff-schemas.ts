import { Type } from 'typebox';
import {
  COMMUNITY_GROUP_KINDS,
  GROUP_ACTIVITY_STATUSES,
} from '../../db/schema/community-groups.js';
import { Nullable, SlugSchema } from '../../shared/schemas.js';
import { OptionalText, RefId, RefIds, TranslationsDocument, Title } from '../staff/fields.js';
import { StaffRef, TranslationsOf, documentMeta, workflowMeta } from '../staff/schemas.js';

export const CommunityGroupTranslationInput = Type.Object(
  {
    name: Title(300),
    activities: OptionalText(5000),
    business: OptionalText(5000),
    description: Type.Optional(
      Nullable(
        Type.String({
          maxLength: 500_000,
          description: 'HTML; sanitized to an allow-list on save',
        }),
      ),
    ),
  },
  { additionalProperties: false, title: 'CommunityGroupTranslationInput' },
);

const Year = Type.Integer({ minimum: 1900, maximum: 2100 });

export const CommunityGroupGrantInput = Type.Object(
  {
    amount: Type.Union(
      [
        Type.Number({ minimum: 0, maximum: 999_999_999_999.99 }),
        Type.String({ pattern: '^\\d{1,12}(\\.\\d{1,2})?$' }),
      ],
      { description: 'At most two decimals; a decimal string keeps it exact, e.g. "1500.50"' },
    ),
    currency: Type.String({ pattern: '^[A-Z]{3}$', description: 'ISO 4217, e.g. KGS, EUR, USD' }),
    funderOrganizationId: Type.Optional(
      Nullable({ ...RefId, description: 'The funder, when it is an organization on the site' }),
    ),
    funderName: OptionalText(300),
    year: Type.Optional(Nullable(Year)),
    purpose: OptionalText(1000),
  },
  { additionalProperties: false, title: 'CommunityGroupGrantInput' },
);

const communityGroupFields = {
  placeId: Type.Optional(
    Nullable({ ...RefId, description: 'A node of the place tree (a village)' }),
  ),
  latitude: Type.Optional(Nullable(Type.Number({ minimum: -90, maximum: 90 }))),
  longitude: Type.Optional(Nullable(Type.Number({ minimum: -180, maximum: 180 }))),
  foundedYear: Type.Optional(Nullable(Year)),
  memberCount: Type.Optional(
    Nullable(
      Type.Integer({
        minimum: 0,
        maximum: 1_000_000,
        description: 'Members (children of a maternal school); a count, never a list',
      }),
    ),
  ),
  activityStatus: Type.Optional(Type.Enum(GROUP_ACTIVITY_STATUSES)),
  leaderName: OptionalText(300),
  leaderNamePublic: Type.Optional(
    Type.Boolean({ description: 'The leader agreed to have her name shown publicly' }),
  ),
  coverMediaId: Type.Optional(Nullable(RefId)),
  grants: Type.Optional(
    Type.Array(CommunityGroupGrantInput, {
      maxItems: 100,
      description: 'Grants received, in order; replaced as a whole when sent',
    }),
  ),
  memberGroupIds: Type.Optional({
    ...RefIds,
    description: 'Member groups; only an association has them, never itself',
  }),
  eventIds: Type.Optional({ ...RefIds, description: 'Events the group took part in' }),
  projectIds: Type.Optional(RefIds),
  articleIds: Type.Optional({ ...RefIds, description: 'Articles that mention the group' }),
};

export const CommunityGroupCreate = Type.Object(
  {
    slug: SlugSchema,
    kind: Type.Enum(COMMUNITY_GROUP_KINDS),
    ...communityGroupFields,
    translations: TranslationsOf(CommunityGroupTranslationInput, { patch: false }),
  },
  { additionalProperties: false, title: 'CommunityGroupCreate' },
);

export const CommunityGroupUpdate = Type.Object(
  {
    slug: Type.Optional(SlugSchema),
    kind: Type.Optional(Type.Enum(COMMUNITY_GROUP_KINDS)),
    ...communityGroupFields,
    translations: Type.Optional(TranslationsOf(CommunityGroupTranslationInput, { patch: true })),
  },
  { additionalProperties: false, title: 'CommunityGroupUpdate' },
);

export const CommunityGroupTranslationDocument = Type.Object(
  {
    name: Type.String(),
    activities: Nullable(Type.String()),
    business: Nullable(Type.String()),
    description: Nullable(Type.String()),
  },
  { title: 'CommunityGroupTranslation' },
);

export const CommunityGroupGrantDocument = Type.Object(
  {
    amount: Type.String({ description: 'Decimal string with two places, e.g. "1500.00"' }),
    currency: Type.String(),
    funderOrganizationId: Nullable(Type.Integer()),
    funderName: Nullable(Type.String()),
    year: Nullable(Type.Integer()),
    purpose: Nullable(Type.String()),
  },
  { title: 'CommunityGroupGrantDocument' },
);

export const CommunityGroupDocument = Type.Object(
  {
    ...documentMeta,
    ...workflowMeta,
    owner: Nullable(StaffRef),
    slug: Type.String(),
    kind: Type.Enum(COMMUNITY_GROUP_KINDS),
    placeId: Nullable(Type.Integer()),
    latitude: Nullable(Type.Number()),
    longitude: Nullable(Type.Number()),
    foundedYear: Nullable(Type.Integer()),
    memberCount: Nullable(Type.Integer()),
    activityStatus: Type.Enum(GROUP_ACTIVITY_STATUSES),
    leaderName: Nullable(Type.String()),
    leaderNamePublic: Type.Boolean(),
    coverMediaId: Nullable(Type.Integer()),
    grants: Type.Array(CommunityGroupGrantDocument),
    memberGroupIds: Type.Array(Type.Integer()),
    associationIds: Type.Array(Type.Integer(), {
      description: 'Associations listing this group as a member (read-only; edit the association)',
    }),
    eventIds: Type.Array(Type.Integer()),
    projectIds: Type.Array(Type.Integer()),
    articleIds: Type.Array(Type.Integer()),
    translations: TranslationsDocument(CommunityGroupTranslationDocument),
  },
  { title: 'CommunityGroupDocument' },
);

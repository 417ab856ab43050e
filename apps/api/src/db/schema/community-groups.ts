import {
  boolean,
  check,
  doublePrecision,
  index,
  integer,
  numeric,
  pgEnum,
  pgTable,
  primaryKey,
  text,
  uniqueIndex,
} from 'drizzle-orm/pg-core';
import { sql } from 'drizzle-orm';
import { localeEnum, publishable } from './common.js';
import { articles } from './articles.js';
import { events } from './events.js';
import { media } from './media.js';
import { organizations } from './organizations.js';
import { places } from './places.js';
import { projects } from './projects.js';
import { users } from './users.js';

export const COMMUNITY_GROUP_KINDS = [
  'self_help_group',
  'children_self_help_group',
  'association',
  'maternal_school',
] as const;
export type CommunityGroupKind = (typeof COMMUNITY_GROUP_KINDS)[number];
export const communityGroupKindEnum = pgEnum('community_group_kind', COMMUNITY_GROUP_KINDS);
export const GROUP_ACTIVITY_STATUSES = ['active', 'closed'] as const;
export const groupActivityStatusEnum = pgEnum('group_activity_status', GROUP_ACTIVITY_STATUSES);

/**
 * Self-help groups (adult and children's), associations of groups and maternal schools: the
 * organization's work runs through them. Counts only, never member lists; the leader's name
 * only where `leaderNamePublic` says it may be shown.
 */
export const communityGroups = pgTable(
  'community_groups',
  {
    id: integer().primaryKey().generatedAlwaysAsIdentity(),
    slug: text().notNull(),
    kind: communityGroupKindEnum().notNull(),
    placeId: integer().references(() => places.id, { onDelete: 'restrict' }),
    latitude: doublePrecision(),
    longitude: doublePrecision(),
    foundedYear: integer(),
    /** Members of a group, children of a maternal school, member groups' people of an association. */
    memberCount: integer(),
    activityStatus: groupActivityStatusEnum().notNull().default('active'),
    leaderName: text(),
    leaderNamePublic: boolean().notNull().default(false),
    coverMediaId: integer().references(() => media.id, { onDelete: 'set null' }),
    createdById: integer().references(() => users.id, { onDelete: 'set null' }),
    ...publishable,
  },
  (t) => [
    uniqueIndex('community_groups_slug_key').on(t.slug),
    index('community_groups_kind_idx').on(t.kind),
    index('community_groups_place_idx').on(t.placeId),
    check(
      'community_groups_founded_year_range',
      sql`${t.foundedYear} IS NULL OR ${t.foundedYear} BETWEEN 1900 AND 2100`,
    ),
    check(
      'community_groups_member_count_nonnegative',
      sql`${t.memberCount} IS NULL OR ${t.memberCount} >= 0`,
    ),
    check('community_groups_latitude_range', sql`${t.latitude} BETWEEN -90 AND 90`),
    check('community_groups_longitude_range', sql`${t.longitude} BETWEEN -180 AND 180`),
  ],
);

export const communityGroupTranslations = pgTable(
  'community_group_translations',
  {
    groupId: integer()
      .notNull()
      .references(() => communityGroups.id, { onDelete: 'cascade' }),
    locale: localeEnum().notNull(),
    name: text().notNull(),
    /** What the group does together (savings, trainings, a community garden …). */
    activities: text(),
    /** Its income-generating business, if any (a greenhouse, a bakery …). */
    business: text(),
    /** Sanitized HTML. */
    description: text(),
  },
  (t) => [primaryKey({ columns: [t.groupId, t.locale] })],
);

/** Grants a group received: amount with currency, funder, year. */
export const communityGroupGrants = pgTable(
  'community_group_grants',
  {
    id: integer().primaryKey().generatedAlwaysAsIdentity(),
    groupId: integer()
      .notNull()
      .references(() => communityGroups.id, { onDelete: 'cascade' }),
    amount: numeric({ precision: 14, scale: 2 }).notNull(),
    /** ISO 4217, e.g. KGS, EUR, USD. */
    currency: text().notNull(),
    funderOrganizationId: integer().references(() => organizations.id, { onDelete: 'set null' }),
    /** The funder in words when it is not an organization on the site. */
    funderName: text(),
    year: integer(),
    purpose: text(),
    position: integer().notNull().default(0),
  },
  (t) => [
    index('community_group_grants_group_idx').on(t.groupId),
    check('community_group_grants_amount_nonnegative', sql`${t.amount} >= 0`),
    check('community_group_grants_currency_code', sql`${t.currency} ~ '^[A-Z]{3}$'`),
    check(
      'community_group_grants_year_range',
      sql`${t.year} IS NULL OR ${t.year} BETWEEN 1900 AND 2100`,
    ),
  ],
);

/** Member groups of an association of groups. */
export const communityGroupMembers = pgTable(
  'community_group_members',
  {
    associationId: integer()
      .notNull()
      .references(() => communityGroups.id, { onDelete: 'cascade' }),
    memberId: integer()
      .notNull()
      .references(() => communityGroups.id, { onDelete: 'cascade' }),
  },
  (t) => [
    primaryKey({ columns: [t.associationId, t.memberId] }),
    index('community_group_members_member_idx').on(t.memberId),
    check('community_group_members_not_self', sql`${t.associationId} <> ${t.memberId}`),
  ],
);

export const communityGroupEvents = pgTable(
  'community_group_events',
  {
    groupId: integer()
      .notNull()
      .references(() => communityGroups.id, { onDelete: 'cascade' }),
    eventId: integer()
      .notNull()
      .references(() => events.id, { onDelete: 'cascade' }),
  },
  (t) => [
    primaryKey({ columns: [t.groupId, t.eventId] }),
    index('community_group_events_event_idx').on(t.eventId),
  ],
);

export const communityGroupProjects = pgTable(
  'community_group_projects',
  {
    groupId: integer()
      .notNull()
      .references(() => communityGroups.id, { onDelete: 'cascade' }),
    projectId: integer()
      .notNull()
      .references(() => projects.id, { onDelete: 'cascade' }),
  },
  (t) => [
    primaryKey({ columns: [t.groupId, t.projectId] }),
    index('community_group_projects_project_idx').on(t.projectId),
  ],
);

/** Articles that mention a group. */
export const articleCommunityGroups = pgTable(
  'article_community_groups',
  {
    articleId: integer()
      .notNull()
      .references(() => articles.id, { onDelete: 'cascade' }),
    groupId: integer()
      .notNull()
      .references(() => communityGroups.id, { onDelete: 'cascade' }),
  },
  (t) => [
    primaryKey({ columns: [t.articleId, t.groupId] }),
    index('article_community_groups_group_idx').on(t.groupId),
  ],
);

/** Articles about a project that need not report on one of its events. */
export const articleProjects = pgTable(
  'article_projects',
  {
    articleId: integer()
      .notNull()
      .references(() => articles.id, { onDelete: 'cascade' }),
    projectId: integer()
      .notNull()
      .references(() => projects.id, { onDelete: 'cascade' }),
  },
  (t) => [
    primaryKey({ columns: [t.articleId, t.projectId] }),
    index('article_projects_project_idx').on(t.projectId),
  ],
);

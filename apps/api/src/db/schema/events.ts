import {
  check,
  doublePrecision,
  index,
  integer,
  pgEnum,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
} from 'drizzle-orm/pg-core';
import { sql } from 'drizzle-orm';
import { localeEnum, publishable, searchVector, tsvector } from './common.js';
import { articles } from './articles.js';
import { media } from './media.js';
import { organizations } from './organizations.js';
import { places } from './places.js';
import { projects } from './projects.js';
import { users } from './users.js';

export const EVENT_FORMATS = [
  'workshop',
  'training',
  'meeting',
  'campaign',
  'conference',
  'other',
] as const;
export const eventFormatEnum = pgEnum('event_format', EVENT_FORMATS);
export const ATTENDANCE_MODES = ['in_person', 'online', 'mixed'] as const;
export const attendanceModeEnum = pgEnum('attendance_mode', ATTENDANCE_MODES);
export const PARTICIPANT_GROUPS = ['women', 'girls', 'men', 'boys', 'unspecified'] as const;
export const participantGroupEnum = pgEnum('participant_group', PARTICIPANT_GROUPS);
export const EVENT_PARTNER_ROLES = [
  'organizer',
  'co_organizer',
  'host',
  'funder',
  'supporter',
  'partner',
] as const;
export const eventPartnerRoleEnum = pgEnum('event_partner_role', EVENT_PARTNER_ROLES);

/** A run of related events, e.g. six workshops on harassment; events carry their position. */
export const eventSeries = pgTable(
  'event_series',
  {
    id: integer().primaryKey().generatedAlwaysAsIdentity(),
    slug: text().notNull(),
    ...publishable,
  },
  (t) => [uniqueIndex('event_series_slug_key').on(t.slug)],
);

export const eventSeriesTranslations = pgTable(
  'event_series_translations',
  {
    seriesId: integer()
      .notNull()
      .references(() => eventSeries.id, { onDelete: 'cascade' }),
    locale: localeEnum().notNull(),
    title: text().notNull(),
    description: text(),
  },
  (t) => [primaryKey({ columns: [t.seriesId, t.locale] })],
);

export const events = pgTable(
  'events',
  {
    id: integer().primaryKey().generatedAlwaysAsIdentity(),
    slug: text().notNull(),
    seriesId: integer().references(() => eventSeries.id, { onDelete: 'set null' }),
    seriesPosition: integer(),
    placeId: integer().references(() => places.id, { onDelete: 'restrict' }),
    /** Venue coordinates when known more precisely than the place's. */
    latitude: doublePrecision(),
    longitude: doublePrecision(),
    /** Unknown dates stay null: the source often reports a workshop without its date. */
    startsAt: timestamp({ withTimezone: true }),
    endsAt: timestamp({ withTimezone: true }),
    timeZone: text().notNull().default('Asia/Bishkek'),
    format: eventFormatEnum().notNull().default('workshop'),
    attendanceMode: attendanceModeEnum().notNull().default('in_person'),
    coverMediaId: integer().references(() => media.id, { onDelete: 'set null' }),
    /** The staff member who recorded it: authors may edit only their own drafts. */
    createdById: integer().references(() => users.id, { onDelete: 'set null' }),
    ...publishable,
  },
  (t) => [
    uniqueIndex('events_slug_key').on(t.slug),
    index('events_public_idx').on(t.status, t.startsAt),
    index('events_place_idx').on(t.placeId),
    index('events_series_idx').on(t.seriesId, t.seriesPosition),
    index('events_format_idx').on(t.format),
    check(
      'events_period_order',
      sql`${t.endsAt} IS NULL OR ${t.startsAt} IS NULL OR ${t.endsAt} >= ${t.startsAt}`,
    ),
    check(
      'events_series_position_positive',
      sql`${t.seriesPosition} IS NULL OR ${t.seriesPosition} > 0`,
    ),
  ],
);

export const eventTranslations = pgTable(
  'event_translations',
  {
    eventId: integer()
      .notNull()
      .references(() => events.id, { onDelete: 'cascade' }),
    locale: localeEnum().notNull(),
    title: text().notNull(),
    summary: text(),
    /** Sanitized HTML. */
    description: text(),
    venueName: text(),
    venueAddress: text(),
    /** Who took part, in words ("members of the self-help groups of the village"). */
    audience: text(),
    facilitator: text(),
    search: tsvector()
      .notNull()
      .generatedAlwaysAs(
        searchVector({
          weightA: 'title',
          weightB: `coalesce(summary, '') || ' ' || coalesce(venue_name, '') || ' ' || coalesce(audience, '') || ' ' || coalesce(facilitator, '')`,
          weightC: 'description',
        }),
      ),
  },
  (t) => [
    primaryKey({ columns: [t.eventId, t.locale] }),
    index('event_translations_search_idx').using('gin', t.search),
  ],
);

/** Aggregates only: how many people of each group took part. Never names. */
export const participantCounts = pgTable(
  'participant_counts',
  {
    eventId: integer()
      .notNull()
      .references(() => events.id, { onDelete: 'cascade' }),
    group: participantGroupEnum().notNull(),
    count: integer().notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.eventId, t.group] }),
    check('participant_counts_nonnegative', sql`${t.count} >= 0`),
  ],
);

export const eventPartners = pgTable(
  'event_partners',
  {
    eventId: integer()
      .notNull()
      .references(() => events.id, { onDelete: 'cascade' }),
    organizationId: integer()
      .notNull()
      .references(() => organizations.id, { onDelete: 'cascade' }),
    role: eventPartnerRoleEnum().notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.eventId, t.organizationId, t.role] }),
    index('event_partners_organization_idx').on(t.organizationId),
  ],
);

/** An event can belong to a funded project and contribute to an initiative at once. */
export const eventProjects = pgTable(
  'event_projects',
  {
    eventId: integer()
      .notNull()
      .references(() => events.id, { onDelete: 'cascade' }),
    projectId: integer()
      .notNull()
      .references(() => projects.id, { onDelete: 'cascade' }),
  },
  (t) => [
    primaryKey({ columns: [t.eventId, t.projectId] }),
    index('event_projects_project_idx').on(t.projectId),
  ],
);

export const eventMedia = pgTable(
  'event_media',
  {
    eventId: integer()
      .notNull()
      .references(() => events.id, { onDelete: 'cascade' }),
    mediaId: integer()
      .notNull()
      .references(() => media.id, { onDelete: 'cascade' }),
    position: integer().notNull().default(0),
  },
  (t) => [
    primaryKey({ columns: [t.eventId, t.mediaId] }),
    index('event_media_media_idx').on(t.mediaId),
  ],
);

/** Articles that report on events. */
export const articleEvents = pgTable(
  'article_events',
  {
    articleId: integer()
      .notNull()
      .references(() => articles.id, { onDelete: 'cascade' }),
    eventId: integer()
      .notNull()
      .references(() => events.id, { onDelete: 'cascade' }),
  },
  (t) => [
    primaryKey({ columns: [t.articleId, t.eventId] }),
    index('article_events_event_idx').on(t.eventId),
  ],
);

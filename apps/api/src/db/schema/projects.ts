import {
  check,
  date,
  index,
  integer,
  pgEnum,
  pgTable,
  primaryKey,
  text,
  uniqueIndex,
} from 'drizzle-orm/pg-core';
import { sql } from 'drizzle-orm';
import { localeEnum, publishable } from './common.js';
import { media } from './media.js';
import { organizations } from './organizations.js';

export const projectKindEnum = pgEnum('project_kind', ['project', 'initiative']);
export const PROJECT_PARTNER_ROLES = [
  'lead',
  'initiator',
  'partner',
  'funder',
  'supporter',
] as const;
export const projectPartnerRoleEnum = pgEnum('project_partner_role', PROJECT_PARTNER_ROLES);

/** Funded projects and initiatives (such as the "Ray of Light" initiative of a network). */
export const projects = pgTable(
  'projects',
  {
    id: integer().primaryKey().generatedAlwaysAsIdentity(),
    slug: text().notNull(),
    kind: projectKindEnum().notNull().default('project'),
    /** Either end may be unknown. */
    startsOn: date(),
    endsOn: date(),
    coverMediaId: integer().references(() => media.id, { onDelete: 'set null' }),
    ...publishable,
  },
  (t) => [
    uniqueIndex('projects_slug_key').on(t.slug),
    index('projects_kind_idx').on(t.kind),
    check(
      'projects_period_order',
      sql`${t.endsOn} IS NULL OR ${t.startsOn} IS NULL OR ${t.endsOn} >= ${t.startsOn}`,
    ),
  ],
);

export const projectTranslations = pgTable(
  'project_translations',
  {
    projectId: integer()
      .notNull()
      .references(() => projects.id, { onDelete: 'cascade' }),
    locale: localeEnum().notNull(),
    title: text().notNull(),
    summary: text(),
    description: text(),
  },
  (t) => [primaryKey({ columns: [t.projectId, t.locale] })],
);

export const projectPartners = pgTable(
  'project_partners',
  {
    projectId: integer()
      .notNull()
      .references(() => projects.id, { onDelete: 'cascade' }),
    organizationId: integer()
      .notNull()
      .references(() => organizations.id, { onDelete: 'cascade' }),
    role: projectPartnerRoleEnum().notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.projectId, t.organizationId, t.role] }),
    index('project_partners_organization_idx').on(t.organizationId),
  ],
);

import {
  check,
  date,
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
    budgetAmount: numeric({ precision: 14, scale: 2 }),
    /** ISO 4217, e.g. EUR; required with an amount. */
    budgetCurrency: text(),
    ...publishable,
  },
  (t) => [
    uniqueIndex('projects_slug_key').on(t.slug),
    index('projects_kind_idx').on(t.kind),
    check(
      'projects_budget_currency',
      sql`(${t.budgetAmount} IS NULL OR ${t.budgetAmount} >= 0) AND (${t.budgetAmount} IS NULL) = (${t.budgetCurrency} IS NULL) AND (${t.budgetCurrency} IS NULL OR ${t.budgetCurrency} ~ '^[A-Z]{3}$')`,
    ),
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
    /** The project's goal in a sentence or two, as its page states it. */
    goal: text(),
  },
  (t) => [primaryKey({ columns: [t.projectId, t.locale] })],
);

/** Phases of a project (I, II, III …) with their periods. */
export const projectPhases = pgTable(
  'project_phases',
  {
    id: integer().primaryKey().generatedAlwaysAsIdentity(),
    projectId: integer()
      .notNull()
      .references(() => projects.id, { onDelete: 'cascade' }),
    position: integer().notNull(),
    /** As the project names it: 'I', 'II', 'Phase 3' … */
    label: text().notNull(),
    startsOn: date(),
    endsOn: date(),
  },
  (t) => [
    uniqueIndex('project_phases_position_key').on(t.projectId, t.position),
    check(
      'project_phases_period_order',
      sql`${t.endsOn} IS NULL OR ${t.startsOn} IS NULL OR ${t.endsOn} >= ${t.startsOn}`,
    ),
  ],
);

/** Results a project reports: "40 maternal schools", "1 200 women trained". */
export const projectIndicators = pgTable(
  'project_indicators',
  {
    id: integer().primaryKey().generatedAlwaysAsIdentity(),
    projectId: integer()
      .notNull()
      .references(() => projects.id, { onDelete: 'cascade' }),
    position: integer().notNull(),
    value: numeric({ precision: 14, scale: 2 }).notNull(),
  },
  (t) => [uniqueIndex('project_indicators_position_key').on(t.projectId, t.position)],
);

export const projectIndicatorTranslations = pgTable(
  'project_indicator_translations',
  {
    indicatorId: integer()
      .notNull()
      .references(() => projectIndicators.id, { onDelete: 'cascade' }),
    locale: localeEnum().notNull(),
    label: text().notNull(),
    unit: text(),
  },
  (t) => [primaryKey({ columns: [t.indicatorId, t.locale] })],
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

import {
  boolean,
  index,
  integer,
  pgEnum,
  pgTable,
  primaryKey,
  text,
  uniqueIndex,
} from 'drizzle-orm/pg-core';
import { localeEnum, publishable } from './common.js';
import { media } from './media.js';
import { places } from './places.js';

export const ORGANIZATION_KINDS = [
  'network',
  'ngo',
  'crisis_centre',
  'association',
  'donor',
  'state_body',
  'school',
  'other',
] as const;
export const organizationKindEnum = pgEnum('organization_kind', ORGANIZATION_KINDS);

export const organizations = pgTable(
  'organizations',
  {
    id: integer().primaryKey().generatedAlwaysAsIdentity(),
    slug: text().notNull(),
    kind: organizationKindEnum().notNull(),
    websiteUrl: text(),
    logoMediaId: integer().references(() => media.id, { onDelete: 'set null' }),
    placeId: integer().references(() => places.id, { onDelete: 'set null' }),
    /** Shown in the site footer (donors' logos), in this order. */
    showInFooter: boolean().notNull().default(false),
    footerOrder: integer().notNull().default(0),
    ...publishable,
  },
  (t) => [
    uniqueIndex('organizations_slug_key').on(t.slug),
    index('organizations_kind_idx').on(t.kind),
    index('organizations_footer_idx').on(t.showInFooter, t.footerOrder),
  ],
);

export const organizationTranslations = pgTable(
  'organization_translations',
  {
    organizationId: integer()
      .notNull()
      .references(() => organizations.id, { onDelete: 'cascade' }),
    locale: localeEnum().notNull(),
    name: text().notNull(),
    shortName: text(),
    description: text(),
  },
  (t) => [primaryKey({ columns: [t.organizationId, t.locale] })],
);

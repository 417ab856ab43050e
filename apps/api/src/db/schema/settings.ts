import { check, integer, jsonb, pgTable, primaryKey, text } from 'drizzle-orm/pg-core';
import { sql } from 'drizzle-orm';
import { localeEnum, timestamps } from './common.js';

export interface SocialLink {
  network: string;
  url: string;
}
export interface SlideshowItem {
  type: 'article' | 'event';
  id: number;
}

/** The site's settings: exactly one row (id 1). */
export const siteSettings = pgTable(
  'site_settings',
  {
    id: integer().primaryKey().default(1),
    defaultLocale: localeEnum().notNull().default('ru'),
    timeZone: text().notNull().default('Asia/Bishkek'),
    contactEmail: text(),
    socialLinks: jsonb().$type<SocialLink[]>().notNull().default([]),
    /** Explicit slideshow order; featured articles follow when it is empty. */
    slideshow: jsonb().$type<SlideshowItem[]>().notNull().default([]),
    mapTileUrl: text().notNull().default('https://tile.openstreetmap.org/{z}/{x}/{y}.png'),
    /** Credit the tile provider requires next to its map (plain text). */
    mapTileAttribution: text().notNull().default('© OpenStreetMap contributors'),
    version: integer().notNull().default(1),
    ...timestamps,
  },
  (t) => [check('site_settings_single_row', sql`${t.id} = 1`)],
);

export const siteSettingsTranslations = pgTable(
  'site_settings_translations',
  {
    settingsId: integer()
      .notNull()
      .default(1)
      .references(() => siteSettings.id, { onDelete: 'cascade' }),
    locale: localeEnum().notNull(),
    siteName: text().notNull(),
    slogan: text(),
    description: text(),
  },
  (t) => [primaryKey({ columns: [t.settingsId, t.locale] })],
);

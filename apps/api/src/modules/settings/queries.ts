import { eq, sql } from 'drizzle-orm';
import type { Static } from 'typebox';
import type { Database } from '../../db/client.js';
import { LOCALES, type Locale } from '../../db/schema/common.js';
import { siteSettings } from '../../db/schema/settings.js';
import { availableLocales, bestTranslation, publiclyVisible, rowsOf } from '../../shared/sql.js';
import { mediaJsonById } from '../media/queries.js';
import { listFooterOrganizations } from '../organizations/queries.js';
import { SLIDESHOW_FEATURED_MAX, type SiteSettings, type SlideshowItem } from './schemas.js';

/** Before the site is set up there is no settings row; Russian is the usual first language. */
const FALLBACK_LOCALE: Locale = 'ru';

export async function getDefaultLocale(db: Database): Promise<Locale> {
  const [row] = await db
    .select({ locale: siteSettings.defaultLocale })
    .from(siteSettings)
    .where(eq(siteSettings.id, 1));
  return row?.locale ?? FALLBACK_LOCALE;
}

type SiteSettingsRow = Static<typeof SiteSettings>;

export interface SiteIdentity {
  locale: Locale;
  siteName: string;
  slogan: string | null;
  description: string | null;
  socialLinks: { network: string; url: string }[];
}

/**
 * The site's name, slogan and description in the best locale: the part of the settings a page's
 * head needs, in one query (no footer or slideshow). Null before setup.
 */
export async function getSiteIdentity(db: Database, locale: Locale): Promise<SiteIdentity | null> {
  const [row] = await rowsOf<SiteIdentity>(
    db,
    sql`SELECT t.locale, t.site_name AS "siteName", t.slogan, t.description,
        s.social_links AS "socialLinks"
      FROM site_settings s JOIN LATERAL ${bestTranslation({
        table: 'site_settings_translations',
        foreignKey: 'settings_id',
        parentId: 's.id',
        columns: 'x.site_name, x.slogan, x.description',
        locale,
      })} t ON true
      WHERE s.id = 1`,
  );
  return row ?? null;
}

type SlideshowItemRow = Static<typeof SlideshowItem>;

/** The site settings in the best locale, with footer and slideshow; null before setup. */
export async function getSiteSettings(
  db: Database,
  locale: Locale,
): Promise<SiteSettingsRow | null> {
  const [row] = await rowsOf<
    Omit<SiteSettingsRow, 'locales' | 'footerOrganizations' | 'slideshow'>
  >(
    db,
    sql`SELECT t.locale, t.site_name AS "siteName", t.slogan, t.description,
        ${availableLocales({ table: 'site_settings_translations', foreignKey: 'settings_id', parentId: 's.id' })} AS "availableLocales",
        s.default_locale AS "defaultLocale", s.time_zone AS "timeZone", s.contact_email AS "contactEmail",
        s.social_links AS "socialLinks", s.map_tile_url AS "mapTileUrl",
        s.map_tile_attribution AS "mapTileAttribution"
      FROM site_settings s JOIN LATERAL ${bestTranslation({
        table: 'site_settings_translations',
        foreignKey: 'settings_id',
        parentId: 's.id',
        columns: 'x.site_name, x.slogan, x.description',
        locale,
      })} t ON true
      WHERE s.id = 1`,
  );
  if (!row) return null;
  const [footerOrganizations, configured] = await Promise.all([
    listFooterOrganizations(db, locale),
    configuredSlideshow(db, locale),
  ]);
  return {
    ...row,
    locales: [...LOCALES],
    footerOrganizations,
    slideshow: configured.length > 0 ? configured : await featuredSlideshow(db, locale),
  };
}

/** The configured slideshow in its order, keeping only items the public may see. */
async function configuredSlideshow(db: Database, locale: Locale): Promise<SlideshowItemRow[]> {
  return rowsOf<SlideshowItemRow>(
    db,
    sql`SELECT CASE WHEN a.id IS NOT NULL THEN 'article' ELSE 'event' END AS type,
        coalesce(at.slug, e.slug) AS slug, coalesce(at.title, et.title) AS title,
        ${mediaJsonById(sql`coalesce(a.cover_media_id, e.cover_media_id)`, locale)} AS cover
      FROM site_settings s
      CROSS JOIN LATERAL jsonb_array_elements(s.slideshow) WITH ORDINALITY AS item(value, n)
      LEFT JOIN articles a ON item.value->>'type' = 'article' AND a.id = (item.value->>'id')::int
        AND ${publiclyVisible('a')}
      LEFT JOIN events e ON item.value->>'type' = 'event' AND e.id = (item.value->>'id')::int
        AND ${publiclyVisible('e')}
      LEFT JOIN LATERAL ${bestTranslation({ table: 'article_translations', foreignKey: 'article_id', parentId: 'a.id', columns: 'x.slug, x.title', locale })} at ON true
      LEFT JOIN LATERAL ${bestTranslation({ table: 'event_translations', foreignKey: 'event_id', parentId: 'e.id', columns: 'x.title', locale })} et ON true
      WHERE s.id = 1 AND coalesce(at.title, et.title) IS NOT NULL
      ORDER BY item.n`,
  );
}

async function featuredSlideshow(db: Database, locale: Locale): Promise<SlideshowItemRow[]> {
  return rowsOf<SlideshowItemRow>(
    db,
    sql`SELECT 'article' AS type, t.slug, t.title, ${mediaJsonById(sql`a.cover_media_id`, locale)} AS cover
      FROM articles a JOIN LATERAL ${bestTranslation({ table: 'article_translations', foreignKey: 'article_id', parentId: 'a.id', columns: 'x.slug, x.title', locale })} t ON true
      WHERE a.featured AND ${publiclyVisible('a')}
      ORDER BY a.featured_order, a.publish_at DESC, a.id DESC
      LIMIT ${SLIDESHOW_FEATURED_MAX}`,
  );
}

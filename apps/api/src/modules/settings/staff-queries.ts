import { sql } from 'drizzle-orm';
import type { Static } from 'typebox';
import type { Database } from '../../db/client.js';
import type { Locale } from '../../db/schema/common.js';
import { isoUtc, rowsOf } from '../../shared/sql.js';
import { listFooterOrganizations } from '../organizations/queries.js';
import { saveTranslations, translationsJson } from '../staff/documents.js';
import type { SiteSettingsDocument, SiteSettingsUpdate } from './staff-schemas.js';

export type SiteSettingsDoc = Static<typeof SiteSettingsDocument>;
export type SiteSettingsPatch = Static<typeof SiteSettingsUpdate>;

/** The name a site gets before anyone has named it: the public site needs one to work. */
export const DEFAULT_SITE_NAME = 'Jaryk';

/**
 * Creates the settings row (id 1) with defaults and a site name in the default language when
 * there is none, so the public site works on a fresh database. Changes nothing otherwise.
 */
export async function ensureSettings(db: Database, siteName = DEFAULT_SITE_NAME): Promise<void> {
  await db.transaction(async (txRaw) => {
    const tx = txRaw as unknown as Database;
    const claimed = await rowsOf<{ locale: Locale }>(
      tx,
      sql`INSERT INTO site_settings (id) VALUES (1) ON CONFLICT (id) DO NOTHING
        RETURNING default_locale AS locale`,
    );
    if (claimed[0]) {
      await tx.execute(sql`INSERT INTO site_settings_translations (settings_id, locale, site_name)
        VALUES (1, ${claimed[0].locale}, ${siteName}) ON CONFLICT DO NOTHING`);
    }
  });
}

/** The settings as staff edit them; `lock` holds the row for the rest of the transaction. */
export async function loadSettingsDocument(
  db: Database,
  opts: { lock?: boolean } = {},
): Promise<SiteSettingsDoc | null> {
  if (opts.lock) await db.execute(sql`SELECT 1 FROM site_settings WHERE id = 1 FOR UPDATE`);
  const [row] = await rowsOf<Omit<SiteSettingsDoc, 'footerOrganizations'>>(
    db,
    sql`SELECT s.version, ${isoUtc('s.updated_at')} AS "updatedAt", s.default_locale AS "defaultLocale",
        s.time_zone AS "timeZone", s.contact_email AS "contactEmail", s.social_links AS "socialLinks",
        s.slideshow, s.map_tile_url AS "mapTileUrl", s.map_tile_attribution AS "mapTileAttribution",
        ${translationsJson({ table: 'site_settings_translations', foreignKey: 'settings_id', parentId: sql`s.id`, columns: ['siteName', 'slogan', 'description'] })} AS translations
      FROM site_settings s WHERE s.id = 1`,
  );
  if (!row) return null;
  const footerOrganizations = await listFooterOrganizations(db, row.defaultLocale);
  return { ...row, footerOrganizations };
}

/** Slideshow entries naming no article or event, as their positions in the list. */
export async function missingSlideshowEntries(
  db: Database,
  entries: { type: 'article' | 'event'; id: number }[],
): Promise<number[]> {
  if (entries.length === 0) return [];
  const rows = await rowsOf<{ n: number }>(
    db,
    sql`SELECT (item.n - 1)::int AS n
      FROM jsonb_array_elements(${JSON.stringify(entries)}::jsonb) WITH ORDINALITY AS item(value, n)
      WHERE NOT CASE item.value->>'type'
        WHEN 'article' THEN EXISTS (SELECT 1 FROM articles a WHERE a.id = (item.value->>'id')::int)
        ELSE EXISTS (SELECT 1 FROM events e WHERE e.id = (item.value->>'id')::int) END
      ORDER BY item.n`,
  );
  return rows.map((r) => r.n);
}

/** Saves the fields of a PATCH and bumps the version; translations as everywhere else. */
export async function updateSettings(db: Database, patch: SiteSettingsPatch): Promise<void> {
  const sets = [sql`version = version + 1`, sql`updated_at = now()`];
  if (patch.defaultLocale !== undefined) sets.push(sql`default_locale = ${patch.defaultLocale}`);
  if (patch.timeZone !== undefined) sets.push(sql`time_zone = ${patch.timeZone}`);
  if (patch.contactEmail !== undefined) {
    sets.push(sql`contact_email = ${patch.contactEmail?.trim().toLowerCase() ?? null}`);
  }
  if (patch.socialLinks !== undefined) {
    sets.push(sql`social_links = ${JSON.stringify(patch.socialLinks)}::jsonb`);
  }
  if (patch.slideshow !== undefined) {
    sets.push(sql`slideshow = ${JSON.stringify(patch.slideshow)}::jsonb`);
  }
  if (patch.mapTileUrl !== undefined) sets.push(sql`map_tile_url = ${patch.mapTileUrl}`);
  if (patch.mapTileAttribution !== undefined) {
    sets.push(sql`map_tile_attribution = ${patch.mapTileAttribution.trim()}`);
  }
  await db.execute(sql`UPDATE site_settings SET ${sql.join(sets, sql`, `)} WHERE id = 1`);
  const translations = patch.translations
    ? Object.fromEntries(
        Object.entries(patch.translations).map(([l, t]) => [
          l,
          t && {
            siteName: t.siteName.trim(),
            slogan: t.slogan?.trim() || null,
            description: t.description?.trim() || null,
          },
        ]),
      )
    : undefined;
  await saveTranslations(db, {
    table: 'site_settings_translations',
    foreignKey: 'settings_id',
    id: 1,
    columns: ['siteName', 'slogan', 'description'],
    translations,
  });
}

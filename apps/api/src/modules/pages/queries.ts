import { sql, type SQL } from 'drizzle-orm';
import type { Static } from 'typebox';
import type { Database } from '../../db/client.js';
import type { Locale } from '../../db/schema/common.js';
import {
  availableLocales,
  bestTranslation,
  isoUtc,
  publiclyVisible,
  rowsOf,
  idBySlug,
  slugsByLocale,
} from '../../shared/sql.js';
import type { Page, PageSummary } from './schemas.js';

type PageSummaryRow = Static<typeof PageSummary>;
type PageRow = Static<typeof Page>;

function translationJoin(locale: Locale): SQL {
  return sql`JOIN LATERAL ${bestTranslation({
    table: 'page_translations',
    foreignKey: 'page_id',
    parentId: 'pg.id',
    columns: 'x.title, x.slug, x.body, x.seo_title, x.seo_description',
    locale,
  })} t ON true`;
}

/** Every public page, by key: few enough for a menu to take them all. */
export async function listPages(db: Database, locale: Locale): Promise<PageSummaryRow[]> {
  return rowsOf<PageSummaryRow>(
    db,
    sql`SELECT pg.key, t.slug, t.locale, t.title
      FROM pages pg ${translationJoin(locale)}
      WHERE ${publiclyVisible('pg')}
      ORDER BY pg.key`,
  );
}

/** A public page by the slug of any of its translations, served in the best locale. */
export async function getPageBySlug(
  db: Database,
  slug: string,
  locale: Locale,
): Promise<PageRow | null> {
  return pageDetail(
    db,
    sql`pg.id = ${idBySlug({ table: 'page_translations', foreignKey: 'page_id', slug, locale })}
      AND ${publiclyVisible('pg')}`,
    locale,
  );
}

/** Any page in any state as the public would see it once published (for staff previews). */
export async function getPagePreview(
  db: Database,
  id: number,
  locale: Locale,
): Promise<PageRow | null> {
  return pageDetail(db, sql`pg.id = ${id}`, locale);
}

async function pageDetail(db: Database, where: SQL, locale: Locale): Promise<PageRow | null> {
  const [row] = await rowsOf<PageRow>(
    db,
    sql`SELECT pg.key, t.slug, t.locale, t.title, t.body, t.seo_title AS "seoTitle",
        t.seo_description AS "seoDescription", ${isoUtc('pg.updated_at')} AS "updatedAt",
        ${availableLocales({ table: 'page_translations', foreignKey: 'page_id', parentId: 'pg.id' })} AS "availableLocales",
        ${slugsByLocale({ table: 'page_translations', foreignKey: 'page_id', parentId: 'pg.id' })} AS slugs
      FROM pages pg ${translationJoin(locale)}
      WHERE ${where}`,
  );
  return row ?? null;
}

export interface PageLocationRow {
  key: string;
  /** Slug of each existing translation. */
  slugs: Partial<Record<Locale, string>>;
  /** The later of the last edit and the publication. */
  lastModified: string;
}

/** Every public page with the slug of each translation (for sitemaps). */
export async function listPageLocations(db: Database): Promise<PageLocationRow[]> {
  return rowsOf<PageLocationRow>(
    db,
    sql`SELECT pg.key,
        ${slugsByLocale({ table: 'page_translations', foreignKey: 'page_id', parentId: 'pg.id' })} AS slugs,
        ${isoUtc(sql`greatest(pg.updated_at, pg.publish_at)`)} AS "lastModified"
      FROM pages pg
      WHERE ${publiclyVisible('pg')} AND EXISTS (SELECT 1 FROM page_translations x WHERE x.page_id = pg.id)
      ORDER BY pg.key`,
  );
}

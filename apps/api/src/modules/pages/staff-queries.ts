import { sql } from 'drizzle-orm';
import type { Static } from 'typebox';
import type { Database } from '../../db/client.js';
import type { Locale } from '../../db/schema/common.js';
import { sanitizeRichText } from '../../shared/rich-text.js';
import { rowsOf } from '../../shared/sql.js';
import { documentMetaColumns, saveTranslations, translationsJson } from '../staff/documents.js';
import type { PageCreate, PageDocument, PageTranslationInput } from './staff-schemas.js';

export type PageDoc = Static<typeof PageDocument>;
export type PageInput = Static<typeof PageCreate>;
type TranslationInput = Static<typeof PageTranslationInput>;

const TRANSLATION_COLUMNS = ['title', 'slug', 'body', 'seoTitle', 'seoDescription'];

export async function loadPageDocument(db: Database, id: number): Promise<PageDoc | null> {
  const [row] = await rowsOf<PageDoc>(
    db,
    sql`SELECT ${documentMetaColumns({ translationsTable: 'page_translations', foreignKey: 'page_id', workflow: true })},
        x.key,
        ${translationsJson({ table: 'page_translations', foreignKey: 'page_id', parentId: sql`x.id`, columns: TRANSLATION_COLUMNS })} AS translations
      FROM pages x WHERE x.id = ${id}`,
  );
  return row ?? null;
}

function cleanTranslations(
  translations: Partial<Record<Locale, TranslationInput | null>> | undefined,
) {
  if (!translations) return undefined;
  return Object.fromEntries(
    Object.entries(translations).map(([locale, t]) => [
      locale,
      t && {
        ...t,
        title: t.title.trim(),
        body: sanitizeRichText(t.body),
        seoTitle: t.seoTitle?.trim() || null,
        seoDescription: t.seoDescription?.trim() || null,
      },
    ]),
  );
}

async function saveNames(db: Database, id: number, input: Partial<PageInput>) {
  await saveTranslations(db, {
    table: 'page_translations',
    foreignKey: 'page_id',
    id,
    columns: TRANSLATION_COLUMNS,
    translations: cleanTranslations(input.translations),
  });
}

export async function insertPage(db: Database, input: PageInput): Promise<number> {
  const [row] = await rowsOf<{ id: number }>(
    db,
    sql`INSERT INTO pages (key) VALUES (${input.key}) RETURNING id`,
  );
  await saveNames(db, row!.id, input);
  return row!.id;
}

export async function updatePage(db: Database, id: number, patch: Partial<PageInput>) {
  if (patch.key !== undefined) {
    await db.execute(sql`UPDATE pages SET key = ${patch.key} WHERE id = ${id}`);
  }
  await saveNames(db, id, patch);
}

export async function deletePage(db: Database, id: number) {
  await db.execute(sql`DELETE FROM pages WHERE id = ${id}`);
}

import { sql } from 'drizzle-orm';
import type { Static } from 'typebox';
import type { Database } from '../../db/client.js';
import type { Locale } from '../../db/schema/common.js';
import type { ProblemBody } from '../../shared/schemas.js';
import { rowsOf } from '../../shared/sql.js';
import { missingAltTexts } from '../staff/alt-texts.js';
import { assignmentsOf } from '../staff/columns.js';
import { documentMetaColumns, saveTranslations, translationsJson } from '../staff/documents.js';
import type {
  OrganizationCreate,
  OrganizationDocument,
  OrganizationTranslationInput,
} from './staff-schemas.js';

export type OrganizationDoc = Static<typeof OrganizationDocument>;
export type OrganizationInput = Static<typeof OrganizationCreate>;
type TranslationInput = Static<typeof OrganizationTranslationInput>;
type FieldError = NonNullable<ProblemBody['errors']>[number];

const TRANSLATION_COLUMNS = ['name', 'shortName', 'description'];

const COLUMNS = {
  slug: 'slug',
  kind: 'kind',
  websiteUrl: 'website_url',
  logoMediaId: 'logo_media_id',
  placeId: 'place_id',
  showInFooter: 'show_in_footer',
  footerOrder: 'footer_order',
} as const;

export async function loadOrganizationDocument(
  db: Database,
  id: number,
): Promise<OrganizationDoc | null> {
  const [row] = await rowsOf<OrganizationDoc>(
    db,
    sql`SELECT ${documentMetaColumns({ translationsTable: 'organization_translations', foreignKey: 'organization_id', workflow: true })},
        x.slug, x.kind, x.website_url AS "websiteUrl", x.logo_media_id AS "logoMediaId",
        x.place_id AS "placeId", x.show_in_footer AS "showInFooter", x.footer_order AS "footerOrder",
        ${translationsJson({ table: 'organization_translations', foreignKey: 'organization_id', parentId: sql`x.id`, columns: TRANSLATION_COLUMNS })} AS translations
      FROM organizations x WHERE x.id = ${id}`,
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
        name: t.name.trim(),
        shortName: t.shortName?.trim() || null,
        description: t.description?.trim() || null,
      },
    ]),
  );
}

export async function insertOrganization(db: Database, input: OrganizationInput) {
  const [row] = await rowsOf<{ id: number }>(
    db,
    sql`INSERT INTO organizations (slug, kind, website_url, logo_media_id, place_id, show_in_footer, footer_order)
      VALUES (${input.slug}, ${input.kind}, ${input.websiteUrl ?? null}, ${input.logoMediaId ?? null},
        ${input.placeId ?? null}, ${input.showInFooter ?? false}, ${input.footerOrder ?? 0})
      RETURNING id`,
  );
  await saveOrganizationTranslations(db, row!.id, input);
  return row!.id;
}

async function saveOrganizationTranslations(
  db: Database,
  id: number,
  input: Partial<OrganizationInput>,
) {
  await saveTranslations(db, {
    table: 'organization_translations',
    foreignKey: 'organization_id',
    id,
    columns: TRANSLATION_COLUMNS,
    translations: cleanTranslations(input.translations),
  });
}

export async function updateOrganization(
  db: Database,
  id: number,
  patch: Partial<OrganizationInput>,
) {
  const sets = assignmentsOf(patch, COLUMNS);
  if (sets.length > 0) {
    await db.execute(sql`UPDATE organizations SET ${sql.join(sets, sql`, `)} WHERE id = ${id}`);
  }
  await saveOrganizationTranslations(db, id, patch);
}

export async function deleteOrganization(db: Database, id: number) {
  // Its partner links to events and projects go with it (cascade).
  await db.execute(sql`DELETE FROM organizations WHERE id = ${id}`);
}

/** The logo, when there is one, needs alt text in every language of the organization. */
export async function organizationPublishProblems(
  db: Database,
  doc: OrganizationDoc,
): Promise<FieldError[]> {
  return missingAltTexts(db, {
    mediaIds: [doc.logoMediaId],
    locales: Object.keys(doc.translations),
  });
}

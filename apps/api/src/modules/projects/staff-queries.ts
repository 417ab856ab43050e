import { sql } from 'drizzle-orm';
import type { Static } from 'typebox';
import type { Database } from '../../db/client.js';
import type { Locale } from '../../db/schema/common.js';
import { sanitizeRichText } from '../../shared/rich-text.js';
import type { ProblemBody } from '../../shared/schemas.js';
import { rowsOf } from '../../shared/sql.js';
import { missingAltTexts } from '../staff/alt-texts.js';
import { assignmentsOf } from '../staff/columns.js';
import {
  documentMetaColumns,
  replaceLinks,
  saveTranslations,
  translationsJson,
} from '../staff/documents.js';
import { checkPeriodOrder } from '../staff/fields.js';
import type { ProjectCreate, ProjectDocument, ProjectTranslationInput } from './staff-schemas.js';

export type ProjectDoc = Static<typeof ProjectDocument>;
export type ProjectInput = Static<typeof ProjectCreate>;
type TranslationInput = Static<typeof ProjectTranslationInput>;
type FieldError = NonNullable<ProblemBody['errors']>[number];

const TRANSLATION_COLUMNS = ['title', 'summary', 'description'];

const COLUMNS = {
  slug: 'slug',
  kind: 'kind',
  startsOn: 'starts_on',
  endsOn: 'ends_on',
  coverMediaId: 'cover_media_id',
} as const;

// Dates as text: node-postgres would turn a DATE into a local-midnight Date object.
const startsOn = sql`to_char(x.starts_on, 'YYYY-MM-DD')`;
const endsOn = sql`to_char(x.ends_on, 'YYYY-MM-DD')`;

export async function loadProjectDocument(db: Database, id: number): Promise<ProjectDoc | null> {
  const [row] = await rowsOf<ProjectDoc>(
    db,
    sql`SELECT ${documentMetaColumns({ translationsTable: 'project_translations', foreignKey: 'project_id', workflow: true })},
        x.slug, x.kind, ${startsOn} AS "startsOn", ${endsOn} AS "endsOn",
        x.cover_media_id AS "coverMediaId",
        coalesce((SELECT json_agg(json_build_object('organizationId', p.organization_id, 'role', p.role)
          ORDER BY p.organization_id, p.role) FROM project_partners p WHERE p.project_id = x.id), '[]'::json) AS partners,
        ${translationsJson({ table: 'project_translations', foreignKey: 'project_id', parentId: sql`x.id`, columns: TRANSLATION_COLUMNS })} AS translations
      FROM projects x WHERE x.id = ${id}`,
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
        title: t.title.trim(),
        summary: t.summary?.trim() || null,
        description: t.description ? sanitizeRichText(t.description) || null : null,
      },
    ]),
  );
}

async function saveRelations(db: Database, id: number, input: Partial<ProjectInput>) {
  await saveTranslations(db, {
    table: 'project_translations',
    foreignKey: 'project_id',
    id,
    columns: TRANSLATION_COLUMNS,
    translations: cleanTranslations(input.translations),
  });
  await replaceLinks(db, {
    table: 'project_partners',
    ownerColumn: 'project_id',
    ownerId: id,
    rows: input.partners?.map((p) => ({ organizationId: p.organizationId, role: p.role })),
  });
}

const checkPeriod = (start: string | null | undefined, end: string | null | undefined) =>
  checkPeriodOrder(start, end, { start: 'startsOn', end: 'endsOn' }, 'date');

export async function insertProject(db: Database, input: ProjectInput) {
  checkPeriod(input.startsOn, input.endsOn);
  const [row] = await rowsOf<{ id: number }>(
    db,
    sql`INSERT INTO projects (slug, kind, starts_on, ends_on, cover_media_id)
      VALUES (${input.slug}, ${input.kind ?? 'project'}, ${input.startsOn ?? null},
        ${input.endsOn ?? null}, ${input.coverMediaId ?? null})
      RETURNING id`,
  );
  await saveRelations(db, row!.id, input);
  return row!.id;
}

export async function updateProject(db: Database, id: number, patch: Partial<ProjectInput>) {
  const [current] = await rowsOf<{ startsOn: string | null; endsOn: string | null }>(
    db,
    sql`SELECT ${startsOn} AS "startsOn", ${endsOn} AS "endsOn" FROM projects x WHERE x.id = ${id}`,
  );
  checkPeriod(
    patch.startsOn !== undefined ? patch.startsOn : current?.startsOn,
    patch.endsOn !== undefined ? patch.endsOn : current?.endsOn,
  );
  const sets = assignmentsOf(patch, COLUMNS);
  if (sets.length > 0) {
    await db.execute(sql`UPDATE projects SET ${sql.join(sets, sql`, `)} WHERE id = ${id}`);
  }
  await saveRelations(db, id, patch);
}

export async function deleteProject(db: Database, id: number) {
  // Its links to events and partners go with it (cascade); the events stay.
  await db.execute(sql`DELETE FROM projects WHERE id = ${id}`);
}

export function projectInputOf(doc: ProjectDoc): ProjectInput {
  return {
    slug: doc.slug,
    kind: doc.kind,
    startsOn: doc.startsOn,
    endsOn: doc.endsOn,
    coverMediaId: doc.coverMediaId,
    partners: doc.partners,
    translations: doc.translations as ProjectInput['translations'],
  };
}

/** The cover, when there is one, needs alt text in every language of the project. */
export async function projectPublishProblems(db: Database, doc: ProjectDoc): Promise<FieldError[]> {
  return missingAltTexts(db, {
    mediaIds: [doc.coverMediaId],
    locales: Object.keys(doc.translations),
  });
}

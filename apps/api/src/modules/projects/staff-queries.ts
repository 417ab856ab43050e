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
import { invalidField } from '../../shared/problems.js';
import { checkPeriodOrder } from '../staff/fields.js';
import type { ProjectCreate, ProjectDocument, ProjectTranslationInput } from './staff-schemas.js';

export type ProjectDoc = Static<typeof ProjectDocument>;
export type ProjectInput = Static<typeof ProjectCreate>;
type TranslationInput = Static<typeof ProjectTranslationInput>;
type IndicatorInput = NonNullable<ProjectInput['indicators']>[number];
type FieldError = NonNullable<ProblemBody['errors']>[number];

const TRANSLATION_COLUMNS = ['title', 'summary', 'description', 'goal'];
const INDICATOR_TRANSLATION_COLUMNS = ['label', 'unit'];

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
        CASE WHEN x.budget_amount IS NULL THEN NULL
          ELSE json_build_object('amount', x.budget_amount, 'currency', x.budget_currency) END AS budget,
        coalesce((SELECT json_agg(json_build_object('label', ph.label,
            'startsOn', to_char(ph.starts_on, 'YYYY-MM-DD'), 'endsOn', to_char(ph.ends_on, 'YYYY-MM-DD'))
          ORDER BY ph.position) FROM project_phases ph WHERE ph.project_id = x.id), '[]'::json) AS phases,
        coalesce((SELECT json_agg(json_build_object('value', i.value,
            'translations', ${translationsJson({ table: 'project_indicator_translations', foreignKey: 'indicator_id', parentId: sql`i.id`, columns: INDICATOR_TRANSLATION_COLUMNS })})
          ORDER BY i.position) FROM project_indicators i WHERE i.project_id = x.id), '[]'::json) AS indicators,
        coalesce((SELECT json_agg(l.article_id ORDER BY l.article_id) FROM article_projects l WHERE l.project_id = x.id), '[]'::json) AS "articleIds",
        coalesce((SELECT json_agg(l.group_id ORDER BY l.group_id) FROM community_group_projects l WHERE l.project_id = x.id), '[]'::json) AS "groupIds",
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
        goal: t.goal?.trim() || null,
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
  await replaceLinks(db, {
    table: 'project_phases',
    ownerColumn: 'project_id',
    ownerId: id,
    rows: input.phases?.map((p, i) => ({
      position: i + 1,
      label: p.label.trim(),
      startsOn: p.startsOn ?? null,
      endsOn: p.endsOn ?? null,
    })),
  });
  if (input.indicators) await replaceIndicators(db, id, input.indicators);
  await replaceLinks(db, {
    table: 'article_projects',
    ownerColumn: 'project_id',
    ownerId: id,
    rows: input.articleIds?.map((articleId) => ({ articleId })),
  });
  await replaceLinks(db, {
    table: 'community_group_projects',
    ownerColumn: 'project_id',
    ownerId: id,
    rows: input.groupIds?.map((groupId) => ({ groupId })),
  });
}

async function replaceIndicators(db: Database, id: number, indicators: IndicatorInput[]) {
  await db.execute(sql`DELETE FROM project_indicators WHERE project_id = ${id}`);
  for (const [i, indicator] of indicators.entries()) {
    const [row] = await rowsOf<{ id: number }>(
      db,
      sql`INSERT INTO project_indicators (project_id, position, value)
        VALUES (${id}, ${i + 1}, ${String(indicator.value)}) RETURNING id`,
    );
    const translations = Object.fromEntries(
      Object.entries(indicator.translations).map(([locale, t]) => [
        locale,
        t && { label: t.label.trim(), unit: t.unit?.trim() || null },
      ]),
    );
    await saveTranslations(db, {
      table: 'project_indicator_translations',
      foreignKey: 'indicator_id',
      id: row!.id,
      columns: INDICATOR_TRANSLATION_COLUMNS,
      translations,
    });
  }
}

/** Budget columns: both set or both null (the table's check says so too). */
function budgetValues(budget: ProjectInput['budget']) {
  return budget
    ? { amount: String(budget.amount), currency: budget.currency }
    : { amount: null, currency: null };
}

/** At most two decimals (numeric 14,2 would round the rest away silently). */
function checkCents(value: number | string | undefined, field: string) {
  if (value === undefined) return;
  const n = Number(value);
  if (!Number.isFinite(n) || Math.round(n * 100) / 100 !== n) {
    throw invalidField('body', field, 'must have at most two decimals');
  }
}

/** Numbers of the input that the schema cannot check alone. */
function checkFigures(input: Partial<ProjectInput>) {
  checkCents(input.budget?.amount, 'budget.amount');
  input.indicators?.forEach((x, i) => checkCents(x.value, `indicators.${i}.value`));
}

/** Each phase's end not before its start; the error names `phases.N.endsOn`. */
function checkPhases(phases: ProjectInput['phases']) {
  phases?.forEach((p, i) =>
    checkPeriodOrder(
      p.startsOn,
      p.endsOn,
      { start: `phases.${i}.startsOn`, end: `phases.${i}.endsOn` },
      'date',
    ),
  );
}

const checkPeriod = (start: string | null | undefined, end: string | null | undefined) =>
  checkPeriodOrder(start, end, { start: 'startsOn', end: 'endsOn' }, 'date');

export async function insertProject(db: Database, input: ProjectInput) {
  checkPeriod(input.startsOn, input.endsOn);
  checkPhases(input.phases);
  checkFigures(input);
  const budget = budgetValues(input.budget);
  const [row] = await rowsOf<{ id: number }>(
    db,
    sql`INSERT INTO projects (slug, kind, starts_on, ends_on, cover_media_id, budget_amount, budget_currency)
      VALUES (${input.slug}, ${input.kind ?? 'project'}, ${input.startsOn ?? null},
        ${input.endsOn ?? null}, ${input.coverMediaId ?? null}, ${budget.amount}, ${budget.currency})
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
  checkPhases(patch.phases);
  checkFigures(patch);
  const sets = assignmentsOf(patch, COLUMNS);
  if (patch.budget !== undefined) {
    const budget = budgetValues(patch.budget);
    sets.push(sql`budget_amount = ${budget.amount}, budget_currency = ${budget.currency}`);
  }
  if (sets.length > 0) {
    await db.execute(sql`UPDATE projects SET ${sql.join(sets, sql`, `)} WHERE id = ${id}`);
  }
  await saveRelations(db, id, patch);
}

export async function deleteProject(db: Database, id: number) {
  // Its links to events, partners, articles and groups, its phases and indicators go with it
  // (cascade); the events, articles and groups stay.
  await db.execute(sql`DELETE FROM projects WHERE id = ${id}`);
}

/** The cover, when there is one, needs alt text in every language of the project. */
export async function projectPublishProblems(db: Database, doc: ProjectDoc): Promise<FieldError[]> {
  return missingAltTexts(db, {
    mediaIds: [doc.coverMediaId],
    locales: Object.keys(doc.translations),
  });
}

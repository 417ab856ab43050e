import { sql } from 'drizzle-orm';
import type { Static } from 'typebox';
import type { Database } from '../../db/client.js';
import type { Locale } from '../../db/schema/common.js';
import { invalidField } from '../../shared/problems.js';
import { sanitizeRichText } from '../../shared/rich-text.js';
import type { ProblemBody } from '../../shared/schemas.js';
import { rowsOf } from '../../shared/sql.js';
import type { StaffUser } from '../auth/queries.js';
import { missingAltTexts } from '../staff/alt-texts.js';
import { assignmentsOf } from '../staff/columns.js';
import {
  documentMetaColumns,
  replaceLinks,
  saveTranslations,
  staffRefJson,
  translationsJson,
} from '../staff/documents.js';
import type {
  CommunityGroupCreate,
  CommunityGroupDocument,
  CommunityGroupTranslationInput,
} from './staff-schemas.js';

export type CommunityGroupDoc = Static<typeof CommunityGroupDocument>;
export type CommunityGroupInput = Static<typeof CommunityGroupCreate>;
type TranslationInput = Static<typeof CommunityGroupTranslationInput>;
type FieldError = NonNullable<ProblemBody['errors']>[number];

const TRANSLATION_COLUMNS = ['name', 'activities', 'business', 'description'];

/** Columns of community_groups that a PATCH sets as sent. */
const COLUMNS = {
  slug: 'slug',
  kind: 'kind',
  placeId: 'place_id',
  latitude: 'latitude',
  longitude: 'longitude',
  foundedYear: 'founded_year',
  memberCount: 'member_count',
  activityStatus: 'activity_status',
  leaderName: 'leader_name',
  leaderNamePublic: 'leader_name_public',
  coverMediaId: 'cover_media_id',
} as const;

const idsOf = (table: string, column: string, owner: string) =>
  sql`coalesce((SELECT json_agg(l.${sql.raw(column)} ORDER BY l.${sql.raw(column)}) FROM ${sql.raw(table)} l
    WHERE l.${sql.raw(owner)} = x.id), '[]'::json)`;

export async function loadCommunityGroupDocument(
  db: Database,
  id: number,
): Promise<CommunityGroupDoc | null> {
  const [row] = await rowsOf<CommunityGroupDoc>(
    db,
    sql`SELECT ${documentMetaColumns({ translationsTable: 'community_group_translations', foreignKey: 'group_id', workflow: true })},
        ${staffRefJson('x.created_by_id')} AS owner,
        x.slug, x.kind, x.place_id AS "placeId", x.latitude, x.longitude,
        x.founded_year AS "foundedYear", x.member_count AS "memberCount",
        x.activity_status AS "activityStatus", x.leader_name AS "leaderName",
        x.leader_name_public AS "leaderNamePublic", x.cover_media_id AS "coverMediaId",
        coalesce((SELECT json_agg(json_build_object('amount', gr.amount::text, 'currency', gr.currency,
            'funderOrganizationId', gr.funder_organization_id, 'funderName', gr.funder_name,
            'year', gr.year, 'purpose', gr.purpose) ORDER BY gr.position, gr.id)
          FROM community_group_grants gr WHERE gr.group_id = x.id), '[]'::json) AS grants,
        ${idsOf('community_group_members', 'member_id', 'association_id')} AS "memberGroupIds",
        ${idsOf('community_group_members', 'association_id', 'member_id')} AS "associationIds",
        ${idsOf('community_group_events', 'event_id', 'group_id')} AS "eventIds",
        ${idsOf('community_group_projects', 'project_id', 'group_id')} AS "projectIds",
        ${idsOf('article_community_groups', 'article_id', 'group_id')} AS "articleIds",
        ${translationsJson({ table: 'community_group_translations', foreignKey: 'group_id', parentId: sql`x.id`, columns: TRANSLATION_COLUMNS })} AS translations
      FROM community_groups x WHERE x.id = ${id}`,
  );
  return row ?? null;
}

function cleanTranslations(
  translations: Partial<Record<Locale, TranslationInput | null>> | undefined,
) {
  if (!translations) return undefined;
  const trimmed = (v: string | null | undefined) => v?.trim() || null;
  return Object.fromEntries(
    Object.entries(translations).map(([locale, t]) => [
      locale,
      t && {
        name: t.name.trim(),
        activities: trimmed(t.activities),
        business: trimmed(t.business),
        description: t.description ? sanitizeRichText(t.description) || null : null,
      },
    ]),
  );
}

/** A grant amount as the exact decimal string the numeric column stores. */
function amountOf(amount: number | string, index: number): string {
  if (typeof amount === 'string') return amount;
  const cents = Math.round(amount * 100);
  if (Math.abs(amount * 100 - cents) > 1e-6) {
    throw invalidField('body', `grants.${index}.amount`, 'has more than two decimals');
  }
  return (cents / 100).toFixed(2);
}

interface Current {
  kind: CommunityGroupInput['kind'];
  latitude: number | null;
  longitude: number | null;
  members: number;
}

/**
 * Rules across fields, on the values the group will have once saved: coordinates go together;
 * only an association has member groups, and never itself.
 */
function checkGroup(id: number | null, input: Partial<CommunityGroupInput>, current?: Current) {
  const pick = <K extends 'latitude' | 'longitude'>(k: K) =>
    input[k] !== undefined ? input[k] : (current?.[k] ?? null);
  const latitude = pick('latitude');
  const longitude = pick('longitude');
  if ((latitude == null) !== (longitude == null)) {
    throw invalidField(
      'body',
      latitude == null ? 'latitude' : 'longitude',
      'latitude and longitude go together',
    );
  }
  const kind = input.kind ?? current?.kind;
  const members = input.memberGroupIds?.length ?? current?.members ?? 0;
  if (kind !== 'association' && members > 0) {
    throw invalidField('body', 'memberGroupIds', 'only an association has member groups');
  }
  if (id !== null && input.memberGroupIds?.includes(id)) {
    throw invalidField('body', 'memberGroupIds', 'a group cannot be a member of itself');
  }
  input.grants?.forEach((g, i) => amountOf(g.amount, i));
}

async function saveRelations(db: Database, id: number, input: Partial<CommunityGroupInput>) {
  await saveTranslations(db, {
    table: 'community_group_translations',
    foreignKey: 'group_id',
    id,
    columns: TRANSLATION_COLUMNS,
    translations: cleanTranslations(input.translations),
  });
  await replaceLinks(db, {
    table: 'community_group_grants',
    ownerColumn: 'group_id',
    ownerId: id,
    rows: input.grants?.map((g, position) => ({
      amount: amountOf(g.amount, position),
      currency: g.currency,
      funderOrganizationId: g.funderOrganizationId ?? null,
      funderName: g.funderName?.trim() || null,
      year: g.year ?? null,
      purpose: g.purpose?.trim() || null,
      position,
    })),
  });
  await replaceLinks(db, {
    table: 'community_group_members',
    ownerColumn: 'association_id',
    ownerId: id,
    rows: input.memberGroupIds?.map((memberId) => ({ memberId })),
  });
  await replaceLinks(db, {
    table: 'community_group_events',
    ownerColumn: 'group_id',
    ownerId: id,
    rows: input.eventIds?.map((eventId) => ({ eventId })),
  });
  await replaceLinks(db, {
    table: 'community_group_projects',
    ownerColumn: 'group_id',
    ownerId: id,
    rows: input.projectIds?.map((projectId) => ({ projectId })),
  });
  await replaceLinks(db, {
    table: 'article_community_groups',
    ownerColumn: 'group_id',
    ownerId: id,
    rows: input.articleIds?.map((articleId) => ({ articleId })),
  });
}

export async function insertCommunityGroup(
  db: Database,
  input: CommunityGroupInput,
  user: StaffUser,
) {
  checkGroup(null, input);
  const orDefault = (v: unknown) => (v === undefined ? sql`DEFAULT` : sql`${v}`);
  const [row] = await rowsOf<{ id: number }>(
    db,
    sql`INSERT INTO community_groups (slug, kind, place_id, latitude, longitude, founded_year,
        member_count, activity_status, leader_name, leader_name_public, cover_media_id, created_by_id)
      VALUES (${input.slug}, ${input.kind}, ${input.placeId ?? null}, ${input.latitude ?? null},
        ${input.longitude ?? null}, ${input.foundedYear ?? null}, ${input.memberCount ?? null},
        ${orDefault(input.activityStatus)}, ${input.leaderName?.trim() || null},
        ${orDefault(input.leaderNamePublic)}, ${input.coverMediaId ?? null}, ${user.id})
      RETURNING id`,
  );
  await saveRelations(db, row!.id, input);
  return row!.id;
}

export async function updateCommunityGroup(
  db: Database,
  id: number,
  patch: Partial<CommunityGroupInput>,
) {
  const [current] = await rowsOf<Current>(
    db,
    sql`SELECT kind, latitude, longitude,
        (SELECT count(*)::int FROM community_group_members m WHERE m.association_id = g.id) AS members
      FROM community_groups g WHERE id = ${id}`,
  );
  checkGroup(id, patch, current);
  const values =
    patch.leaderName !== undefined
      ? { ...patch, leaderName: patch.leaderName?.trim() || null }
      : patch;
  const sets = assignmentsOf(values, COLUMNS);
  if (sets.length > 0) {
    await db.execute(sql`UPDATE community_groups SET ${sql.join(sets, sql`, `)} WHERE id = ${id}`);
  }
  await saveRelations(db, id, patch);
}

export async function deleteCommunityGroup(db: Database, id: number) {
  // Translations, grants, memberships and links go with it (cascade).
  await db.execute(sql`DELETE FROM community_groups WHERE id = ${id}`);
}

/** The cover, when there is one, needs alt text in every language of the group. */
export async function communityGroupPublishProblems(
  db: Database,
  doc: CommunityGroupDoc,
): Promise<FieldError[]> {
  return missingAltTexts(db, {
    mediaIds: [doc.coverMediaId],
    locales: Object.keys(doc.translations),
  });
}

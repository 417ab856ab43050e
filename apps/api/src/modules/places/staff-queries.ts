import { sql } from 'drizzle-orm';
import type { Static } from 'typebox';
import type { Database } from '../../db/client.js';
import { PLACE_KINDS } from '../../db/schema/places.js';
import { HttpProblem, invalidField } from '../../shared/problems.js';
import { rowsOf } from '../../shared/sql.js';
import { documentMetaColumns, saveTranslations, translationsJson } from '../staff/documents.js';
import { pathIds } from './sql.js';
import type { PlaceCreate, PlaceDocument, PlaceTreeNode } from './staff-schemas.js';

export type PlaceDoc = Static<typeof PlaceDocument>;
export type PlaceInput = Static<typeof PlaceCreate>;
type PlaceKind = (typeof PLACE_KINDS)[number];

const conflict = (detail: string) =>
  new HttpProblem({
    status: 409,
    title: 'Conflict',
    type: 'urn:jaryk:problem:invalid-state',
    detail,
  });

const rank = (kind: PlaceKind) => PLACE_KINDS.indexOf(kind);

export async function loadPlaceDocument(db: Database, id: number): Promise<PlaceDoc | null> {
  const [row] = await rowsOf<PlaceDoc>(
    db,
    sql`SELECT ${documentMetaColumns({ translationsTable: 'place_translations', foreignKey: 'place_id', workflow: false })},
        x.parent_id AS "parentId", x.kind, x.slug, x.path, x.depth, x.latitude, x.longitude,
        to_json(x.aliases) AS aliases,
        (SELECT count(*)::int FROM places c WHERE c.parent_id = x.id) AS "childCount",
        (SELECT count(*)::int FROM events e WHERE e.place_id = x.id) AS "eventCount",
        ${translationsJson({ table: 'place_translations', foreignKey: 'place_id', parentId: sql`x.id`, columns: ['name'] })} AS translations
      FROM places x WHERE x.id = ${id}`,
  );
  return row ?? null;
}

interface Node {
  id: number;
  kind: PlaceKind;
  path: string;
  depth: number;
}

async function nodeOf(db: Database, id: number): Promise<Node | null> {
  const [row] = await rowsOf<Node>(
    db,
    sql`SELECT id, kind, path, depth FROM places WHERE id = ${id}`,
  );
  return row ?? null;
}

/** The parent a place of `kind` may hang from: it must exist and be of a shallower kind. */
async function checkedParent(
  db: Database,
  parentId: number | null | undefined,
  kind: PlaceKind,
  moving?: Node,
): Promise<Node | null> {
  if (parentId === null || parentId === undefined) {
    if (kind !== 'country') throw invalidField('body', 'parentId', 'is required below the country');
    return null;
  }
  // The parent is locked so that it cannot move or vanish while we hang from it.
  const [parent] = await rowsOf<Node>(
    db,
    sql`SELECT id, kind, path, depth FROM places WHERE id = ${parentId} FOR UPDATE`,
  );
  if (!parent) throw invalidField('body', 'parentId', 'names no place');
  if (moving && parent.path.startsWith(moving.path)) {
    throw conflict('A place cannot move under itself or a place that lies within it.');
  }
  if (rank(kind) <= rank(parent.kind)) {
    throw invalidField(
      'body',
      'kind',
      `a ${kind} cannot lie in a ${parent.kind} (order: ${PLACE_KINDS.join(' > ')})`,
    );
  }
  return parent;
}

async function saveNames(db: Database, id: number, input: Partial<PlaceInput>) {
  const translations = input.translations
    ? Object.fromEntries(
        Object.entries(input.translations).map(([l, t]) => [l, t && { name: t.name.trim() }]),
      )
    : undefined;
  await saveTranslations(db, {
    table: 'place_translations',
    foreignKey: 'place_id',
    id,
    columns: ['name'],
    translations,
  });
}

const cleanAliases = (aliases: string[] | undefined) =>
  aliases && [...new Set(aliases.map((a) => a.trim()))];

export async function insertPlace(db: Database, input: PlaceInput): Promise<number> {
  const parent = await checkedParent(db, input.parentId, input.kind);
  const aliases = cleanAliases(input.aliases) ?? [];
  const [row] = await rowsOf<{ id: number }>(
    db,
    sql`INSERT INTO places (parent_id, kind, slug, path, depth, latitude, longitude, aliases)
      VALUES (${parent?.id ?? null}, ${input.kind}, ${input.slug}, '/', ${parent ? parent.depth + 1 : 0},
        ${input.latitude ?? null}, ${input.longitude ?? null},
        ${
          aliases.length > 0
            ? sql`ARRAY[${sql.join(
                aliases.map((a) => sql`${a}`),
                sql`, `,
              )}]::text[]`
            : sql`'{}'::text[]`
        })
      RETURNING id`,
  );
  const id = row!.id;
  await db.execute(
    sql`UPDATE places SET path = ${parent?.path ?? '/'} || id::text || '/' WHERE id = ${id}`,
  );
  await saveNames(db, id, input);
  return id;
}

export async function updatePlace(
  db: Database,
  id: number,
  patch: Partial<PlaceInput>,
): Promise<void> {
  const node = (await nodeOf(db, id))!;
  const [current] = await rowsOf<{ parentId: number | null; shallowestChild: PlaceKind | null }>(
    db,
    sql`SELECT p.parent_id AS "parentId",
        (SELECT c.kind FROM places c WHERE c.parent_id = p.id
          ORDER BY array_position(enum_range(NULL::place_kind), c.kind) LIMIT 1) AS "shallowestChild"
      FROM places p WHERE p.id = ${id}`,
  );
  const kind = patch.kind ?? node.kind;
  const moving = patch.parentId !== undefined && patch.parentId !== current!.parentId;
  if (patch.kind !== undefined || moving) {
    const parentId = patch.parentId === undefined ? current!.parentId : patch.parentId;
    const parent = await checkedParent(db, parentId, kind, moving ? node : undefined);
    const child = current!.shallowestChild;
    if (child && rank(child) <= rank(kind)) {
      throw invalidField('body', 'kind', `must stay above the places under it (a ${child})`);
    }
    if (moving) await movePlace(db, node, parent);
  }
  const sets = [];
  if (patch.kind !== undefined) sets.push(sql`kind = ${patch.kind}`);
  if (patch.slug !== undefined) sets.push(sql`slug = ${patch.slug}`);
  if (patch.latitude !== undefined) sets.push(sql`latitude = ${patch.latitude}`);
  if (patch.longitude !== undefined) sets.push(sql`longitude = ${patch.longitude}`);
  const aliases = cleanAliases(patch.aliases);
  if (aliases) {
    sets.push(
      aliases.length > 0
        ? sql`aliases = ARRAY[${sql.join(
            aliases.map((a) => sql`${a}`),
            sql`, `,
          )}]::text[]`
        : sql`aliases = '{}'::text[]`,
    );
  }
  if (sets.length > 0) {
    await db.execute(sql`UPDATE places SET ${sql.join(sets, sql`, `)} WHERE id = ${id}`);
  }
  await saveNames(db, id, patch);
}

/**
 * Hangs a place, with everything under it, from another parent: one statement rewrites the
 * subtree's paths and depths (checkedParent has refused a parent inside the subtree).
 */
async function movePlace(db: Database, node: Node, parent: Node | null) {
  if (!parent) throw invalidField('body', 'parentId', 'is required below the country');
  const newPath = `${parent.path}${node.id}/`;
  const shift = parent.depth + 1 - node.depth;
  await db.execute(sql`UPDATE places SET
      path = ${newPath} || substr(path, ${node.path.length + 1}),
      depth = depth + ${shift},
      parent_id = CASE WHEN id = ${node.id} THEN ${parent.id}::int ELSE parent_id END
    WHERE path LIKE ${`${node.path}%`}`);
}

/** Refuses to delete a place that others hang from or that events use. */
export async function deletePlace(db: Database, id: number): Promise<void> {
  const [use] = await rowsOf<{ children: number; events: number }>(
    db,
    sql`SELECT (SELECT count(*)::int FROM places WHERE parent_id = ${id}) AS children,
        (SELECT count(*)::int FROM events WHERE place_id = ${id}) AS events`,
  );
  if (use!.children > 0) {
    throw conflict(
      `This place has ${use!.children} place(s) under it; move or delete those first.`,
    );
  }
  if (use!.events > 0) {
    throw conflict(`${use!.events} event(s) take place here; move them to another place first.`);
  }
  await db.execute(sql`DELETE FROM places WHERE id = ${id}`);
}

type PlaceTreeRow = Static<typeof PlaceTreeNode>;

/** The whole tree, depth first, with every name: what the admin's place picker needs. */
export async function placeTree(db: Database): Promise<PlaceTreeRow[]> {
  return rowsOf<PlaceTreeRow>(
    db,
    sql`SELECT p.id, p.parent_id AS "parentId", p.kind, p.slug, p.depth,
        (SELECT coalesce(json_object_agg(t.locale, t.name), '{}'::json)
          FROM place_translations t WHERE t.place_id = p.id) AS names
      FROM places p ORDER BY ${pathIds('p.path')}`,
  );
}

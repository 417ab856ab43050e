import { type Locale, type Schemas, unwrap } from '@jaryk/client';
import { staffApi } from '../../../staff-api';

export type PlaceTreeNode = Schemas['PlaceTreeNode'];

/** A node's name in `locale`, else in Russian, Kyrgyz or English, else its slug. */
export function placeName(node: PlaceTreeNode, locale: Locale): string {
  return node.names[locale] ?? node.names.ru ?? node.names.ky ?? node.names.en ?? node.slug;
}

export interface PlaceIndex {
  nodes: PlaceTreeNode[];
  byId: Map<number, PlaceTreeNode>;
  children: Map<number | null, PlaceTreeNode[]>;
}

export function indexPlaces(nodes: PlaceTreeNode[]): PlaceIndex {
  const byId = new Map(nodes.map((n) => [n.id, n]));
  const children = new Map<number | null, PlaceTreeNode[]>();
  for (const node of nodes) {
    const siblings = children.get(node.parentId) ?? [];
    siblings.push(node);
    children.set(node.parentId, siblings);
  }
  return { nodes, byId, children };
}

/** The nodes from the root down to `id` (itself included). */
export function ancestry(index: PlaceIndex, id: number): PlaceTreeNode[] {
  const out: PlaceTreeNode[] = [];
  let node = index.byId.get(id);
  while (node && out.length < 20) {
    out.unshift(node);
    node = node.parentId === null ? undefined : index.byId.get(node.parentId);
  }
  return out;
}

/** "Jalal-Abad oblast › Toktogul district › Kara-Köl", without the country at the top. */
export function placePath(index: PlaceIndex, id: number, locale: Locale): string {
  const chain = ancestry(index, id);
  const shown = chain.length > 1 && chain[0]?.kind === 'country' ? chain.slice(1) : chain;
  return shown.map((n) => placeName(n, locale)).join(' › ');
}

const fold = (s: string) => s.toLocaleLowerCase('ru').normalize('NFKD').replace(/\p{M}/gu, '');

/** Places whose name in any language contains `query` (case and accents ignored), shallow first. */
export function searchPlaces(index: PlaceIndex, query: string, limit = 20): PlaceTreeNode[] {
  const q = fold(query.trim());
  if (!q) return [];
  return index.nodes
    .filter((n) => Object.values(n.names).some((name) => name && fold(name).includes(q)))
    .sort((a, b) => a.depth - b.depth)
    .slice(0, limit);
}

export async function loadPlaceTree(signal?: AbortSignal): Promise<PlaceTreeNode[]> {
  return unwrap(await staffApi.GET('/api/v1/staff/places/tree', { signal })).data;
}

export type PlaceKind = PlaceTreeNode['kind'];
export const PLACE_KINDS = [
  'country',
  'oblast',
  'city',
  'district',
  'rural_district',
  'settlement',
] as const satisfies readonly PlaceKind[];

/** The kinds a place may have under a parent of `parentKind` (deeper kinds only; the API's rule). */
export function kindsUnder(parentKind: PlaceKind | null): PlaceKind[] {
  if (parentKind === null) return ['country'];
  return PLACE_KINDS.slice(PLACE_KINDS.indexOf(parentKind) + 1);
}

/** The kind a new place under `parentKind` most likely has (a district under an oblast …). */
export function defaultKindUnder(parentKind: PlaceKind | null): PlaceKind {
  const usual: Partial<Record<PlaceKind, PlaceKind>> = {
    country: 'oblast',
    oblast: 'district',
    city: 'district',
    district: 'rural_district',
    rural_district: 'settlement',
  };
  return parentKind === null ? 'country' : (usual[parentKind] ?? 'settlement');
}

/** The ids of a place and everything under it. */
export function subtreeIds(index: PlaceIndex, id: number): Set<number> {
  const out = new Set<number>();
  const stack = [id];
  while (stack.length) {
    const current = stack.pop()!;
    out.add(current);
    for (const child of index.children.get(current) ?? []) stack.push(child.id);
  }
  return out;
}

/** Whether `id` may move under `parentId`: not under itself nor anything within it. */
export function canMoveUnder(index: PlaceIndex, id: number, parentId: number): boolean {
  return !subtreeIds(index, id).has(parentId);
}

/** The languages a node has no name in. */
export function missingNames(node: PlaceTreeNode): Locale[] {
  return (['ky', 'ru', 'en'] as const).filter((l) => !node.names[l]);
}

/** The nodes to open so that `id` shows: its ancestors (not itself). */
export function ancestorIds(index: PlaceIndex, id: number): number[] {
  return ancestry(index, id)
    .slice(0, -1)
    .map((n) => n.id);
}

/**
 * What the tree shows for a filter: the places matching `query` (any language) with their
 * ancestors, so each match is seen in its path; null for no filter (the tree as expanded).
 */
export function filterTree(index: PlaceIndex, query: string): Set<number> | null {
  if (!query.trim()) return null;
  const shown = new Set<number>();
  for (const match of searchPlaces(index, query, 200)) {
    for (const node of ancestry(index, match.id)) shown.add(node.id);
  }
  return shown;
}

/**
 * The visible rows of the tree in order (depth first), for keys that move between them: every
 * root, and the children of each expanded node that is itself visible.
 */
export function visibleIds(
  index: PlaceIndex,
  expanded: ReadonlySet<number>,
  shown: ReadonlySet<number> | null = null,
): number[] {
  const out: number[] = [];
  const visit = (parentId: number | null) => {
    for (const node of index.children.get(parentId) ?? []) {
      if (shown && !shown.has(node.id)) continue;
      out.push(node.id);
      if (shown || expanded.has(node.id)) visit(node.id);
    }
  };
  visit(null);
  return out;
}

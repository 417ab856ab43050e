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

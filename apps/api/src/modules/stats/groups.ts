import type { Static } from 'typebox';
import type { RawGroupStatsRow } from '../community-groups/queries.js';
import type { GroupFigures, GroupStatsQuery, GroupStatsRow } from './schemas.js';

type Figures = Static<typeof GroupFigures>;
type Row = Static<typeof GroupStatsRow>;

const ADULT_KINDS = new Set(['self_help_group']);
const CHILD_KINDS = new Set(['children_self_help_group', 'maternal_school']);

/** Figures of a set of (key, kind) rows. Associations count as groups, not in the people sums. */
function figuresOf(rows: RawGroupStatsRow[]): Figures {
  const byKind = new Map<string, Figures['byKind'][number]>();
  for (const r of rows) {
    const k = byKind.get(r.kind!) ?? {
      kind: r.kind!,
      groups: 0,
      active: 0,
      withMemberCount: 0,
      memberTotal: 0,
    };
    k.groups += r.groups;
    k.active += r.active;
    k.withMemberCount += r.withMemberCount;
    k.memberTotal += r.memberTotal;
    byKind.set(r.kind!, k);
  }
  const kinds = [...byKind.values()].sort((a, b) => a.kind.localeCompare(b.kind));
  const sum = (pick: (k: Figures['byKind'][number]) => number, only?: Set<string>) =>
    kinds.filter((k) => !only || only.has(k.kind)).reduce((n, k) => n + pick(k), 0);
  return {
    groups: sum((k) => k.groups),
    active: sum((k) => k.active),
    members: sum((k) => k.memberTotal, ADULT_KINDS),
    children: sum((k) => k.memberTotal, CHILD_KINDS),
    byKind: kinds,
  };
}

/**
 * The group statistics from the raw counts per (place key, kind): one row per place (or per
 * kind, or a single row), most groups first, and the totals. No suppression (see schemas.ts).
 */
export function groupStatsOf(
  raw: RawGroupStatsRow[],
  groupBy: GroupStatsQuery['groupBy'],
): { data: Row[]; totals: Figures } {
  const totals = figuresOf(raw);
  let data: Row[];
  if (groupBy === 'none') {
    data = totals.groups > 0 ? [{ key: null, label: null, ...totals }] : [];
  } else if (groupBy === 'kind') {
    data = totals.byKind.map((k) => ({
      key: k.kind,
      label: k.kind,
      ...figuresOf(raw.filter((r) => r.kind === k.kind)),
    }));
  } else {
    const keys = new Map<string | null, { label: string | null; rows: RawGroupStatsRow[] }>();
    for (const r of raw) {
      const entry = keys.get(r.key) ?? { label: r.label, rows: [] };
      entry.rows.push(r);
      keys.set(r.key, entry);
    }
    data = [...keys.entries()].map(([key, { label, rows }]) => ({
      key,
      label,
      ...figuresOf(rows),
    }));
  }
  // Most groups first; "no place" last; then by name.
  data.sort(
    (a, b) =>
      Number(a.key === null) - Number(b.key === null) ||
      b.groups - a.groups ||
      (a.label ?? '').localeCompare(b.label ?? ''),
  );
  return { data, totals };
}

import { PARTICIPANT_GROUPS } from '../../db/schema/events.js';
import { MINIMUM_SHOWN_COUNT } from './schemas.js';
import type { RawImpactRow } from './queries.js';

type Group = (typeof PARTICIPANT_GROUPS)[number];
type Figure = Group | 'total';

export type ShownFigures = Omit<RawImpactRow, Figure> &
  Record<Figure, number | null> & { suppressed: Figure[] };

const isSmall = (n: number) => n > 0 && n < MINIMUM_SHOWN_COUNT;

/**
 * Withholds counts from 1 to 4 (primary suppression). When exactly one group of a row is
 * withheld, the total minus the others would give it away, so the next smallest shown group is
 * withheld too (secondary suppression), or the total when there is no other group to hide.
 */
export function suppressSmallCounts(row: RawImpactRow): ShownFigures {
  const hidden = new Set<Figure>(PARTICIPANT_GROUPS.filter((g) => isSmall(row[g])));
  if (isSmall(row.total)) hidden.add('total');
  const hiddenGroups = PARTICIPANT_GROUPS.filter((g) => hidden.has(g));
  if (hiddenGroups.length === 1 && !hidden.has('total')) {
    const nextSmallest = PARTICIPANT_GROUPS.filter((g) => !hidden.has(g) && row[g] > 0).sort(
      (a, b) => row[a] - row[b],
    )[0];
    hidden.add(nextSmallest ?? 'total');
  }
  const shown = { ...row, suppressed: [...hidden] } as ShownFigures;
  for (const figure of hidden) shown[figure] = null;
  return shown;
}

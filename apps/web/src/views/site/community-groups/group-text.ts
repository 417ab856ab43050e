import type { Locale, Schemas } from '@jaryk/client';
import type { MessageKey, Named } from '../../../i18n';
import { formatNumber } from '../../../i18n/numbers';

type T = (key: MessageKey, named?: Named) => string;
type Kind = Schemas['CommunityGroupSummary']['kind'];

/** Kinds whose count is of children (a maternal school, a children’s group), not of members. */
export const CHILD_KINDS: readonly Kind[] = ['children_self_help_group', 'maternal_school'];

/** "12 members", "25 children": a count only, never a list; null when not known. */
export function sizeText(kind: Kind, count: number | null, locale: Locale, t: T): string | null {
  if (count === null) return null;
  const key = CHILD_KINDS.includes(kind) ? 'groups.children' : 'groups.members';
  return t(key, { count, n: formatNumber(count, locale) });
}

/** Where a group is, in short: its place and the district, "Seydikum, Bazar-Korgon district". */
export function placeLine(place: Schemas['EventPlace']): string {
  const district = place.path.find((p) => p.kind === 'district');
  return district && district.slug !== place.slug ? `${place.name}, ${district.name}` : place.name;
}

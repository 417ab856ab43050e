import { type Locale, type Schemas, unwrap } from '@jaryk/client';
import { api } from '../../../api';
import { useResource } from '../../../composables/use-resource';

type Kind = Schemas['OrganizationSummary']['kind'];

/** The order of the groups on the page: donors first, as the organization presents them. */
export const KIND_ORDER: readonly Kind[] = [
  'donor',
  'network',
  'ngo',
  'crisis_centre',
  'association',
  'state_body',
  'school',
  'other',
];

export type Partner = Schemas['OrganizationSummary'];

export interface PartnersPage {
  groups: { kind: Kind; organizations: Partner[] }[];
  requested: Locale;
}

/** Every organization, grouped by kind, in one request. */
export function usePartners(locale: () => Locale) {
  return useResource(locale, async (signal): Promise<PartnersPage> => {
    const requested = locale();
    const partners = unwrap(
      await api.GET('/api/v1/organizations', {
        params: { query: { locale: requested, page: 1, pageSize: 100 } },
        signal,
      }),
    ).data;
    const groups = KIND_ORDER.map((kind) => ({
      kind,
      organizations: partners.filter((org) => org.kind === kind),
    })).filter((group) => group.organizations.length > 0);
    return { groups, requested };
  });
}

import { type Locale, type Schemas, unwrap } from '@jaryk/client';
import { staffApi } from '../../../staff-api';
import { staffResource } from '../shared/staff-resource';

export const GROUP_KINDS = [
  'self_help_group',
  'children_self_help_group',
  'association',
  'maternal_school',
] as const;
export type GroupKind = (typeof GROUP_KINDS)[number];
export const GROUP_STATUSES = ['active', 'closed'] as const;
export type GroupStatus = (typeof GROUP_STATUSES)[number];

/** A grant the group received; the funder is an organization on the site or a name. */
export interface Grant {
  amount: string;
  currency: string;
  funderOrganizationId: number | null;
  funderName: string | null;
  year: number | null;
  purpose: string | null;
}

export type GroupDocument = Schemas['CommunityGroupDocument'];
export type GroupTranslation = Schemas['CommunityGroupTranslation'];

export const communityGroups = staffResource<GroupDocument>('community-groups');

export type GroupPreview = Schemas['CommunityGroup'];

/** A group in any state as the site would show it in `locale`. */
export async function previewGroup(
  id: number,
  locale: Locale,
  signal?: AbortSignal,
): Promise<GroupPreview> {
  const result = await staffApi.GET('/api/v1/staff/community-groups/{id}/preview', {
    params: { path: { id }, query: { locale } },
    signal,
  });
  return unwrap(result).data;
}

/** "1 500,50" or "1500.5" as the API's decimal string ("1500.50"); null when it is not one. */
export function decimalOf(text: string): string | null {
  const compact = text.replace(/[\s\u00a0]/g, '').replace(',', '.');
  if (!/^\d{1,12}(\.\d{1,2})?$/.test(compact)) return null;
  const [whole, fraction = ''] = compact.split('.');
  return `${String(Number(whole))}.${fraction.padEnd(2, '0')}`;
}

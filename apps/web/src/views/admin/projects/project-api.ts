import { type Locale, type Schemas, unwrap } from '@jaryk/client';
import { staffApi } from '../../../staff-api';
import { staffResource } from '../shared/staff-resource';

/** A phase of a project as it names it ('I', 'II' …), with its dates (YYYY-MM-DD) if known. */
export interface Phase {
  label: string;
  startsOn: string | null;
  endsOn: string | null;
}
/** A result the project reports ("40 maternal schools"): a value, its label and unit per language. */
export interface Indicator {
  value: number | string | null;
  translations: Partial<Record<Locale, { label: string; unit: string | null }>>;
}
export interface Budget {
  amount: number | string;
  currency: string;
}
export type ProjectDocument = Schemas['ProjectDocument'];
export type ProjectKind = ProjectDocument['kind'];
export type ProjectPartnerRole = ProjectDocument['partners'][number]['role'];

export const projects = staffResource<ProjectDocument>('projects');

export const PROJECT_KINDS = ['project', 'initiative'] as const satisfies readonly ProjectKind[];
export const PROJECT_PARTNER_ROLES = [
  'lead',
  'initiator',
  'partner',
  'funder',
  'supporter',
] as const satisfies readonly ProjectPartnerRole[];
export const CURRENCIES = ['KGS', 'USD', 'EUR', 'RUB', 'KZT', 'GBP', 'CHF', 'SEK', 'CNY', 'JPY'];

export type ProjectPreview = Schemas['Project'];

/** A project in any state as the site would show it in `locale`. */
export async function previewProject(
  id: number,
  locale: Locale,
  signal?: AbortSignal,
): Promise<ProjectPreview> {
  const result = await staffApi.GET('/api/v1/staff/projects/{id}/preview', {
    params: { path: { id }, query: { locale } },
    signal,
  });
  return unwrap(result).data;
}

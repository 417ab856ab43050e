import type { Schemas } from '@jaryk/client';
import { staffResource } from '../shared/staff-resource';

export type OrganizationDocument = Schemas['OrganizationDocument'];
export type OrganizationCreate = Schemas['OrganizationCreate'];
export type OrganizationUpdate = Schemas['OrganizationUpdate'];
export type OrganizationKind = OrganizationDocument['kind'];

export const organizations = staffResource<
  OrganizationDocument,
  OrganizationCreate,
  OrganizationUpdate
>('organizations');

export const ORGANIZATION_KINDS = [
  'network',
  'ngo',
  'crisis_centre',
  'association',
  'donor',
  'state_body',
  'school',
  'other',
] as const satisfies readonly OrganizationKind[];

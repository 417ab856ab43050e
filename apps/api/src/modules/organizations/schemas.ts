import { Type, type Static } from 'typebox';
import { ORGANIZATION_KINDS } from '../../db/schema/organizations.js';
import { PROJECT_PARTNER_ROLES } from '../../db/schema/projects.js';
import {
  LocalizedFields,
  Nullable,
  QueryString,
  localeQuery,
  paginationQuery,
} from '../../shared/schemas.js';
import { Media } from '../media/schemas.js';
import { EventPlace } from '../events/schemas.js';

export const OrganizationSummary = Type.Object(
  {
    id: Type.Integer(),
    slug: Type.String(),
    kind: Type.Enum(ORGANIZATION_KINDS),
    ...LocalizedFields,
    name: Type.String(),
    shortName: Nullable(Type.String()),
    description: Nullable(Type.String()),
    websiteUrl: Nullable(Type.String()),
    logo: Nullable(Media),
  },
  { title: 'OrganizationSummary' },
);

export const OrganizationProject = Type.Object(
  {
    slug: Type.String(),
    kind: Type.Enum(['project', 'initiative']),
    title: Type.String(),
    role: Type.Enum(PROJECT_PARTNER_ROLES),
  },
  {
    title: 'OrganizationProject',
    description: 'A project the organization takes part in; one entry per role it holds there',
  },
);

export const Organization = Type.Object(
  {
    ...OrganizationSummary.properties,
    place: Nullable(EventPlace),
    projects: Type.Array(OrganizationProject),
    eventCount: Type.Integer({ minimum: 0, description: 'Public events it took part in' }),
  },
  { title: 'Organization' },
);

export const OrganizationListQuery = QueryString({
  ...localeQuery,
  kind: Type.Optional(Type.Enum(ORGANIZATION_KINDS)),
  footer: Type.Optional(
    Type.Boolean({
      description: 'true: only those shown in the site footer, in footer order; false: the others',
    }),
  ),
  q: Type.Optional(
    Type.String({
      minLength: 1,
      maxLength: 200,
      description: 'Name or short name contains this, case-insensitive, in any language',
    }),
  ),
  ...paginationQuery,
});
export type OrganizationListQuery = Static<typeof OrganizationListQuery>;

export const OrganizationDetailQuery = QueryString({ ...localeQuery });

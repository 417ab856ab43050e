import { Type, type Static } from 'typebox';
import { ORGANIZATION_KINDS } from '../../db/schema/organizations.js';
import { PROJECT_PARTNER_ROLES } from '../../db/schema/projects.js';
import {
  DateTime,
  LocalizedFields,
  Nullable,
  QueryString,
  SlugSchema,
  localeQuery,
  paginationQuery,
} from '../../shared/schemas.js';
import { Media } from '../media/schemas.js';
import { ParticipantCounts } from '../events/schemas.js';
import { EventSeriesSummary } from '../event-series/schemas.js';

export const PROJECT_KINDS = ['project', 'initiative'] as const;

const CalendarDate = Type.String({ format: 'date', description: 'YYYY-MM-DD; null when unknown' });

export const ProjectSummary = Type.Object(
  {
    id: Type.Integer(),
    slug: Type.String(),
    kind: Type.Enum(PROJECT_KINDS),
    ...LocalizedFields,
    title: Type.String(),
    summary: Nullable(Type.String()),
    startsOn: Nullable(CalendarDate),
    endsOn: Nullable(CalendarDate),
    cover: Nullable(Media),
  },
  { title: 'ProjectSummary' },
);

export const ProjectPartner = Type.Object(
  {
    slug: Type.String(),
    kind: Type.Enum(ORGANIZATION_KINDS),
    name: Type.String(),
    role: Type.Enum(PROJECT_PARTNER_ROLES),
    websiteUrl: Nullable(Type.String()),
    logo: Nullable(Media),
  },
  { title: 'ProjectPartner', description: 'One entry per role an organization holds' },
);

export const Project = Type.Object(
  {
    ...ProjectSummary.properties,
    description: Nullable(Type.String()),
    updatedAt: DateTime,
    partners: Type.Array(ProjectPartner),
    series: Type.Array(EventSeriesSummary, {
      description: 'Public event series that public events of this project belong to',
    }),
    eventCount: Type.Integer({ minimum: 0, description: 'Public events of this project' }),
    participants: ParticipantCounts,
  },
  { title: 'Project' },
);

export const ProjectListQuery = QueryString({
  ...localeQuery,
  kind: Type.Optional(Type.Enum(PROJECT_KINDS)),
  partner: Type.Optional({
    ...SlugSchema,
    description: 'Only projects with this partner organization',
  }),
  ...paginationQuery,
});
export type ProjectListQuery = Static<typeof ProjectListQuery>;

export const ProjectDetailQuery = QueryString({ ...localeQuery });

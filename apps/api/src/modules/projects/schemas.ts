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
import { EventSeriesSummary } from '../event-series/schemas.js';
import { PARTICIPANT_GROUPS } from '../../db/schema/events.js';
import { ArticleCard } from '../articles/schemas.js';
import { MINIMUM_SHOWN_COUNT } from '../stats/schemas.js';
import { CommunityGroupLink } from './refs.js';

export const PROJECT_KINDS = ['project', 'initiative'] as const;
/** How many articles a project page lists. */
export const PROJECT_ARTICLES_SHOWN = 10;

const CalendarDate = Type.String({ format: 'date', description: 'YYYY-MM-DD; null when unknown' });

export const ProjectBudget = Type.Object(
  {
    amount: Type.Number({ minimum: 0, description: 'Exact to the cent (numeric 14,2)' }),
    currency: Type.String({ pattern: '^[A-Z]{3}$', description: 'ISO 4217, e.g. EUR' }),
  },
  { title: 'ProjectBudget' },
);

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
    budget: Nullable(ProjectBudget),
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

export const ProjectDonor = Type.Object(
  {
    slug: Type.String(),
    kind: Type.Enum(ORGANIZATION_KINDS),
    name: Type.String(),
    websiteUrl: Nullable(Type.String()),
    logo: Nullable(Media),
  },
  { title: 'ProjectDonor', description: 'A partner in the role funder' },
);

export const ProjectPhase = Type.Object(
  {
    label: Type.String({ description: "As the project names it: 'I', 'II' …" }),
    startsOn: Nullable(CalendarDate),
    endsOn: Nullable(CalendarDate),
  },
  { title: 'ProjectPhase' },
);

export const ProjectIndicator = Type.Object(
  {
    label: Type.String({ description: 'In the served locale, else the best available' }),
    value: Type.Number(),
    unit: Nullable(Type.String()),
  },
  { title: 'ProjectIndicator', description: 'A result the project reports: "40 maternal schools"' },
);

const shownCount = (group: string) =>
  Nullable(
    Type.Integer({
      minimum: 0,
      description: `Participants (${group}); null when not reported, or withheld (see suppressed)`,
    }),
  );

export const ProjectParticipants = Type.Object(
  {
    women: shownCount('women'),
    girls: shownCount('girls'),
    men: shownCount('men'),
    boys: shownCount('boys'),
    unspecified: shownCount('group not given'),
    total: shownCount('all groups'),
    suppressed: Type.Array(Type.Enum([...PARTICIPANT_GROUPS, 'total']), {
      description: `Figures withheld as fewer than ${MINIMUM_SHOWN_COUNT} (or revealing one), as in the public statistics`,
    }),
  },
  {
    title: 'ProjectParticipants',
    description: 'Summed over the public events of the project; aggregates only',
  },
);

export const Project = Type.Object(
  {
    ...ProjectSummary.properties,
    description: Nullable(Type.String()),
    goal: Nullable(Type.String({ description: 'The goal as the project page states it' })),
    updatedAt: DateTime,
    partners: Type.Array(ProjectPartner),
    donors: Type.Array(ProjectDonor, { description: 'Public partners in the role funder' }),
    phases: Type.Array(ProjectPhase, { description: 'In order' }),
    indicators: Type.Array(ProjectIndicator, { description: 'Results, in order' }),
    series: Type.Array(EventSeriesSummary, {
      description: 'Public event series that public events of this project belong to',
    }),
    eventCount: Type.Integer({ minimum: 0, description: 'Public events of this project' }),
    participants: ProjectParticipants,
    groups: Type.Array(CommunityGroupLink, {
      description: 'Public community groups of the project',
    }),
    articles: Type.Array(ArticleCard, {
      description: `The newest public articles about it (linked, or reporting on its events), at most ${PROJECT_ARTICLES_SHOWN}`,
    }),
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

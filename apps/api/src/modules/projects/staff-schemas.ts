import { Type } from 'typebox';
import { PROJECT_PARTNER_ROLES } from '../../db/schema/projects.js';
import { Nullable, SlugSchema } from '../../shared/schemas.js';
import {
  BoundedDate,
  OptionalText,
  PartnersDocument,
  PartnersInput,
  RefId,
  RefIds,
  TranslationsDocument,
  Title,
} from '../staff/fields.js';
import { TranslationsOf, documentMeta, workflowMeta } from '../staff/schemas.js';
import { PROJECT_KINDS } from './schemas.js';

export const ProjectTranslationInput = Type.Object(
  {
    title: Title(300),
    summary: OptionalText(2000),
    description: Type.Optional(
      Nullable(
        Type.String({
          maxLength: 500_000,
          description: 'HTML; sanitized to an allow-list on save',
        }),
      ),
    ),
    goal: OptionalText(4000),
  },
  { additionalProperties: false, title: 'ProjectTranslationInput' },
);

/**
 * Up to 12 digits before the point and 2 after (numeric 14,2), as a number or a numeric string,
 * kept exact. With type coercion on, a numeric string passes as a number, so the decimals are
 * checked on save (staff-queries.ts).
 */
const Decimal = (opts: { signed: boolean; description: string }) =>
  Type.Union(
    [
      Type.String({ pattern: `^${opts.signed ? '-?' : ''}\\d{1,12}(\\.\\d{1,2})?$` }),
      Type.Number({
        minimum: opts.signed ? -999_999_999_999.99 : 0,
        maximum: 999_999_999_999.99,
      }),
    ],
    { description: opts.description },
  );

export const ProjectBudgetInput = Type.Object(
  {
    amount: Decimal({ signed: false, description: 'Not negative; kept exact to the cent' }),
    currency: Type.String({ pattern: '^[A-Z]{3}$', description: 'ISO 4217, e.g. EUR, USD, KGS' }),
  },
  { additionalProperties: false, title: 'ProjectBudgetInput' },
);

export const ProjectPhaseInput = Type.Object(
  {
    label: Title(40),
    startsOn: Type.Optional(Nullable(BoundedDate)),
    endsOn: Type.Optional(Nullable({ ...BoundedDate, description: 'Not before startsOn' })),
  },
  { additionalProperties: false, title: 'ProjectPhaseInput' },
);

export const ProjectIndicatorTranslationInput = Type.Object(
  { label: Title(300), unit: OptionalText(100) },
  { additionalProperties: false, title: 'ProjectIndicatorTranslationInput' },
);

export const ProjectIndicatorInput = Type.Object(
  {
    value: Decimal({ signed: true, description: 'Kept exact to the cent' }),
    translations: TranslationsOf(ProjectIndicatorTranslationInput, { patch: false }),
  },
  { additionalProperties: false, title: 'ProjectIndicatorInput' },
);

const projectFields = {
  kind: Type.Optional(Type.Enum(PROJECT_KINDS, { description: 'Default: project' })),
  startsOn: Type.Optional(Nullable(BoundedDate)),
  endsOn: Type.Optional(Nullable({ ...BoundedDate, description: 'Not before startsOn' })),
  coverMediaId: Type.Optional(Nullable(RefId)),
  partners: Type.Optional(PartnersInput(PROJECT_PARTNER_ROLES, 'ProjectPartnerInput')),
  budget: Type.Optional(Nullable(ProjectBudgetInput)),
  phases: Type.Optional(
    Type.Array(ProjectPhaseInput, { maxItems: 20, description: 'In order; replaced as a whole' }),
  ),
  indicators: Type.Optional(
    Type.Array(ProjectIndicatorInput, {
      maxItems: 50,
      description: 'Results in order; replaced as a whole',
    }),
  ),
  articleIds: Type.Optional({ ...RefIds, description: 'Articles about it; replaced as a whole' }),
  groupIds: Type.Optional({
    ...RefIds,
    description: 'Community groups of the project; replaced as a whole',
  }),
};

export const ProjectCreate = Type.Object(
  {
    slug: SlugSchema,
    ...projectFields,
    translations: TranslationsOf(ProjectTranslationInput, { patch: false }),
  },
  { additionalProperties: false, title: 'ProjectCreate' },
);

export const ProjectUpdate = Type.Object(
  {
    slug: Type.Optional(SlugSchema),
    ...projectFields,
    translations: Type.Optional(TranslationsOf(ProjectTranslationInput, { patch: true })),
  },
  { additionalProperties: false, title: 'ProjectUpdate' },
);

export const ProjectTranslationDocument = Type.Object(
  {
    title: Type.String(),
    summary: Nullable(Type.String()),
    description: Nullable(Type.String()),
    goal: Nullable(Type.String()),
  },
  { title: 'ProjectTranslation' },
);

export const ProjectIndicatorDocument = Type.Object(
  {
    value: Type.Number(),
    translations: TranslationsDocument(
      Type.Object(
        { label: Type.String(), unit: Nullable(Type.String()) },
        { title: 'ProjectIndicatorTranslation' },
      ),
    ),
  },
  { title: 'ProjectIndicatorDocument' },
);

export const ProjectDocument = Type.Object(
  {
    ...documentMeta,
    ...workflowMeta,
    slug: Type.String(),
    kind: Type.Enum(PROJECT_KINDS),
    startsOn: Nullable(Type.String({ format: 'date' })),
    endsOn: Nullable(Type.String({ format: 'date' })),
    coverMediaId: Nullable(Type.Integer()),
    partners: PartnersDocument(PROJECT_PARTNER_ROLES, 'ProjectPartnerLinks'),
    budget: Nullable(
      Type.Object(
        { amount: Type.Number(), currency: Type.String() },
        { title: 'ProjectBudgetDocument' },
      ),
    ),
    phases: Type.Array(
      Type.Object(
        {
          label: Type.String(),
          startsOn: Nullable(Type.String({ format: 'date' })),
          endsOn: Nullable(Type.String({ format: 'date' })),
        },
        { title: 'ProjectPhaseDocument' },
      ),
    ),
    indicators: Type.Array(ProjectIndicatorDocument),
    articleIds: Type.Array(Type.Integer()),
    groupIds: Type.Array(Type.Integer()),
    translations: TranslationsDocument(ProjectTranslationDocument),
  },
  { title: 'ProjectDocument' },
);

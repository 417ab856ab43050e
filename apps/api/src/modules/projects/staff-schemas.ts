import { Type } from 'typebox';
import { PROJECT_PARTNER_ROLES } from '../../db/schema/projects.js';
import { Nullable, SlugSchema } from '../../shared/schemas.js';
import {
  BoundedDate,
  OptionalText,
  PartnersDocument,
  PartnersInput,
  RefId,
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
  },
  { additionalProperties: false, title: 'ProjectTranslationInput' },
);

const projectFields = {
  kind: Type.Optional(Type.Enum(PROJECT_KINDS, { description: 'Default: project' })),
  startsOn: Type.Optional(Nullable(BoundedDate)),
  endsOn: Type.Optional(Nullable({ ...BoundedDate, description: 'Not before startsOn' })),
  coverMediaId: Type.Optional(Nullable(RefId)),
  partners: Type.Optional(PartnersInput(PROJECT_PARTNER_ROLES, 'ProjectPartnerInput')),
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
  },
  { title: 'ProjectTranslation' },
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
    translations: TranslationsDocument(ProjectTranslationDocument),
  },
  { title: 'ProjectDocument' },
);

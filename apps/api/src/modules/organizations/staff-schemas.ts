import { Type } from 'typebox';
import { ORGANIZATION_KINDS } from '../../db/schema/organizations.js';
import { Nullable, SlugSchema } from '../../shared/schemas.js';
import { OptionalText, RefId, TranslationsDocument, Title } from '../staff/fields.js';
import { TranslationsOf, documentMeta, workflowMeta } from '../staff/schemas.js';

export const OrganizationTranslationInput = Type.Object(
  {
    name: Title(300),
    shortName: OptionalText(100),
    description: OptionalText(5000),
  },
  { additionalProperties: false, title: 'OrganizationTranslationInput' },
);

const WebsiteUrl = Type.String({
  format: 'uri',
  pattern: '^https?://[^\\s/]+',
  maxLength: 500,
  description: 'http or https only',
});

const organizationFields = {
  websiteUrl: Type.Optional(Nullable(WebsiteUrl)),
  logoMediaId: Type.Optional(Nullable(RefId)),
  placeId: Type.Optional(Nullable(RefId)),
  showInFooter: Type.Optional(Type.Boolean({ description: 'Logo shown in the site footer' })),
  footerOrder: Type.Optional(Type.Integer({ minimum: 0, maximum: 10000 })),
};

export const OrganizationCreate = Type.Object(
  {
    slug: SlugSchema,
    kind: Type.Enum(ORGANIZATION_KINDS),
    ...organizationFields,
    translations: TranslationsOf(OrganizationTranslationInput, { patch: false }),
  },
  { additionalProperties: false, title: 'OrganizationCreate' },
);

export const OrganizationUpdate = Type.Object(
  {
    slug: Type.Optional(SlugSchema),
    kind: Type.Optional(Type.Enum(ORGANIZATION_KINDS)),
    ...organizationFields,
    translations: Type.Optional(TranslationsOf(OrganizationTranslationInput, { patch: true })),
  },
  { additionalProperties: false, title: 'OrganizationUpdate' },
);

export const OrganizationTranslationDocument = Type.Object(
  {
    name: Type.String(),
    shortName: Nullable(Type.String()),
    description: Nullable(Type.String()),
  },
  { title: 'OrganizationTranslation' },
);

export const OrganizationDocument = Type.Object(
  {
    ...documentMeta,
    ...workflowMeta,
    slug: Type.String(),
    kind: Type.Enum(ORGANIZATION_KINDS),
    websiteUrl: Nullable(Type.String()),
    logoMediaId: Nullable(Type.Integer()),
    placeId: Nullable(Type.Integer()),
    showInFooter: Type.Boolean(),
    footerOrder: Type.Integer(),
    translations: TranslationsDocument(OrganizationTranslationDocument),
  },
  { title: 'OrganizationDocument' },
);

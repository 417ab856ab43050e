import { Type } from 'typebox';
import { DateTime, LocaleSchema, Nullable } from '../../shared/schemas.js';
import { Email } from '../auth/schemas.js';
import { OrganizationSummary } from '../organizations/schemas.js';
import { TranslationsOf } from '../staff/schemas.js';
import { SocialLink } from './schemas.js';

const Id = Type.Integer({ minimum: 1, maximum: 2147483647 });

export const SocialLinkInput = Type.Object(
  {
    network: Type.String({
      minLength: 1,
      maxLength: 40,
      pattern: '^[a-z0-9][a-z0-9-]*$',
      description: 'e.g. facebook, instagram, youtube (lower case)',
    }),
    url: Type.String({ maxLength: 500, pattern: '^https://', description: 'https only' }),
  },
  { additionalProperties: false, title: 'SocialLinkInput' },
);

export const SlideshowEntry = Type.Object(
  { type: Type.Enum(['article', 'event']), id: Id },
  { additionalProperties: false, title: 'SlideshowEntry' },
);

export const SiteSettingsTranslationInput = Type.Object(
  {
    siteName: Type.String({ minLength: 1, maxLength: 200, pattern: '\\S' }),
    slogan: Type.Optional(Nullable(Type.String({ maxLength: 300 }))),
    description: Type.Optional(Nullable(Type.String({ maxLength: 2000 }))),
  },
  { additionalProperties: false, title: 'SiteSettingsTranslationInput' },
);

const TimeZone = Type.String({
  minLength: 1,
  maxLength: 64,
  description: 'IANA time zone, e.g. Asia/Bishkek',
});

const MapTileUrl = Type.String({
  maxLength: 500,
  pattern: '^https://',
  description: 'https tile URL template containing {z}, {x} and {y}',
});

export const SiteSettingsUpdate = Type.Object(
  {
    defaultLocale: Type.Optional(LocaleSchema),
    timeZone: Type.Optional(TimeZone),
    contactEmail: Type.Optional(Nullable(Email)),
    socialLinks: Type.Optional(Type.Array(SocialLinkInput, { maxItems: 20 })),
    slideshow: Type.Optional(
      Type.Array(SlideshowEntry, {
        maxItems: 30,
        description: 'Explicit slideshow order; empty: featured articles',
      }),
    ),
    mapTileUrl: Type.Optional(MapTileUrl),
    mapTileAttribution: Type.Optional(Type.String({ minLength: 1, maxLength: 300 })),
    translations: Type.Optional(TranslationsOf(SiteSettingsTranslationInput, { patch: true })),
  },
  {
    additionalProperties: false,
    title: 'SiteSettingsUpdate',
    description: 'Only the fields sent change; a language set to null is deleted',
  },
);

const SiteSettingsTranslation = Type.Object(
  {
    siteName: Type.String(),
    slogan: Nullable(Type.String()),
    description: Nullable(Type.String()),
  },
  { title: 'SiteSettingsTranslation' },
);

export const SiteSettingsDocument = Type.Object(
  {
    version: Type.Integer({ description: 'Goes up with every save; the ETag names it' }),
    updatedAt: DateTime,
    defaultLocale: LocaleSchema,
    timeZone: Type.String(),
    contactEmail: Nullable(Type.String()),
    socialLinks: Type.Array(SocialLink),
    slideshow: Type.Array(SlideshowEntry),
    mapTileUrl: Type.String(),
    mapTileAttribution: Type.String(),
    translations: Type.Object({
      ky: Type.Optional(SiteSettingsTranslation),
      ru: Type.Optional(SiteSettingsTranslation),
      en: Type.Optional(SiteSettingsTranslation),
    }),
    footerOrganizations: Type.Array(OrganizationSummary, {
      description:
        'Read-only here: public organizations shown in the footer, in footer order ' +
        '(edited on each organization: showInFooter, footerOrder)',
    }),
  },
  { title: 'SiteSettingsDocument' },
);

import { Type } from 'typebox';
import {
  LocaleSchema,
  LocalizedFields,
  Nullable,
  QueryString,
  localeQuery,
} from '../../shared/schemas.js';
import { Media } from '../media/schemas.js';
import { OrganizationSummary } from '../organizations/schemas.js';

/** How many featured articles the slideshow takes when none is configured explicitly. */
export const SLIDESHOW_FEATURED_MAX = 10;

export const SocialLink = Type.Object(
  {
    network: Type.String({ description: 'e.g. facebook, instagram, youtube' }),
    url: Type.String(),
  },
  { title: 'SocialLink' },
);

export const SlideshowItem = Type.Object(
  {
    type: Type.Enum(['article', 'event']),
    slug: Type.String({ description: 'Slug of the served translation (articles) or the event' }),
    title: Type.String(),
    cover: Nullable(Media),
  },
  { title: 'SlideshowItem' },
);

export const SiteSettings = Type.Object(
  {
    ...LocalizedFields,
    siteName: Type.String(),
    slogan: Nullable(Type.String()),
    description: Nullable(Type.String()),
    defaultLocale: LocaleSchema,
    locales: Type.Array(LocaleSchema, { description: 'Languages the site is published in' }),
    timeZone: Type.String({ description: 'IANA time zone of the organization' }),
    contactEmail: Nullable(Type.String()),
    socialLinks: Type.Array(SocialLink),
    mapTileUrl: Type.String({ description: 'Tile URL template with {z}, {x} and {y}' }),
    mapTileAttribution: Type.String({ description: 'Credit to show on the map (plain text)' }),
    footerOrganizations: Type.Array(OrganizationSummary, {
      description: 'Public organizations shown in the footer (donors), in footer order',
    }),
    slideshow: Type.Array(SlideshowItem, {
      description:
        'The configured front-page slideshow, its unpublished items left out; when that leaves ' +
        `nothing, up to ${SLIDESHOW_FEATURED_MAX} featured articles in featured order, then newest`,
    }),
  },
  { title: 'SiteSettings' },
);

export const SiteSettingsQuery = QueryString({ ...localeQuery });

/**
 * Answers for the requests every page of the public site makes (the layout's settings and page
 * list, through stores/site.ts). renderApp() queues them for the first page's language; a test
 * that switches language queues them again with serveSite().
 */
import type { Locale, Media } from '@jaryk/client';
import type { PageSummary, SiteSettings } from '../stores/site';
import { json } from './fake-fetch';
import { server } from './mock-api';

export function newSettings(overrides: Partial<SiteSettings> = {}): SiteSettings {
  return {
    locale: 'en',
    availableLocales: ['ky', 'ru', 'en'],
    siteName: 'Eraiym Women’s Public Union',
    slogan: 'For the better life!',
    description: null,
    defaultLocale: 'ru',
    locales: ['ky', 'ru', 'en'],
    timeZone: 'Asia/Bishkek',
    contactEmail: null,
    socialLinks: [],
    mapTileUrl: 'https://tile.openstreetmap.org/{z}/{x}/{y}.png',
    mapTileAttribution: '© OpenStreetMap contributors',
    footerOrganizations: [],
    slideshow: [],
    ...overrides,
  };
}

export function newPages(locale: Locale): PageSummary[] {
  const titles = {
    en: ['About us', 'Contacts'],
    ru: ['О нас', 'Контакты'],
    ky: ['Биз жөнүндө', 'Байланыш'],
  }[locale];
  return [
    {
      key: 'about',
      slug: locale === 'en' ? 'about' : `about-${locale}`,
      locale,
      title: titles[0]!,
    },
    {
      key: 'contacts',
      slug: locale === 'en' ? 'contacts' : `contacts-${locale}`,
      locale,
      title: titles[1]!,
    },
  ];
}

/** Queues the settings and the page list for `locale` (once: a second load needs a second call). */
export function serveSite(
  locale: Locale,
  options: { settings?: Partial<SiteSettings>; pages?: PageSummary[] } = {},
): void {
  server.on(
    'GET',
    `/api/v1/settings?locale=${locale}`,
    json({ data: newSettings({ locale, ...options.settings }) }),
  );
  server.on(
    'GET',
    `/api/v1/pages?locale=${locale}`,
    json({ data: options.pages ?? newPages(locale) }),
  );
}

let nextMediaId = 1000;

/** An image record with JPEG and WebP variants at 480 and 960 pixels. */
export function newImage(overrides: Partial<Media> = {}): Media {
  const id = nextMediaId++;
  return {
    id,
    kind: 'image',
    locale: 'en',
    availableLocales: ['en'],
    title: null,
    alt: `Image ${id}`,
    caption: null,
    credit: null,
    width: 1600,
    height: 900,
    mimeType: 'image/jpeg',
    url: `/media/${id}/original.jpg`,
    youtubeId: null,
    focalPoint: { x: 0.5, y: 0.5 },
    variants: [
      { width: 960, height: 540, format: 'jpeg', url: `/media/${id}/960.jpg` },
      { width: 480, height: 270, format: 'jpeg', url: `/media/${id}/480.jpg` },
      { width: 480, height: 270, format: 'webp', url: `/media/${id}/480.webp` },
      { width: 960, height: 540, format: 'webp', url: `/media/${id}/960.webp` },
    ],
    ...overrides,
  };
}

/** A YouTube video record. */
export function newVideo(overrides: Partial<Media> = {}): Media {
  const id = nextMediaId++;
  return {
    id,
    kind: 'video',
    locale: 'en',
    availableLocales: ['en'],
    title: `Video ${id}`,
    alt: null,
    caption: null,
    credit: null,
    width: null,
    height: null,
    mimeType: null,
    url: null,
    youtubeId: 'dQw4w9WgXcQ',
    focalPoint: { x: 0.5, y: 0.5 },
    variants: [],
    ...overrides,
  };
}

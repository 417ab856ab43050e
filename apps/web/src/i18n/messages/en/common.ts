import type { MessageSchema } from '../ru';

type Common = Pick<
  MessageSchema,
  'common' | 'site' | 'nav' | 'donors' | 'pagination' | 'fallback' | 'media' | 'errors' | 'notFound'
>;

const common: Common = {
  common: {
    loading: 'Loading…',
    retry: 'Try again',
    opensInNewTab: '(opens in a new tab)',
    fewerThanFive: 'fewer than 5',
  },
  site: {
    name: 'Jaryk',
    skipLink: 'Skip to main content',
    mainNav: 'Main menu',
    menu: 'Menu',
    languages: 'Site language',
    footerNav: 'About the organization',
    apiDocs: 'API for developers',
    copyright: '© {year} Jaryk',
  },
  nav: {
    home: 'Home',
    news: 'News',
    events: 'Events',
    impact: 'Impact',
    projects: 'Projects',
    groups: 'Groups',
    partners: 'Partners',
    videos: 'Videos',
    about: 'About us',
    search: 'Search',
  },
  donors: {
    heading: 'Donors and partners',
  },
  pagination: {
    label: 'Pages',
    previous: 'Previous page',
    next: 'Next page',
    status: 'Page {page} of {count}',
  },
  fallback: {
    short: {
      ky: 'In Kyrgyz',
      ru: 'In Russian',
      en: 'In English',
    },
    full: {
      ky: 'This text is available in Kyrgyz.',
      ru: 'This text is available in Russian.',
      en: 'This text is available in English.',
    },
  },
  media: {
    gallery: 'Photos',
    play: 'Play video: {title}',
    untitledVideo: 'Video',
    onYoutube: 'Watch on YouTube',
    youtubeNote: 'The video loads from YouTube when you press play.',
    document: 'Document: {title}',
  },
  errors: {
    network: 'Could not reach the server. Check your internet connection and try again.',
    server: 'The server is having trouble right now. Please try again in a minute.',
    request: 'The data could not be loaded. Please try again.',
  },
  notFound: {
    title: 'Page not found',
    text: 'The address may have a typo, or the page may have moved.',
    home: 'Go to the news',
  },
};

export default common;

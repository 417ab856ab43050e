import type { MessageSchema } from './ru';

/** English UI strings. */
const en: MessageSchema = {
  site: {
    name: 'Jaryk',
    skipLink: 'Skip to main content',
    mainNav: 'Main menu',
    languages: 'Site language',
    apiDocs: 'API for developers',
    copyright: '© {year} Jaryk',
  },
  news: {
    title: 'News',
    loading: 'Loading news…',
    empty: 'No news yet.',
    emptyPage: 'There is nothing on this page.',
    firstPage: 'Go to the first page',
    retry: 'Try again',

    availableIn: {
      ky: 'Available in Kyrgyz',
      ru: 'Available in Russian',
      en: 'Available in English',
    },
  },
  pagination: {
    label: 'Pages',
    previous: 'Previous page',
    next: 'Next page',
    status: 'Page {page} of {count}',
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

export default en;

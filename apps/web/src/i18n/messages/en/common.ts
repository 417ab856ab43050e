import type { MessageSchema } from '../ru';

const common: Pick<MessageSchema, 'common' | 'site' | 'pagination' | 'errors' | 'notFound'> = {
  common: {
    loading: 'Loading…',
    retry: 'Try again',
  },
  site: {
    name: 'Jaryk',
    skipLink: 'Skip to main content',
    mainNav: 'Main menu',
    languages: 'Site language',
    apiDocs: 'API for developers',
    copyright: '© {year} Jaryk',
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

export default common;

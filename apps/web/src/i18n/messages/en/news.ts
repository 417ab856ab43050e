import type { MessageSchema } from '../ru';

const news: MessageSchema['news'] = {
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
};

export default news;

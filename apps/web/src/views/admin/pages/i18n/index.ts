import { defineAreaMessages } from '../../media/i18n/area';
import type { PagesMessages } from './ru';

/** The pages area's strings (`admin-pages.`), a chunk per language. */
export const pagesMessages = defineAreaMessages<PagesMessages>('pages', {
  ky: () => import('./ky'),
  ru: () => import('./ru'),
  en: () => import('./en'),
});

export const usePagesT = pagesMessages.useT;

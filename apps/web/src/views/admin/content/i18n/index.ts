import { defineAreaMessages } from '../../media/i18n/area';
import type { ContentMessages } from './ru';

/** Strings shared by the content editors (`admin-content.`), a chunk per language. */
export const contentMessages = defineAreaMessages<ContentMessages>('content', {
  ky: () => import('./ky'),
  ru: () => import('./ru'),
  en: () => import('./en'),
});

export const useContentT = contentMessages.useT;

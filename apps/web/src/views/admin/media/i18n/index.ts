import { defineAreaMessages } from './area';
import type { MediaMessages } from './ru';

/** The media library's strings (`admin-media.`), a chunk per language. */
export const mediaMessages = defineAreaMessages<MediaMessages>('media', {
  ky: () => import('./ky'),
  ru: () => import('./ru'),
  en: () => import('./en'),
});

export const useMediaT = mediaMessages.useT;

import { defineAreaMessages } from '../../media/i18n/area';
import type { PlacesMessages } from './ru';

/** The places area's strings (`admin-places.`), a chunk per language. */
export const placesMessages = defineAreaMessages<PlacesMessages>('places', {
  ky: () => import('./ky'),
  ru: () => import('./ru'),
  en: () => import('./en'),
});

export const usePlacesT = placesMessages.useT;

import { defineAreaMessages } from '../../media/i18n/area';
import type { SeriesMessages } from './ru';

/** The event series area's strings (`admin-series.`), a chunk per language. */
export const seriesMessages = defineAreaMessages<SeriesMessages>('series', {
  ky: () => import('./ky'),
  ru: () => import('./ru'),
  en: () => import('./en'),
});

export const useSeriesT = seriesMessages.useT;

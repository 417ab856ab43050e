import { defineAreaMessages } from '../../media/i18n/area';
import type { EventsMessages } from './ru';

/** The events area's strings (`admin-events.`), a chunk per language. */
export const eventsMessages = defineAreaMessages<EventsMessages>('events', {
  ky: () => import('./ky'),
  ru: () => import('./ru'),
  en: () => import('./en'),
});

export const useEventsT = eventsMessages.useT;

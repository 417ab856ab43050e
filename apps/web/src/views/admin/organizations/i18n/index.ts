import { defineAreaMessages } from '../../media/i18n/area';
import type { OrganizationsMessages } from './ru';

/** The organizations area's strings (`admin-organizations.`), a chunk per language. */
export const organizationsMessages = defineAreaMessages<OrganizationsMessages>('organizations', {
  ky: () => import('./ky'),
  ru: () => import('./ru'),
  en: () => import('./en'),
});

export const useOrganizationsT = organizationsMessages.useT;

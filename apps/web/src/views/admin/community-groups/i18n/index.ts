import { defineAreaMessages } from '../../media/i18n/area';
import type { GroupsMessages } from './ru';

/** The community groups area's strings (`admin-groups.`), a chunk per language. */
export const groupsMessages = defineAreaMessages<GroupsMessages>('groups', {
  ky: () => import('./ky'),
  ru: () => import('./ru'),
  en: () => import('./en'),
});

export const useGroupsT = groupsMessages.useT;

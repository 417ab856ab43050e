import { defineAreaMessages } from '../../media/i18n/area';
import type { ProjectsMessages } from './ru';

/** The projects area's strings (`admin-projects.`), a chunk per language. */
export const projectsMessages = defineAreaMessages<ProjectsMessages>('projects', {
  ky: () => import('./ky'),
  ru: () => import('./ru'),
  en: () => import('./en'),
});

export const useProjectsT = projectsMessages.useT;

import { type Locale, type Schemas, unwrap } from '@jaryk/client';
import { api } from '../../../api';
import { useResource } from '../../../composables/use-resource';

type ProjectSummary = Schemas['ProjectSummary'];

export interface ProjectsPage {
  groups: { kind: ProjectSummary['kind']; projects: ProjectSummary[] }[];
  requested: Locale;
}

/** Every public project and initiative, projects first. */
export function useProjects(locale: () => Locale) {
  return useResource(locale, async (signal): Promise<ProjectsPage> => {
    const requested = locale();
    const { data } = unwrap(
      await api.GET('/api/v1/projects', {
        params: { query: { locale: requested, page: 1, pageSize: 100 } },
        signal,
      }),
    );
    const groups = (['project', 'initiative'] as const)
      .map((kind) => ({ kind, projects: data.filter((p) => p.kind === kind) }))
      .filter((group) => group.projects.length > 0);
    return { groups, requested };
  });
}

import { type Locale, ProblemError, type Schemas, unwrap } from '@jaryk/client';
import { api } from '../../../api';
import { useResource } from '../../../composables/use-resource';

/** Events shown on a project's page (the list links to all of them). */
export const PROJECT_EVENTS_SHOWN = 6;

/**
 * A project's page: the project itself (null for an unknown slug; it carries its newest
 * articles), and, asked for at the same time so that a slow phone waits once, its latest
 * events. Each part has its own loading and error state, so that a failed list does not hide
 * the project.
 */
export function useProject(locale: () => Locale, slug: () => string) {
  /** One key, so that an unrelated change of the route does not load the page again. */
  const sources = () => `${locale()} ${slug()}`;

  const project = useResource(sources, async (signal) => {
    const requested = locale();
    try {
      const answer = await api.GET('/api/v1/projects/{slug}', {
        params: { path: { slug: slug() }, query: { locale: requested } },
        signal,
      });
      return { project: unwrap(answer).data as Schemas['Project'] | null, requested };
    } catch (error) {
      if (error instanceof ProblemError && error.status === 404)
        return { project: null, requested };
      throw error;
    }
  });

  const events = useResource(sources, async (signal) => {
    const requested = locale();
    const answer = await api.GET('/api/v1/events', {
      params: {
        query: { locale: requested, project: slug(), page: 1, pageSize: PROJECT_EVENTS_SHOWN },
      },
      signal,
    });
    const { data, meta } = unwrap(answer);
    return { events: data, total: meta.total, requested };
  });

  return { project, events };
}

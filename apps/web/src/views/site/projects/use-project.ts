import { type Locale, ProblemError, type Schemas, unwrap } from '@jaryk/client';
import { api } from '../../../api';
import { useResource } from '../../../composables/use-resource';

/** Events and articles shown on a project's page (the lists link to all of them). */
export const PROJECT_EVENTS_SHOWN = 6;
export const PROJECT_ARTICLES_SHOWN = 4;

/**
 * A project's page: the project itself (null for an unknown slug), and, asked for at the same
 * time so that a slow phone waits once, its latest events and articles. Each part has its own
 * loading and error state, so that a failed list does not hide the project.
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

  const articles = useResource(sources, async (signal) => {
    const requested = locale();
    const answer = await api.GET('/api/v1/articles', {
      params: {
        query: {
          locale: requested,
          project: slug(),
          sort: '-publishedAt',
          page: 1,
          pageSize: PROJECT_ARTICLES_SHOWN,
        },
      },
      signal,
    });
    const { data, meta } = unwrap(answer);
    return { articles: data, total: meta.total, requested };
  });

  return { project, events, articles };
}

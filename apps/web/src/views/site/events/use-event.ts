import { type Event, type Locale, ProblemError, unwrap } from '@jaryk/client';
import { api } from '../../../api';
import { useResource } from '../../../composables/use-resource';

export interface EventPage {
  /** Null when no public event has this slug: the page says so instead of an error. */
  event: Event | null;
  /** The language the page asked for (the event may be served in another). */
  requested: Locale;
}

/** One public event by its slug, in `locale` (with the API's fallback to another language). */
export function useEvent(locale: () => Locale, slug: () => string) {
  return useResource(
    () => `${locale()} ${slug()}`,
    async (signal): Promise<EventPage> => {
      const requested = locale();
      try {
        const answer = await api.GET('/api/v1/events/{slug}', {
          params: { path: { slug: slug() }, query: { locale: requested } },
          signal,
        });
        return { event: unwrap(answer).data, requested };
      } catch (error) {
        if (error instanceof ProblemError && error.status === 404) {
          return { event: null, requested };
        }
        throw error;
      }
    },
  );
}

import { type Locale, unwrap } from '@jaryk/client';
import { api } from '../../../api';
import { useResource } from '../../../composables/use-resource';

/**
 * What the groups filters offer: oblasts and cities, projects, and the districts of the chosen
 * region (asked for only once one is chosen), in the page's language.
 */
export function useGroupOptions(locale: () => Locale, region: () => string | undefined) {
  const options = useResource(locale, async (signal) => {
    const query = { locale: locale() };
    const [oblasts, cities, projects] = await Promise.all([
      api.GET('/api/v1/places', { params: { query: { ...query, kind: 'oblast' } }, signal }),
      api.GET('/api/v1/places', { params: { query: { ...query, kind: 'city' } }, signal }),
      api.GET('/api/v1/projects', {
        params: { query: { ...query, page: 1, pageSize: 100 } },
        signal,
      }),
    ]);
    return {
      oblasts: unwrap(oblasts).data,
      cities: unwrap(cities).data,
      projects: unwrap(projects).data,
    };
  });

  const districts = useResource(
    () => `${locale()} ${region() ?? ''}`,
    async (signal) => {
      const under = region();
      if (!under) return [];
      const answer = await api.GET('/api/v1/places', {
        params: { query: { locale: locale(), under, kind: 'district' } },
        signal,
      });
      return unwrap(answer).data;
    },
  );

  return { options, districts };
}

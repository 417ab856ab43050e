import { type Locale, ProblemError, type Schemas, unwrap } from '@jaryk/client';
import { api } from '../../../api';
import { useResource } from '../../../composables/use-resource';

export type CommunityGroup = Schemas['CommunityGroup'];

/** One group's page: the group (null for an unknown slug), in `locale`. */
export function useGroup(locale: () => Locale, slug: () => string) {
  return useResource(
    () => `${locale()} ${slug()}`,
    async (signal) => {
      const requested = locale();
      try {
        const answer = await api.GET('/api/v1/community-groups/{slug}', {
          params: { path: { slug: slug() }, query: { locale: requested } },
          signal,
        });
        return { group: unwrap(answer).data as CommunityGroup | null, requested };
      } catch (error) {
        if (error instanceof ProblemError && error.status === 404) {
          return { group: null, requested };
        }
        throw error;
      }
    },
  );
}

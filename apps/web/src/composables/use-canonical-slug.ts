import { watch } from 'vue';
import { useRoute, useRouter } from 'vue-router';

/**
 * Slugs differ per language: when the API serves a translation under another slug than the
 * address has (after a language switch, or an old slug), the address is corrected in place.
 */
export function useCanonicalSlug(requested: () => string, served: () => string | undefined) {
  const route = useRoute();
  const router = useRouter();
  watch(served, (slug) => {
    if (slug && slug !== requested()) {
      void router.replace({ params: { slug }, query: route.query, hash: route.hash });
    }
  });
}

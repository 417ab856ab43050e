import { onScopeDispose, ref } from 'vue';

/** Whether a CSS media query matches, kept up to date (false where matchMedia is missing). */
export function useMediaQuery(query: string) {
  const list = typeof window !== 'undefined' && window.matchMedia ? window.matchMedia(query) : null;
  const matches = ref(list?.matches ?? false);
  const update = (event: MediaQueryListEvent) => {
    matches.value = event.matches;
  };
  list?.addEventListener('change', update);
  onScopeDispose(() => list?.removeEventListener('change', update));
  return matches;
}

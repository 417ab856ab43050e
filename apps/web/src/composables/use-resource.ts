import { type ShallowRef, computed, onScopeDispose, shallowRef, watch } from 'vue';
import { reportUnexpected } from '../errors';

export type ResourceState<T> =
  { status: 'loading' } | { status: 'error'; error: unknown } | { status: 'ready'; data: T };

/**
 * Loads data for a view through the API client: `load` runs at once and again whenever any of
 * `sources` changes; an answer that arrives after a newer request was made is dropped (the
 * older request is aborted). Pair it with <AsyncState> for the loading and error states.
 */
export function useResource<T>(
  sources: () => unknown,
  load: (signal: AbortSignal) => Promise<T>,
): {
  state: ShallowRef<ResourceState<T>>;
  isLoading: Readonly<{ value: boolean }>;
  reload: () => Promise<void>;
} {
  const state = shallowRef<ResourceState<T>>({ status: 'loading' });
  let inFlight: AbortController | undefined;

  async function run() {
    inFlight?.abort();
    const controller = new AbortController();
    inFlight = controller;
    state.value = { status: 'loading' };
    try {
      const data = await load(controller.signal);
      if (!controller.signal.aborted) state.value = { status: 'ready', data };
    } catch (error) {
      if (controller.signal.aborted) return;
      reportUnexpected(error);
      state.value = { status: 'error', error };
    }
  }

  watch(sources, run, { immediate: true });
  onScopeDispose(() => inFlight?.abort());

  return { state, isLoading: computed(() => state.value.status === 'loading'), reload: run };
}

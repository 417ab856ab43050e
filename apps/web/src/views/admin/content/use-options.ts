import { onMounted, ref, shallowRef } from 'vue';
import { useLocaleStore } from '../../../stores/locale';
import { type StaffListItem, staffResource } from '../shared/staff-resource';

export type OptionSource =
  'organizations' | 'projects' | 'articles' | 'events' | 'event-series' | 'community-groups';

/**
 * Items to choose from in an editor (partners, linked articles, events…): the first 100 of each
 * staff list, titled in the admin's language, loaded once when the editor opens. A list that
 * fails to load is empty and named in `failed`.
 */
export function useOptions<S extends OptionSource>(sources: readonly S[]) {
  const localeStore = useLocaleStore();
  const options = shallowRef(
    Object.fromEntries(sources.map((s) => [s, [] as StaffListItem[]])) as Record<
      S,
      StaffListItem[]
    >,
  );
  const failed = ref<S[]>([]);
  const loading = ref(true);

  async function load() {
    loading.value = true;
    const query = { page: 1, pageSize: 100, locale: localeStore.locale };
    const results = await Promise.allSettled(sources.map((s) => staffResource(s).list(query)));
    const next = { ...options.value };
    const bad: S[] = [];
    results.forEach((result, i) => {
      const source = sources[i]!;
      if (result.status === 'fulfilled') next[source] = result.value.data;
      else bad.push(source);
    });
    options.value = next;
    failed.value = bad;
    loading.value = false;
  }
  onMounted(load);

  return { options, failed, loading, reload: load };
}

import type { Locale } from '@jaryk/client';
import { reactive, watch } from 'vue';
import { useRoute, useRouter } from 'vue-router';
import { useResource } from '../../../composables/use-resource';
import { isLocale } from '../../../i18n';
import { useLocaleStore } from '../../../stores/locale';
import type { StaffListQuery, StaffResource, WorkflowState } from './staff-resource';

export interface StaffListFilters {
  q: string;
  state: WorkflowState | '';
  mine: boolean;
  missingLocale: Locale | '';
  page: number;
}

const STATES: WorkflowState[] = ['draft', 'review', 'scheduled', 'published', 'archived'];

function fromQuery(query: Record<string, unknown>): StaffListFilters {
  const text = (v: unknown) => (typeof v === 'string' ? v : '');
  const state = text(query.state) as WorkflowState;
  const missing = text(query.missing);
  return {
    q: text(query.q),
    state: STATES.includes(state) ? state : '',
    mine: query.mine === '1',
    missingLocale: isLocale(missing) ? missing : '',
    page: Math.max(1, Number(text(query.page)) || 1),
  };
}

/**
 * A staff list's filters (kept in the address, so Back from an item returns to the same page)
 * and its rows, reloaded when a filter or the UI language changes. <StaffList> uses it; use it
 * directly for a list of your own layout.
 */
export function useStaffList(resource: Pick<StaffResource, 'list'>, pageSize = 20) {
  const route = useRoute();
  const router = useRouter();
  const localeStore = useLocaleStore();
  const filters = reactive(fromQuery(route.query));

  watch(
    () => ({ ...filters }),
    (next, previous) => {
      // A new filter starts at page 1.
      if (previous && next.page === previous.page && next.page !== 1) filters.page = 1;
      const query: Record<string, string> = {};
      if (filters.q) query.q = filters.q;
      if (filters.state) query.state = filters.state;
      if (filters.mine) query.mine = '1';
      if (filters.missingLocale) query.missing = filters.missingLocale;
      if (filters.page > 1) query.page = String(filters.page);
      void router.replace({ query });
    },
  );

  const { state, reload } = useResource(
    () => [
      filters.q,
      filters.state,
      filters.mine,
      filters.missingLocale,
      filters.page,
      localeStore.locale,
    ],
    (signal) => {
      const query: StaffListQuery = { page: filters.page, pageSize, locale: localeStore.locale };
      if (filters.q.trim()) query.q = filters.q.trim();
      if (filters.state) query.state = filters.state;
      if (filters.mine) query.mine = true;
      if (filters.missingLocale) query.missingLocale = filters.missingLocale;
      return resource.list(query, signal);
    },
  );

  return { filters, state, reload, pageSize };
}

import { type ComputedRef, computed } from 'vue';
import { useRoute } from 'vue-router';

/** The list page from `?page=N` (N ≥ 1); anything else is the first page. Pairs with PaginationNav. */
export function usePageQuery(): ComputedRef<number> {
  const route = useRoute();
  return computed(() => {
    const raw = route.query.page;
    const value = typeof raw === 'string' && /^\d{1,6}$/.test(raw) ? Number(raw) : 1;
    return value >= 1 ? value : 1;
  });
}

/** A single string from a query parameter (`?q=a&q=b` gives 'a'); '' when absent. */
export function queryString(value: unknown): string {
  const first = Array.isArray(value) ? value[0] : value;
  return typeof first === 'string' ? first : '';
}

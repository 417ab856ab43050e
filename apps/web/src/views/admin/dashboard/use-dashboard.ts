import { type Schemas, unwrap } from '@jaryk/client';
import { api } from '../../../api';
import { useResource } from '../../../composables/use-resource';
import { staffApi } from '../../../staff-api';
import { useLocaleStore } from '../../../stores/locale';
import { useSessionStore } from '../../../stores/session';
import { articlesResource, eventsList } from '../shared/resources';
import type { StaffListItem } from '../shared/staff-resource';

export interface DashboardItem extends StaffListItem {
  kind: 'article' | 'event';
}

export type AuditEntry = Schemas['AuditEntry'];

const tag = (kind: DashboardItem['kind']) => (items: StaffListItem[]) =>
  items.map((item) => ({ ...item, kind }));

function newestFirst(a: DashboardItem, b: DashboardItem) {
  return b.updatedAt.localeCompare(a.updatedAt);
}

/**
 * The dashboard's four boxes, each loaded on its own (one failing does not hide the others):
 * articles and events awaiting review, my drafts, upcoming events (public events API), and
 * recent changes (the audit log for admins, else the most recently changed items).
 */
export function useDashboard() {
  const localeStore = useLocaleStore();
  const session = useSessionStore();
  const locale = () => localeStore.locale;

  async function both(query: Record<string, unknown>, signal: AbortSignal) {
    const q = { ...query, locale: localeStore.locale };
    const [articles, events] = await Promise.all([
      articlesResource.list(q, signal),
      eventsList.list(q, signal),
    ]);
    return [...tag('article')(articles.data), ...tag('event')(events.data)].sort(newestFirst);
  }

  const review = useResource(locale, (signal) =>
    both({ state: 'review', page: 1, pageSize: 10 }, signal),
  );
  const mine = useResource(locale, (signal) =>
    both({ state: 'draft', mine: true, page: 1, pageSize: 10 }, signal),
  );
  const upcoming = useResource(locale, async (signal) => {
    const result = await api.GET('/api/v1/events', {
      params: { query: { locale: localeStore.locale, when: 'upcoming', page: 1, pageSize: 5 } },
      signal,
    });
    return unwrap(result).data;
  });
  const recent = useResource(locale, async (signal) => {
    if (session.isAdmin) {
      const result = await staffApi.GET('/api/v1/staff/audit', {
        params: { query: { page: 1, pageSize: 10 } },
        signal,
      });
      return { audit: unwrap(result).data as AuditEntry[], items: [] as DashboardItem[] };
    }
    const items = (await both({ page: 1, pageSize: 5 }, signal)).slice(0, 8);
    return { audit: [] as AuditEntry[], items };
  });

  return { review, mine, upcoming, recent };
}

/** The admin address of an item of the dashboard. */
export function itemPath(item: { kind: string; id: number }): string {
  return item.kind === 'article' ? `/admin/articles/${item.id}` : `/admin/events/${item.id}`;
}

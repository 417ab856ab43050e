import { ProblemError } from '@jaryk/client';
import { defineStore } from 'pinia';
import { ref } from 'vue';
import { useSessionStore } from '../../../stores/session';
import { type AdminKey, useAdminT } from '../i18n';

export interface Notice {
  id: number;
  kind: 'success' | 'error' | 'info';
  text: string;
  /** The server's own words (English), for errors that carry something specific. */
  detail?: string;
}

/** What the staff member reads for a failed request. */
export function errorKeyOf(error: unknown): AdminKey {
  if (error instanceof ProblemError) {
    const byStatus: Record<number, AdminKey> = {
      400: 'errors.invalid',
      401: 'errors.session',
      403: 'errors.forbidden',
      404: 'errors.notFound',
      409: 'errors.conflict',
      412: 'errors.stale',
      413: 'errors.tooLarge',
      428: 'errors.stale',
      429: 'errors.tooMany',
    };
    return byStatus[error.status] ?? (error.status >= 500 ? 'errors.server' : 'errors.invalid');
  }
  if (error instanceof TypeError) return 'errors.network';
  return 'errors.unexpected';
}

/**
 * The admin's notice area (shown by <NoticeArea> in the layout) and its one error path:
 * `handleError(error)` turns any failed request into a readable notice (and a 401 into "log in
 * again"); `notify('success', text)` confirms a save. Use it from any admin view or composable:
 *
 *   const notices = useNotices();
 *   try { … } catch (error) { notices.handleError(error); }
 */
export const useNotices = defineStore('admin-notices', () => {
  const notices = ref<Notice[]>([]);
  let nextId = 1;
  const t = useAdminT();

  function notify(kind: Notice['kind'], text: string, detail?: string): number {
    const id = nextId++;
    notices.value = [...notices.value.slice(-3), { id, kind, text, ...(detail ? { detail } : {}) }];
    // Confirmations go away by themselves; errors stay until dismissed.
    if (kind !== 'error') setTimeout(() => dismiss(id), 6000);
    return id;
  }

  function dismiss(id: number) {
    notices.value = notices.value.filter((notice) => notice.id !== id);
  }

  function handleError(error: unknown): void {
    const key = errorKeyOf(error);
    if (key === 'errors.unexpected') console.error(error);
    if (error instanceof ProblemError && error.status === 401) useSessionStore().set(null);
    const detail =
      error instanceof ProblemError && error.status < 500 && error.status !== 401
        ? error.problem.detail
        : undefined;
    notify('error', t(key), detail);
  }

  return { notices, notify, dismiss, handleError };
});

import { ProblemError, type Schemas, unwrap } from '@jaryk/client';
import { defineStore } from 'pinia';
import { computed, ref } from 'vue';
import { setCsrfToken, staffApi } from '../staff-api';

export type StaffUser = Schemas['StaffUser'];
export type StaffRole = StaffUser['role'];
export type StaffSession = Schemas['StaffSession'];

/** Everything staff act on (mirrors apps/api/src/modules/staff/policy.ts). */
export type StaffResourceKind =
  | 'article'
  | 'event'
  | 'series'
  | 'organization'
  | 'project'
  | 'community_group'
  | 'place'
  | 'page'
  | 'media'
  | 'tag'
  | 'settings'
  | 'user'
  | 'audit';
export type StaffAction =
  'read' | 'create' | 'update' | 'delete' | 'submit' | 'withdraw' | 'publish';

const ADMIN_ONLY = new Set<StaffResourceKind>(['user', 'settings', 'audit']);
const AUTHORED = new Set<StaffResourceKind>(['article', 'event', 'media']);

/**
 * The logged-in staff member, shared by the whole admin: loaded once by the admin's router
 * guard (views/admin/routes.ts), set by login, cleared by logout or a 401. Only admin code
 * imports it, so it is not in the visitors' bundle.
 */
export const useSessionStore = defineStore('session', () => {
  const user = ref<StaffUser | null>(null);
  const csrfToken = ref<string | null>(null);
  /** True once GET /auth/session has answered (with a session or without). */
  const loaded = ref(false);
  let loading: Promise<void> | null = null;

  function set(session: StaffSession | null) {
    user.value = session?.user ?? null;
    csrfToken.value = session?.csrfToken ?? null;
    setCsrfToken(csrfToken.value);
    loaded.value = true;
  }

  /** Asks the server for the session once; later calls share the answer. */
  function ensureLoaded(): Promise<void> {
    if (loaded.value) return Promise.resolve();
    loading ??= staffApi
      .GET('/api/v1/auth/session')
      .then((result) => set(unwrap(result).data))
      .catch((error: unknown) => {
        if (error instanceof ProblemError && error.status === 401) set(null);
        else throw error;
      })
      .finally(() => {
        loading = null;
      });
    return loading;
  }

  async function login(email: string, password: string) {
    set(unwrap(await staffApi.POST('/api/v1/auth/login', { body: { email, password } })).data);
  }

  async function logout() {
    try {
      await staffApi.POST('/api/v1/auth/logout');
    } finally {
      set(null);
    }
  }

  const role = computed(() => user.value?.role ?? null);
  const isAdmin = computed(() => role.value === 'admin');
  /** Editors and admins: every piece of content, publishing included. */
  const isEditor = computed(() => role.value === 'admin' || role.value === 'editor');

  /** What the server's policy allows (the server decides; this only hides what would fail). */
  function can(
    action: StaffAction,
    resource: StaffResourceKind,
    item?: { ownerId?: number | null; status?: string },
  ): boolean {
    const u = user.value;
    if (!u) return false;
    if (u.role === 'admin') return true;
    if (ADMIN_ONLY.has(resource)) return false;
    if (u.role === 'editor') return true;
    if (action === 'read') return true;
    if (!AUTHORED.has(resource)) return false;
    if (action === 'create') return true;
    if (item?.ownerId == null || item.ownerId !== u.id) return false;
    if (action === 'withdraw') return item.status === 'review';
    if (action === 'publish') return false;
    return item.status === undefined || item.status === 'draft';
  }

  return {
    user,
    csrfToken,
    loaded,
    role,
    isAdmin,
    isEditor,
    set,
    ensureLoaded,
    login,
    logout,
    can,
  };
});

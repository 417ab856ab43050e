import { type Schemas, unwrap } from '@jaryk/client';
import { reactive } from 'vue';
import { useResource } from '../../../composables/use-resource';
import { staffApi } from '../../../staff-api';

export type UserAccount = Schemas['UserAccount'];
export type UserRole = UserAccount['role'];
export const ROLES: UserRole[] = ['admin', 'editor', 'author'];

/** The users list (admins only) with its search and role filter. */
export function useUsers() {
  const filters = reactive({ q: '', role: '' as UserRole | '', page: 1 });
  const pageSize = 50;
  const { state, reload } = useResource(
    () => [filters.q, filters.role, filters.page],
    async (signal) => {
      const query: { page: number; pageSize: number; q?: string; role?: UserRole } = {
        page: filters.page,
        pageSize,
      };
      if (filters.q.trim()) query.q = filters.q.trim();
      if (filters.role) query.role = filters.role;
      return unwrap(await staffApi.GET('/api/v1/staff/users', { params: { query }, signal }));
    },
  );
  return { filters, state, reload, pageSize };
}

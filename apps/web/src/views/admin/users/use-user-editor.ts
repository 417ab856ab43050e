import { unwrap } from '@jaryk/client';
import { computed, reactive, ref, shallowRef, watch } from 'vue';
import { useRoute, useRouter } from 'vue-router';
import type { ResourceState } from '../../../composables/use-resource';
import { staffApi } from '../../../staff-api';
import { useAdminT } from '../i18n';
import { useNotices } from '../shared/notices';
import { fieldErrorsOf } from '../shared/problems';
import type { UserAccount, UserRole } from './use-users';

/**
 * One staff account: create (e-mail, name, role, password) or edit (name, role, active) with
 * If-Match, and set a new password separately.
 */
export function useUserEditor() {
  const route = useRoute();
  const router = useRouter();
  const t = useAdminT();
  const notices = useNotices();
  const id = computed(() => (route.params.id ? Number(route.params.id) : null));

  const state = shallowRef<ResourceState<UserAccount | null>>({ status: 'loading' });
  const etag = ref('');
  const form = reactive({
    email: '',
    displayName: '',
    role: 'author' as UserRole,
    active: true,
    password: '',
  });
  const errors = ref<Record<string, string>>({});
  const busy = ref(false);

  function accept(user: UserAccount, tag: string | null) {
    etag.value = tag ?? '';
    Object.assign(form, {
      email: user.email,
      displayName: user.displayName,
      role: user.role,
      active: user.active,
      password: '',
    });
    state.value = { status: 'ready', data: user };
  }

  async function load() {
    errors.value = {};
    if (id.value === null) {
      Object.assign(form, {
        email: '',
        displayName: '',
        role: 'author',
        active: true,
        password: '',
      });
      state.value = { status: 'ready', data: null };
      return;
    }
    state.value = { status: 'loading' };
    try {
      const result = await staffApi.GET('/api/v1/staff/users/{id}', {
        params: { path: { id: id.value } },
      });
      accept(unwrap(result).data, result.response.headers.get('etag'));
    } catch (error) {
      state.value = { status: 'error', error };
    }
  }

  async function save() {
    busy.value = true;
    errors.value = {};
    try {
      if (id.value === null) {
        const result = await staffApi.POST('/api/v1/staff/users', {
          body: {
            email: form.email.trim(),
            displayName: form.displayName.trim(),
            role: form.role,
            password: form.password,
          },
        });
        const user = unwrap(result).data;
        notices.notify('success', t('users.created'));
        await router.replace({ name: 'admin-user', params: { id: user.id } });
        return;
      }
      const result = await staffApi.PATCH('/api/v1/staff/users/{id}', {
        params: { path: { id: id.value }, header: { 'if-match': etag.value } },
        body: { displayName: form.displayName.trim(), role: form.role, active: form.active },
      });
      accept(unwrap(result).data, result.response.headers.get('etag'));
      notices.notify('success', t('users.saved'));
    } catch (error) {
      errors.value = fieldErrorsOf(error);
      notices.handleError(error);
    } finally {
      busy.value = false;
    }
  }

  async function setPassword(password: string): Promise<boolean> {
    if (id.value === null) return false;
    busy.value = true;
    errors.value = {};
    try {
      const result = await staffApi.PATCH('/api/v1/staff/users/{id}', {
        params: { path: { id: id.value }, header: { 'if-match': etag.value } },
        body: { password },
      });
      accept(unwrap(result).data, result.response.headers.get('etag'));
      notices.notify('success', t('users.passwordSet'));
      return true;
    } catch (error) {
      errors.value = fieldErrorsOf(error);
      notices.handleError(error);
      return false;
    } finally {
      busy.value = false;
    }
  }

  watch(id, () => void load(), { immediate: true });

  return { id, state, form, errors, busy, save, setPassword, reload: load };
}

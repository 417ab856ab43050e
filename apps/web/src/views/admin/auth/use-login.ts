import { ProblemError } from '@jaryk/client';
import { ref } from 'vue';
import { useRoute, useRouter } from 'vue-router';
import { useSessionStore } from '../../../stores/session';
import { useAdminT } from '../i18n';
import { errorKeyOf } from '../shared/notices';
import { retryMinutes } from '../shared/problems';

/** Where to go after login: `next` if it is an admin address, else the dashboard. */
export function safeNext(next: unknown): string {
  return typeof next === 'string' &&
    /^\/admin(\/|$|\?)/.test(next) &&
    !next.startsWith('/admin/login')
    ? next
    : '/admin';
}

/**
 * The login form: on success the session store holds the user and the CSRF token and the page
 * goes to `?next=`; otherwise `error` says why (wrong password, too many attempts with the wait,
 * no connection).
 */
export function useLogin() {
  const session = useSessionStore();
  const route = useRoute();
  const router = useRouter();
  const t = useAdminT();
  const email = ref('');
  const password = ref('');
  const error = ref('');
  const busy = ref(false);

  async function submit() {
    if (busy.value) return;
    busy.value = true;
    error.value = '';
    try {
      await session.login(email.value.trim(), password.value);
      password.value = '';
      await router.replace(safeNext(route.query.next));
    } catch (caught) {
      if (caught instanceof ProblemError && caught.status === 401) error.value = t('login.wrong');
      else if (caught instanceof ProblemError && caught.status === 429) {
        const minutes = retryMinutes(caught);
        error.value = minutes ? t('login.tooMany', { minutes }) : t('login.tooManyNoTime');
      } else {
        if (!(caught instanceof ProblemError) && !(caught instanceof TypeError))
          console.error(caught);
        error.value = t(errorKeyOf(caught));
      }
    } finally {
      busy.value = false;
    }
  }

  return { email, password, error, busy, submit };
}

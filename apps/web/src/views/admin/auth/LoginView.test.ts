import { enableAutoUnmount, flushPromises, mount } from '@vue/test-utils';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { json } from '../../../testing/fake-fetch';
import { server } from '../../../testing/mock-api';
import { adminTestSetup } from '../testing';
import { useSessionStore } from '../../../stores/session';
import LoginView from './LoginView.vue';

vi.mock('../../../staff-api', () => import('../../../testing/mock-staff-api'));

enableAutoUnmount(afterEach);
beforeEach(() => server.reset());
afterEach(() => {
  expect(server.unexpected()).toEqual([]);
  expect(server.unused()).toEqual([]);
});

function problemWith(status: number, detail: string): Response {
  return new Response(JSON.stringify({ type: 'about:blank', title: 'x', status, detail }), {
    status,
    headers: { 'Content-Type': 'application/problem+json' },
  });
}

async function mountLogin(next = '/admin/articles') {
  const { pinia, router } = await adminTestSetup();
  await router.push({ name: 'admin-login', query: { next } });
  const wrapper = mount(LoginView, {
    global: { plugins: [pinia, router] },
    attachTo: document.body,
  });
  await wrapper.find('input[type="email"]').setValue('aigul@example.org');
  await wrapper.find('input[type="password"]').setValue('secret password');
  return { wrapper, router };
}

describe('LoginView', () => {
  it('says so when the e-mail or password is wrong', async () => {
    const { wrapper } = await mountLogin();
    server.on('POST', '/api/v1/auth/login', problemWith(401, 'Wrong e-mail or password.'));
    await wrapper.find('form').trigger('submit');
    await flushPromises();
    expect(wrapper.find('[role="alert"]').text()).toBe('Wrong e-mail or password.');
    expect(document.activeElement).toBe(wrapper.find('[role="alert"]').element);
  });

  it('says how long to wait after too many attempts', async () => {
    const { wrapper } = await mountLogin();
    server.on(
      'POST',
      '/api/v1/auth/login',
      problemWith(429, 'Too many attempts. Try again in 15 minutes.'),
    );
    await wrapper.find('form').trigger('submit');
    await flushPromises();
    expect(wrapper.find('[role="alert"]').text()).toBe(
      'Too many failed attempts. Try again in 15 min.',
    );
  });

  it('explains a lost connection', async () => {
    const { wrapper } = await mountLogin();
    server.on('POST', '/api/v1/auth/login', new TypeError('Failed to fetch'));
    await wrapper.find('form').trigger('submit');
    await flushPromises();
    expect(wrapper.find('[role="alert"]').text()).toContain('Cannot reach the server');
  });

  it('logs in, keeps the CSRF token and goes to ?next', async () => {
    const { wrapper, router } = await mountLogin('/admin/articles');
    server.on(
      'POST',
      '/api/v1/auth/login',
      json({
        data: {
          user: { id: 1, email: 'aigul@example.org', displayName: 'Aigul', role: 'author' },
          csrfToken: 'tok',
        },
      }),
    );
    await wrapper.find('form').trigger('submit');
    await flushPromises();
    const sent = server.requests()[0]!;
    expect(await sent.json()).toEqual({ email: 'aigul@example.org', password: 'secret password' });
    expect(useSessionStore().csrfToken).toBe('tok');
    expect(router.currentRoute.value.fullPath).toBe('/admin/articles');
  });
});

import { enableAutoUnmount, flushPromises, mount } from '@vue/test-utils';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { server } from '../../testing/mock-api';
import AdminLayout from './AdminLayout.vue';
import { adminTestSetup } from './testing';

vi.mock('../../staff-api', () => import('../../testing/mock-staff-api'));

enableAutoUnmount(afterEach);
beforeEach(() => server.reset());
afterEach(() => expect(server.unexpected()).toEqual([]));

async function navLinks(role: 'admin' | 'editor' | 'author') {
  const { pinia, router } = await adminTestSetup({ role });
  const wrapper = mount(AdminLayout, { global: { plugins: [pinia, router] } });
  await flushPromises();
  return wrapper.findAll('nav a').map((a) => a.text());
}

describe('AdminLayout navigation', () => {
  it('shows users, settings and the audit log to admins', async () => {
    const links = await navLinks('admin');
    expect(links).toEqual(
      expect.arrayContaining([
        'Dashboard',
        'Articles',
        'Events',
        'Media',
        'Users',
        'Settings',
        'Audit log',
      ]),
    );
  });

  it.each(['editor', 'author'] as const)('hides the admin-only areas from %s', async (role) => {
    const links = await navLinks(role);
    expect(links).toContain('Articles');
    expect(links).not.toContain('Users');
    expect(links).not.toContain('Settings');
    expect(links).not.toContain('Audit log');
  });

  it('names the staff member and their role', async () => {
    const { pinia, router } = await adminTestSetup({ role: 'editor' });
    const wrapper = mount(AdminLayout, { global: { plugins: [pinia, router] } });
    expect(wrapper.find('header').text()).toContain('Test editor');
    expect(wrapper.find('header').text()).toContain('Editor');
  });
});

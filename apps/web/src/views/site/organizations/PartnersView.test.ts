import type { Schemas } from '@jaryk/client';
import { type VueWrapper, enableAutoUnmount } from '@vue/test-utils';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { server } from '../../../testing/mock-api';
import { renderApp } from '../../../testing/render-app';
import { newImage } from '../../../testing/site-fixtures';
import { ORGANIZATIONS, listAnswer } from '../events/test-fixtures';

vi.mock('../../../api', () => import('../../../testing/mock-api'));

enableAutoUnmount(afterEach);

beforeEach(() => server.reset());

afterEach(() => {
  expect(server.unexpected()).toEqual([]);
  expect(server.unused()).toEqual([]);
});

async function findText(wrapper: VueWrapper, text: string) {
  await vi.waitFor(() => expect(wrapper.text()).toContain(text));
}

const kywraw: Schemas['OrganizationSummary'] = {
  ...ORGANIZATIONS[0]!,
  id: 3,
  slug: 'kywraw',
  kind: 'network',
  name: 'KyWRAW network',
  shortName: null,
  logo: newImage({ alt: null }),
};

describe('partners and donors', () => {
  it('groups the organizations by kind, donors first, with logo or name, website and description', async () => {
    const withDescription = ORGANIZATIONS.map((org) =>
      org.slug === 'eraiym'
        ? { ...org, description: 'Women’s public union working with self-help groups.' }
        : org,
    );
    server.on(
      'GET',
      '/api/v1/organizations?locale=en&page=1&pageSize=100',
      listAnswer([...withDescription, kywraw], { pageSize: 100 }),
    );

    const { wrapper } = await renderApp('/en/partners');
    await findText(wrapper, 'Women’s public union working with self-help groups.');

    expect(wrapper.get('h1').text()).toBe('Partners and donors');
    expect(wrapper.findAll('h2').map((h) => h.text())).toEqual(
      expect.arrayContaining(['Donors', 'Networks', 'Non-governmental organizations']),
    );
    const headings = wrapper.findAll('.partners__group h2').map((h) => h.text());
    expect(headings).toEqual(['Donors', 'Networks', 'Non-governmental organizations']);

    const bread = wrapper.findAll('.org')[0]!;
    expect(bread.get('h3').text().replace(/\s+/g, ' ')).toBe(
      'Bread for the World (Brot für die Welt)',
    );
    const site = bread.get('a[href="https://www.brot-fuer-die-welt.de/"]');
    expect(site.text()).toBe('brot-fuer-die-welt.de');
    expect(bread.find('a[href="/en/events?partner=bread-for-the-world"]').exists()).toBe(true);

    // A logo stands for the name, which is its text alternative.
    const network = wrapper.findAll('.org')[1]!;
    expect(network.get('h3 img').attributes('alt')).toBe('KyWRAW network');
    expect(network.find('.org__description').exists()).toBe(false);
  });
});

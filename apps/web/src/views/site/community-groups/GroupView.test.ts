import type { Schemas } from '@jaryk/client';
import { type VueWrapper, enableAutoUnmount } from '@vue/test-utils';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { json, problem } from '../../../testing/fake-fetch';
import { server } from '../../../testing/mock-api';
import { renderApp } from '../../../testing/render-app';
import { AK_TILEK, DOSTUK } from './test-fixtures';

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

/** Intl writes no-break spaces between digit groups and before a currency. */
const plain = (text: string) =>
  text
    .replace(/[\u00a0\u202f]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();

function group(overrides: Partial<Schemas['CommunityGroup']> = {}): Schemas['CommunityGroup'] {
  return {
    ...AK_TILEK,
    activities: null,
    business: null,
    description: '<p>A self-help group of women in the village of Seydikum.</p>',
    leaderName: null,
    updatedAt: '2026-01-01T00:00:00Z',
    grants: [],
    memberGroups: [],
    associations: [],
    projects: [
      { slug: 'capacity-building-of-womens-csos', kind: 'project', title: 'Capacity building' },
    ],
    events: [
      {
        slug: 'harassment-workshop-4-self-help-groups-seydikum',
        title: 'Workshop on harassment for the self-help groups Ak-Tilek and Dostuk in Seydikum',
        startsAt: null,
      },
    ],
    articles: [
      {
        slug: 'harassment-is-a-special-kind-of-violence',
        title: 'Harassment is a special kind of violence',
        locale: 'en',
        publishedAt: '2022-03-06T21:30:00Z',
      },
    ],
    ...overrides,
  };
}

const GRANTS: Schemas['CommunityGroupGrant'][] = [
  {
    amount: '120000.00',
    currency: 'KGS',
    funder: { slug: 'bread-for-the-world', kind: 'donor', name: 'Bread for the World' },
    funderName: null,
    year: 2023,
    purpose: 'A sewing workshop',
  },
  {
    amount: '2500.50',
    currency: 'EUR',
    funder: null,
    funderName: 'Village council',
    year: null,
    purpose: null,
  },
];

/** The facts list as [term, description] pairs. */
function facts(wrapper: VueWrapper) {
  return wrapper
    .findAll('.group__facts div')
    .map((d) => [plain(d.get('dt').text()), plain(d.get('dd').text())]);
}

function serveGroup(locale: string, body: Response) {
  server.on('GET', `/api/v1/community-groups/ak-tilek-seydikum?locale=${locale}`, body);
}

describe('group page', () => {
  it('shows the kind, the place as breadcrumbs, the facts, its events, articles and projects', async () => {
    serveGroup('en', json({ data: group({ associations: [] }) }));

    const { wrapper } = await renderApp('/en/groups/ak-tilek-seydikum');
    await findText(wrapper, 'Harassment is a special kind of violence');

    expect(wrapper.get('h1').text()).toBe('Ak-Tilek');
    expect(document.title).toBe('Ak-Tilek — Jaryk');
    expect(wrapper.get('.group__kind').text()).toBe('Self-help group');
    const crumbs = wrapper.get('nav[aria-label="Location"]');
    expect(crumbs.findAll('li').map((li) => li.text())).toEqual([
      'Kyrgyzstan',
      'Jalal-Abad oblast',
      'Bazar-Korgon district',
      'Seydikum',
    ]);
    // The oblast and district lead to the groups there.
    expect(crumbs.get('a[href="/en/groups?region=jalal-abad-oblast"]').text()).toBe(
      'Jalal-Abad oblast',
    );
    expect(
      crumbs
        .get('a[href="/en/groups?region=jalal-abad-oblast&district=bazar-korgon-district"]')
        .text(),
    ).toBe('Bazar-Korgon district');

    expect(facts(wrapper)).toEqual([
      ['Founded', 'not given'],
      ['Members', 'not given'],
      ['Status', 'Active'],
    ]);
    expect(wrapper.get('.group__description').text()).toContain('village of Seydikum');
    expect(
      wrapper.get('a[href="/en/events/harassment-workshop-4-self-help-groups-seydikum"]').text(),
    ).toContain('Ak-Tilek and Dostuk');
    expect(wrapper.get('a[href="/en/projects/capacity-building-of-womens-csos"]').text()).toBe(
      'Capacity building',
    );
    // Sections with nothing in them are left out.
    const headings = wrapper.findAll('h2').map((h) => h.text());
    expect(headings).toEqual(['About the group', 'Projects', 'Events', 'Articles']);
    expect(wrapper.find('.grants').exists()).toBe(false);
  });

  it('writes grants with their currency the English way, and counts children in a school', async () => {
    serveGroup(
      'en',
      json({
        data: group({
          kind: 'maternal_school',
          foundedYear: 2011,
          memberCount: 1250,
          leaderName: 'Gulnara Toktosunova',
          activities: 'Pre-school for 25 children',
          business: null,
          grants: GRANTS,
          associations: [{ ...DOSTUK, placeName: 'Seydikum', kind: 'association' }],
          events: [],
          articles: [],
          projects: [],
        }),
      }),
    );

    const { wrapper } = await renderApp('/en/groups/ak-tilek-seydikum');
    await findText(wrapper, 'Grants');

    expect(facts(wrapper)).toEqual([
      ['Founded', '2011'],
      ['Children', '1,250'],
      ['Status', 'Active'],
      ['Leader', 'Gulnara Toktosunova'],
    ]);
    expect(
      wrapper
        .findAll('.grants li')
        .map((li) => li.findAll('dt, dd').map((cell) => plain(cell.text()))),
    ).toEqual([
      [
        'Amount',
        'KGS 120,000',
        'Funder',
        'Bread for the World',
        'Year',
        '2023',
        'Purpose',
        'A sewing workshop',
      ],
      ['Amount', '€2,500.50', 'Funder', 'Village council'],
    ]);
    expect(wrapper.get('a[href="/en/groups/dostuk-seydikum"]').text()).toBe('Dostuk');
    expect(wrapper.findAll('h2').map((h) => h.text())).toEqual([
      'About the group',
      'What it does',
      'Grants',
      'Member of',
    ]);
  });

  it('writes amounts the Russian and the Kyrgyz way', async () => {
    serveGroup('ru', json({ data: group({ locale: 'ru', name: 'Ак-Тилек', grants: GRANTS }) }));
    const ru = await renderApp('/ru/groups/ak-tilek-seydikum');
    await findText(ru.wrapper, 'Гранты');
    expect(ru.wrapper.findAll('.grants dd').map((dd) => plain(dd.text()))).toEqual([
      '120 000 KGS',
      'Bread for the World',
      '2023',
      'A sewing workshop',
      '2 500,50 €',
      'Village council',
    ]);
    ru.wrapper.unmount();

    serveGroup('ky', json({ data: group({ locale: 'ky', name: 'Ак-Тилек', grants: GRANTS }) }));
    const ky = await renderApp('/ky/groups/ak-tilek-seydikum');
    await findText(ky.wrapper, 'Гранттар');
    expect(plain(ky.wrapper.findAll('.grants__amount dd')[0]!.text())).toBe('120 000 сом');
  });

  it('has a friendly page for an unknown group', async () => {
    server.on('GET', '/api/v1/community-groups/nope?locale=en', problem(404, 'Not Found'));

    const { wrapper } = await renderApp('/en/groups/nope');
    await findText(wrapper, 'Group not found');
    expect(wrapper.get('main a[href="/en/groups"]').text()).toBe('All groups');
    expect(wrapper.find('[role=alert]').exists()).toBe(false);
  });
});

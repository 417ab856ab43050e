import type { Schemas } from '@jaryk/client';
import { type VueWrapper, enableAutoUnmount } from '@vue/test-utils';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { json, problem } from '../../../testing/fake-fetch';
import { server } from '../../../testing/mock-api';
import { renderApp } from '../../../testing/render-app';
import { PROJECTS, listAnswer, newEvent } from '../events/test-fixtures';

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

const SLUG = 'capacity-building-of-womens-csos';

function project(overrides: Partial<Schemas['Project']> = {}): Schemas['Project'] {
  return {
    id: 2,
    slug: SLUG,
    kind: 'project',
    locale: 'en',
    availableLocales: ['en'],
    title: 'Capacity building of women’s CSOs',
    summary: 'A series of workshops on harassment was conducted in 2022.',
    description: '<p>Monitoring national commitments.</p>',
    startsOn: '2021-03-01',
    endsOn: '2024-02-29',
    cover: null,
    updatedAt: '2026-01-01T00:00:00Z',
    eventCount: 14,
    participants: {
      women: 1786,
      girls: 465,
      men: 143,
      boys: 237,
      unspecified: 182,
      total: 2813,
      suppressed: [],
    },
    budget: null,
    goal: null,
    donors: [],
    phases: [],
    indicators: [],
    groups: [],
    articles: [],
    partners: [
      {
        slug: 'eraiym',
        kind: 'ngo',
        name: 'Eraiym Women’s Public Union',
        role: 'lead',
        websiteUrl: null,
        logo: null,
      },
      {
        slug: 'bread-for-the-world',
        kind: 'donor',
        name: 'Bread for the World',
        role: 'funder',
        websiteUrl: 'https://www.brot-fuer-die-welt.de/',
        logo: null,
      },
    ],
    series: [
      {
        id: 1,
        slug: 'harassment-workshops-2022',
        locale: 'en',
        availableLocales: ['en'],
        title: 'Workshops on harassment in Bazar-Korgon district',
        description: null,
        eventCount: 6,
        startsAt: null,
        endsAt: null,
      },
    ],
    ...overrides,
  };
}

const eventsUrl = `/api/v1/events?locale=en&project=${SLUG}&page=1&pageSize=6`;

describe('project page', () => {
  it('shows the project with its period, partners, participants, series, events and articles', async () => {
    const articles: Schemas['ArticleCard'][] = [
      {
        slug: 'ayaldar-kenesh',
        locale: 'ru',
        title: 'Женсовет в Кенеше',
        summary: null,
        publishedAt: '2023-05-10T08:00:00Z',
        cover: null,
      },
      {
        slug: 'harassment-is-a-special-kind-of-violence',
        locale: 'en',
        title: 'Harassment is a special kind of violence',
        summary: 'Six workshops in Bazar-Korgon district.',
        publishedAt: '2022-03-07T13:05:00Z',
        cover: null,
      },
    ];
    server.on('GET', `/api/v1/projects/${SLUG}?locale=en`, json({ data: project({ articles }) }));
    server.on(
      'GET',
      eventsUrl,
      listAnswer([newEvent({ title: 'Workshop in Kenesh' })], { total: 14 }),
    );
    const { wrapper } = await renderApp(`/en/projects/${SLUG}`);
    await findText(wrapper, 'Harassment is a special kind of violence');

    expect(wrapper.get('h1').text()).toBe('Capacity building of women’s CSOs');
    expect(document.title).toBe('Capacity building of women’s CSOs — Jaryk');
    expect(wrapper.get('.project__period').text().replace(/\s+/g, ' ')).toBe(
      'Period: March 1, 2021 – February 29, 2024',
    );
    expect(wrapper.get('.project__description').html()).toContain(
      'Monitoring national commitments.',
    );
    expect(
      wrapper
        .findAll('.partners li')
        .map((li) => [li.get('.partners__name').text(), li.get('.partners__role').text()]),
    ).toEqual([
      ['Eraiym Women’s Public Union', 'Lead organization'],
      ['Bread for the World', 'Funder'],
    ]);
    const total = wrapper.findAll('.participants__row').at(-1)!;
    expect(total.text()).toBe('Total2,813');
    expect(wrapper.get('a[href="/en/events?series=harassment-workshops-2022"]').text()).toBe(
      'Workshops on harassment in Bazar-Korgon district',
    );
    expect(wrapper.get('.event-card h3').text()).toBe('Workshop in Kenesh');
    expect(wrapper.get(`a[href="/en/events?project=${SLUG}"]`).text()).toBe(
      'All events of the project (14)',
    );
    expect(wrapper.find(`a[href="/en/impact?project=${SLUG}"]`).exists()).toBe(true);
    // The articles come with the project, in its order (newest first); no list is asked for.
    const cards = wrapper.get('section[aria-labelledby="project-articles"]').findAll('article');
    expect(cards.map((c) => c.get('h3 a').attributes('href'))).toEqual([
      '/en/news/ayaldar-kenesh',
      '/en/news/harassment-is-a-special-kind-of-violence',
    ]);
    expect(cards[0]!.attributes('lang')).toBe('ru');
    expect(cards[0]!.find('.fallback-note').exists()).toBe(true);
    expect(cards[1]!.text()).toContain('Six workshops in Bazar-Korgon district.');
  });

  it('shows the record: budget, donors, goal, phases, results next to the participants, groups', async () => {
    server.on(
      'GET',
      `/api/v1/projects/${SLUG}?locale=en`,
      json({
        data: project({
          budget: { amount: 120000, currency: 'EUR' },
          goal: 'Women’s organizations hold the state to its commitments.',
          donors: [
            {
              slug: 'bread-for-the-world',
              kind: 'donor',
              name: 'Bread for the World',
              websiteUrl: null,
              logo: null,
            },
          ],
          phases: [
            { label: 'I', startsOn: '2021-03-01', endsOn: '2022-12-31' },
            { label: 'II', startsOn: '2023-01-01', endsOn: null },
          ],
          indicators: [
            { label: 'Maternal schools opened', value: 40, unit: null },
            { label: 'Grants given', value: 1250.5, unit: 'thousand som' },
          ],
          participants: {
            women: 1786,
            girls: null,
            men: null,
            boys: null,
            unspecified: null,
            total: 1789,
            suppressed: ['men'],
          },
          groups: [
            {
              slug: 'ak-tilek-seydikum',
              kind: 'self_help_group',
              name: 'Ak-Tilek',
              placeName: 'Seydikum',
            },
          ],
        }),
      }),
    );
    server.on('GET', eventsUrl, listAnswer([]));

    const { wrapper } = await renderApp(`/en/projects/${SLUG}`);
    await findText(wrapper, 'The project has no published events yet.');

    expect(wrapper.get('.project__budget').text().replace(/\s+/g, ' ')).toBe('Budget: €120,000');
    expect(wrapper.get('.project__donors').text().replace(/\s+/g, ' ')).toBe(
      'Donors: Bread for the World',
    );
    expect(wrapper.findAll('h2').map((h) => h.text())).toEqual(
      expect.arrayContaining(['Goal', 'Phases', 'Results of the project', 'Groups of the project']),
    );
    expect(wrapper.findAll('.phases li').map((li) => li.text().replace(/\s+/g, ' '))).toEqual([
      'Phase I: March 1, 2021 – December 31, 2022',
      'Phase II: since January 1, 2023',
    ]);
    expect(
      wrapper
        .findAll('.indicators__item')
        .map((item) => [item.get('dt').text(), item.get('dd').text()]),
    ).toEqual([
      ['Maternal schools opened', '40'],
      ['Grants given', '1,250.5 thousand som'],
    ]);
    // The totals from the events, beside the results; a withheld figure reads "fewer than 5".
    expect(
      wrapper.findAll('.participants__row').map((row) => row.text().replace(/\s+/g, ' ')),
    ).toEqual(['Women1,786', 'Menfewer than 5', 'Total1,789']);
    expect(wrapper.get('a[href="/en/groups/ak-tilek-seydikum"]').text()).toBe('Ak-Tilek');
  });

  it('leaves out the record’s sections the project has nothing for', async () => {
    server.on('GET', `/api/v1/projects/${SLUG}?locale=en`, json({ data: project() }));
    server.on('GET', eventsUrl, listAnswer([]));

    const { wrapper } = await renderApp(`/en/projects/${SLUG}`);
    await findText(wrapper, 'The project has no published events yet.');

    const headings = wrapper.findAll('h2').map((h) => h.text());
    for (const absent of ['Goal', 'Phases', 'Results of the project', 'Groups of the project']) {
      expect(headings).not.toContain(absent);
    }
    expect(wrapper.find('.project__budget').exists()).toBe(false);
    expect(wrapper.find('.project__donors').exists()).toBe(false);
  });

  it('keeps the project when its events cannot load', async () => {
    server.on('GET', `/api/v1/projects/${SLUG}?locale=en`, json({ data: project() }));
    server.on('GET', eventsUrl, problem(503, 'Service Unavailable'), listAnswer([]));

    const { wrapper } = await renderApp(`/en/projects/${SLUG}`);
    await findText(wrapper, 'The server is having trouble right now.');

    expect(wrapper.get('h1').text()).toBe('Capacity building of women’s CSOs');
    expect(wrapper.text()).toContain('No articles about the project yet.');
    await wrapper.get('[role=alert] button').trigger('click');
    await findText(wrapper, 'The project has no published events yet.');
  });

  it('has a friendly page for an unknown project', async () => {
    server.on('GET', '/api/v1/projects/nope?locale=en', problem(404, 'Not Found'));
    server.on('GET', '/api/v1/events?locale=en&project=nope&page=1&pageSize=6', listAnswer([]));

    const { wrapper } = await renderApp('/en/projects/nope');
    await findText(wrapper, 'Project not found');
    expect(wrapper.find('[role=alert]').exists()).toBe(false);
  });
});

describe('projects list', () => {
  it('groups projects and initiatives', async () => {
    server.on(
      'GET',
      '/api/v1/projects?locale=en&page=1&pageSize=100',
      listAnswer([
        {
          ...PROJECTS[0]!,
          id: 2,
          slug: SLUG,
          kind: 'project',
          title: 'Capacity building of women’s CSOs',
          startsOn: '2021-03-01',
          endsOn: null,
        },
        PROJECTS[0]!,
      ]),
    );

    const { wrapper } = await renderApp('/en/projects');
    await findText(wrapper, 'Ray of Light');

    expect(wrapper.findAll('h2').map((h) => h.text())).toEqual(
      expect.arrayContaining(['Projects', 'Initiatives']),
    );
    const cards = wrapper.findAll('.project-card');
    expect(cards[0]!.get('h3 a').attributes('href')).toBe(`/en/projects/${SLUG}`);
    expect(cards[0]!.get('.project-card__meta').text()).toBe('Project · since March 1, 2021');
    expect(cards[1]!.get('.project-card__meta').text()).toBe('Initiative · period not given');
  });
});

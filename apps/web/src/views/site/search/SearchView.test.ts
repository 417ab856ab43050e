import type { ArticleSummary, EventSummary } from '@jaryk/client';
import { type VueWrapper, enableAutoUnmount } from '@vue/test-utils';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { deferred, json, problem } from '../../../testing/fake-fetch';
import { server } from '../../../testing/mock-api';
import { renderApp } from '../../../testing/render-app';

vi.mock('../../../api', () => import('../../../testing/mock-api'));

enableAutoUnmount(afterEach);

beforeEach(() => server.reset());

afterEach(() => {
  expect(server.unexpected()).toEqual([]);
  expect(server.unused()).toEqual([]);
});

function newArticle(overrides: Partial<ArticleSummary> = {}): ArticleSummary {
  return {
    id: 1,
    slug: 'harassment',
    locale: 'en',
    availableLocales: ['en'],
    title: 'Harassment is a special kind of violence',
    summary: null,
    byline: null,
    publishedAt: '2022-03-07T13:05:00Z',
    featured: false,
    cover: null,
    tags: [],
    ...overrides,
  };
}

function newEvent(overrides: Partial<EventSummary> = {}): EventSummary {
  return {
    id: 1,
    slug: 'workshop-akman',
    locale: 'en',
    availableLocales: ['en'],
    title: 'Workshop on harassment in Akman',
    summary: null,
    startsAt: null,
    endsAt: null,
    timeZone: 'Asia/Bishkek',
    format: 'workshop',
    attendanceMode: 'in_person',
    venueName: null,
    venueAddress: null,
    audience: null,
    facilitator: null,
    place: null,
    coordinates: null,
    series: null,
    projects: [],
    partners: [],
    participants: { women: 23, girls: 8, men: null, boys: null, unspecified: null, total: 31 },
    cover: null,
    ...overrides,
  };
}

function list<T>(data: T[], total = data.length) {
  return json({ data, meta: { page: 1, pageSize: 10, total, locale: 'en' } });
}

function articlesUrl(q: string, locale = 'en') {
  return `/api/v1/articles?q=${encodeURIComponent(q)}&locale=${locale}&sort=relevance&page=1&pageSize=10`;
}

function eventsUrl(q: string, locale = 'en') {
  return `/api/v1/events?q=${encodeURIComponent(q)}&locale=${locale}&page=1&pageSize=10`;
}

async function findText(wrapper: VueWrapper, text: string) {
  await vi.waitFor(() => expect(wrapper.text()).toContain(text));
}

describe('search', () => {
  it('asks for words first, without a request', async () => {
    const { wrapper } = await renderApp('/en/search');

    expect(wrapper.get('h1').text()).toBe('Search');
    expect(wrapper.get('form[role=search] label').text()).toBe('Search for');
    expect(wrapper.text()).toContain('Type a word or a place name to find news and events.');
  });

  it('searches news and events at once and shows each group with its count', async () => {
    const articles = deferred<Response>();
    server.on('GET', articlesUrl('harassment'), articles.promise);
    server.on(
      'GET',
      eventsUrl('harassment'),
      list(
        [newEvent(), newEvent({ id: 2, slug: 'workshop-seydikum', title: 'Workshop in Seydikum' })],
        12,
      ),
    );

    const { wrapper, router } = await renderApp('/en/search');
    await wrapper.get('input[type=search]').setValue('  harassment ');
    await wrapper.get('form').trigger('submit');

    await findText(wrapper, 'Searching…');
    expect(router.currentRoute.value.fullPath).toBe('/en/search?q=harassment');
    articles.resolve(list([newArticle()], 14));

    await findText(wrapper, 'Results for “harassment”');
    const [news, events] = wrapper.findAll('section.search__group');
    expect(news!.get('h2').text()).toBe('News');
    expect(news!.get('.search__count').text()).toBe('14 results');
    expect(news!.get('h3 a').attributes('href')).toBe('/en/news/harassment');
    expect(news!.get('a[href="/en/news?q=harassment"]').text()).toBe('All news results');

    expect(events!.get('h2').text()).toBe('Events');
    expect(events!.get('.search__count').text()).toBe('12 results');
    expect(events!.findAll('h3').map((h) => h.text())).toEqual([
      'Workshop on harassment in Akman',
      'Workshop in Seydikum',
    ]);
    expect(events!.text()).toContain('The first 2 are shown.');
  });

  it('says when nothing is found, in the language of the page', async () => {
    server.on('GET', articlesUrl('жок', 'ru'), list([]));
    server.on('GET', eventsUrl('жок', 'ru'), list([]));

    const { wrapper } = await renderApp(`/ru/search?q=${encodeURIComponent('жок')}`);

    await findText(wrapper, 'Результаты по запросу «жок»');
    expect(wrapper.findAll('.search__count').map((p) => p.text())).toEqual([
      '0 результатов',
      '0 результатов',
    ]);
    expect((wrapper.get('input').element as HTMLInputElement).value).toBe('жок');
  });

  it('explains a failure and searches again on retry', async () => {
    server.on('GET', articlesUrl('water'), problem(500, 'Internal Server Error'), list([]));
    server.on('GET', eventsUrl('water'), list([]), list([newEvent({ title: 'Water' })]));

    const { wrapper } = await renderApp('/en/search?q=water');

    await findText(wrapper, 'The server is having trouble right now.');
    await wrapper.get('[role=alert] button').trigger('click');
    await findText(wrapper, 'Results for “water”');
    expect(wrapper.findAll('h3').map((h) => h.text())).toEqual(['Water']);
  });
});

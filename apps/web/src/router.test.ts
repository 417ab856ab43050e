import { enableAutoUnmount } from '@vue/test-utils';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { json } from './testing/fake-fetch';
import { server } from './testing/mock-api';
import { renderApp } from './testing/render-app';

vi.mock('./api', () => import('./testing/mock-api'));

enableAutoUnmount(afterEach);

beforeEach(() => server.reset());

afterEach(() => {
  expect(server.unexpected()).toEqual([]);
  expect(server.unused()).toEqual([]);
});

/** Empty answers to the home page's own requests (its content is tested in HomeView.test.ts). */
function serveEmptyHome(locale: string) {
  const empty = json({ data: [], meta: { page: 1, pageSize: 3, total: 0, locale } });
  const l = `locale=${locale}&page=1`;
  server.on('GET', `/api/v1/articles?${l}&pageSize=3&sort=-publishedAt`, empty.clone());
  server.on('GET', `/api/v1/events?${l}&when=upcoming&pageSize=3`, empty.clone());
  server.on('GET', `/api/v1/events?${l}&when=past&pageSize=3`, empty.clone());
  server.on('GET', `/api/v1/media?kind=video&${l}&pageSize=2`, empty.clone());
  server.on(
    'GET',
    `/api/v1/stats/impact?locale=${locale}&groupBy=none`,
    json({
      data: [],
      totals: {
        events: 0,
        eventsWithCounts: 0,
        women: 0,
        girls: 0,
        men: 0,
        boys: 0,
        unspecified: 0,
        total: 0,
        suppressed: [],
      },
      meta: { groupBy: 'none', locale, minimumShownCount: 5, note: '' },
    }),
  );
}

describe('routes', () => {
  it('sends / to the home page in the first of the browser’s languages the site speaks', async () => {
    vi.spyOn(navigator, 'languages', 'get').mockReturnValue(['de-DE', 'ky-KG', 'en']);
    serveEmptyHome('ky');

    const { router } = await renderApp('/');

    expect(router.currentRoute.value.fullPath).toBe('/ky');
    await vi.waitFor(() => expect(server.unused()).toEqual([]));
  });

  it('shows a not-found page in the language of the address', async () => {
    const { wrapper } = await renderApp('/en/no-such-page');

    expect(wrapper.get('h1').text()).toBe('Page not found');
    expect(document.title).toBe('Page not found — Jaryk');
  });

  it('gives other paths the preferred language, then says not found', async () => {
    vi.spyOn(navigator, 'languages', 'get').mockReturnValue(['fr-FR']);

    const { wrapper, router } = await renderApp('/de/nachrichten?x=1');

    expect(router.currentRoute.value.fullPath).toBe('/ru/de/nachrichten?x=1');
    expect(wrapper.get('h1').text()).toBe('Страница не найдена');
  });
});

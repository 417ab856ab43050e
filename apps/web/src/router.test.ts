import { enableAutoUnmount } from '@vue/test-utils';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { server } from './testing/mock-api';
import { renderApp } from './testing/render-app';

vi.mock('./api', () => import('./testing/mock-api'));

enableAutoUnmount(afterEach);

beforeEach(() => server.reset());

afterEach(() => {
  expect(server.unexpected()).toEqual([]);
  expect(server.unused()).toEqual([]);
});

describe('routes', () => {
  it('sends / to the home page in the first of the browser’s languages the site speaks', async () => {
    vi.spyOn(navigator, 'languages', 'get').mockReturnValue(['de-DE', 'ky-KG', 'en']);

    const { router } = await renderApp('/');

    expect(router.currentRoute.value.fullPath).toBe('/ky');
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

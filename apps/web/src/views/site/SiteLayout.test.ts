import { type VueWrapper, enableAutoUnmount } from '@vue/test-utils';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { json, problem } from '../../testing/fake-fetch';
import { server } from '../../testing/mock-api';
import { renderApp } from '../../testing/render-app';
import { serveSite } from '../../testing/site-fixtures';

vi.mock('../../api', () => import('../../testing/mock-api'));

enableAutoUnmount(afterEach);

beforeEach(() => server.reset());

afterEach(() => {
  expect(server.unexpected()).toEqual([]);
  expect(server.unused()).toEqual([]);
});

async function findText(wrapper: VueWrapper, text: string) {
  await vi.waitFor(() => expect(wrapper.text()).toContain(text));
}

describe('site layout', () => {
  it('links every section from the menu, the about page by its slug in this language', async () => {
    const { wrapper } = await renderApp('/ru/no-such-page');
    await findText(wrapper, 'For the better life!');

    const menu = wrapper.get('nav[aria-label="Основное меню"]');
    expect(menu.findAll('li a').map((a) => [a.text(), a.attributes('href')])).toEqual([
      ['Главная', '/ru'],
      ['Новости', '/ru/news'],
      ['Мероприятия', '/ru/events'],
      ['Результаты', '/ru/impact'],
      ['Проекты', '/ru/projects'],
      ['Группы', '/ru/groups'],
      ['Партнёры', '/ru/partners'],
      ['Видео', '/ru/videos'],
      ['О нас', '/ru/pages/about-ru'],
      ['Поиск', '/ru/search'],
    ]);
    expect(wrapper.get('header a.site-name').attributes('href')).toBe('/ru');
  });

  it('folds the menu behind a button that opens, closes with Escape and on navigation', async () => {
    const { wrapper, router } = await renderApp('/en/no-such-page');

    const button = wrapper.get('button[aria-controls=site-nav-list]');
    const list = wrapper.get('#site-nav-list');
    expect(button.text()).toBe('Menu');
    expect(button.attributes('aria-expanded')).toBe('false');
    expect(list.classes()).not.toContain('site-nav__list--open');

    await button.trigger('click');
    expect(button.attributes('aria-expanded')).toBe('true');
    expect(list.classes()).toContain('site-nav__list--open');

    (list.get('a').element as HTMLElement).focus();
    await list.get('a').trigger('keydown', { key: 'Escape' });
    await vi.waitFor(() => expect(button.attributes('aria-expanded')).toBe('false'));
    expect(document.activeElement).toBe(button.element);

    await button.trigger('click');
    server.on(
      'GET',
      '/api/v1/media?kind=video&locale=en&page=1&pageSize=12',
      json({ data: [], meta: { page: 1, pageSize: 12, total: 0, locale: 'en' } }),
    );
    await router.push('/en/videos');
    await vi.waitFor(() => expect(button.attributes('aria-expanded')).toBe('false'));
    expect(list.get('a[href="/en/videos"]').attributes('aria-current')).toBe('page');
  });

  it('marks the section of an article in the menu', async () => {
    server.on('GET', '/api/v1/articles/x?locale=en', problem(404, 'Not Found'));
    const { wrapper } = await renderApp('/en/news/x');
    await findText(wrapper, 'Article not found');
    expect(wrapper.get('#site-nav-list a[href="/en/news"]').attributes('aria-current')).toBe(
      'true',
    );
  });

  it('shows the site’s name, slogan, donors and pages in the footer', async () => {
    const { wrapper } = await renderApp('/en/no-such-page', {
      site: () =>
        serveSite('en', {
          settings: {
            footerOrganizations: [
              {
                id: 1,
                slug: 'bread-for-the-world',
                kind: 'donor',
                locale: 'en',
                availableLocales: ['en'],
                name: 'Bread for the World',
                shortName: 'Brot für die Welt',
                description: null,
                websiteUrl: 'https://www.brot-fuer-die-welt.de/',
                logo: null,
              },
            ],
          },
        }),
    });
    await findText(wrapper, 'For the better life!');

    const footer = wrapper.get('footer');
    expect(footer.get('.site-footer__name').text()).toBe('Eraiym Women’s Public Union');
    expect(footer.get('.orgs h2').text()).toBe('Donors and partners');
    expect(footer.get('.orgs a').text()).toBe('Bread for the World (Brot für die Welt)');
    expect(footer.get('.orgs a').attributes('href')).toBe('https://www.brot-fuer-die-welt.de/');
    expect(
      footer.findAll('nav[aria-label="About the organization"] a').map((a) => a.text()),
    ).toEqual(['About us', 'Contacts', 'API for developers']);
  });

  it('still works when the settings cannot be loaded', async () => {
    const { wrapper } = await renderApp('/en/no-such-page', {
      site: () => {
        server.on('GET', '/api/v1/settings?locale=en', new TypeError('Failed to fetch'));
        server.on('GET', '/api/v1/pages?locale=en', new TypeError('Failed to fetch'));
      },
    });

    await vi.waitFor(() => expect(server.unused()).toEqual([]));
    expect(wrapper.get('h1').text()).toBe('Page not found');
    expect(wrapper.get('footer .site-footer__name').text()).toBe('Jaryk');
    // The about link falls back to the page's key, which the API also accepts as a slug.
    expect(wrapper.get('#site-nav-list a[href="/en/pages/about"]').text()).toBe('About us');
  });
});

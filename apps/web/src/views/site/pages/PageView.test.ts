import { type VueWrapper, enableAutoUnmount, flushPromises } from '@vue/test-utils';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { json, problem } from '../../../testing/fake-fetch';
import { server } from '../../../testing/mock-api';
import { renderApp } from '../../../testing/render-app';
import type { Page } from './use-page';

vi.mock('../../../api', () => import('../../../testing/mock-api'));

enableAutoUnmount(afterEach);

beforeEach(() => server.reset());

afterEach(() => {
  expect(server.unexpected()).toEqual([]);
  expect(server.unused()).toEqual([]);
});

function newPage(overrides: Partial<Page> = {}): Page {
  return {
    key: 'about',
    slug: 'about',
    locale: 'en',
    availableLocales: ['ky', 'ru', 'en'],
    title: 'About us',
    body: '<p>The union works with self-help groups.</p>',
    seoTitle: null,
    seoDescription: null,
    updatedAt: '2026-01-01T00:00:00Z',
    slugs: { en: 'about', ru: 'o-nas' },
    ...overrides,
  };
}

async function findText(wrapper: VueWrapper, text: string) {
  await vi.waitFor(() => expect(wrapper.text()).toContain(text));
}

describe('static pages', () => {
  it('shows the page, linked from the footer and the menu by its slug in this language', async () => {
    server.on(
      'GET',
      '/api/v1/pages/o-nas?locale=ru',
      json({
        data: newPage({
          slug: 'o-nas',
          locale: 'ru',
          title: 'О нас',
          body: '<p>Объединение работает с группами.</p>',
        }),
      }),
    );

    const { wrapper } = await renderApp('/ru/pages/o-nas');

    await findText(wrapper, 'Объединение работает с группами.');
    expect(wrapper.get('main h1').text()).toBe('О нас');
    expect(wrapper.get('main article').attributes('lang')).toBe('ru');
    expect(wrapper.get('main .prose').html()).toContain('<p>Объединение работает с группами.</p>');
    await vi.waitFor(() => expect(document.title).toBe('О нас — Jaryk'));

    // renderApp's page list has about -> about-ru; contacts -> contacts-ru.
    const footer = wrapper.get('footer nav');
    expect(footer.findAll('a').map((a) => [a.text(), a.attributes('href')])).toEqual([
      ['О нас', '/ru/pages/about-ru'],
      ['Контакты', '/ru/pages/contacts-ru'],
      ['API для разработчиков', '/api/docs'],
    ]);
  });

  it('puts the served slug in the address and notes a fallback language', async () => {
    server.on(
      'GET',
      '/api/v1/pages/about?locale=ky',
      json({ data: newPage({ slug: 'o-nas', locale: 'ru', title: 'О нас' }) }),
    );

    const { wrapper, router } = await renderApp('/ky/pages/about');

    await findText(wrapper, 'О нас');
    await vi.waitFor(() => expect(router.currentRoute.value.fullPath).toBe('/ky/pages/o-nas'));
    await flushPromises();
    expect(wrapper.get('.fallback-note').text()).toBe('Бул текст орус тилинде жеткиликтүү.');
  });

  it('says not found for an unknown page', async () => {
    server.on('GET', '/api/v1/pages/nope?locale=en', problem(404, 'Not Found'));
    const { wrapper } = await renderApp('/en/pages/nope');
    await findText(wrapper, 'Page not found');
    expect(wrapper.find('[role=alert]').exists()).toBe(false);
  });

  it('explains a failure and loads again on retry', async () => {
    server.on(
      'GET',
      '/api/v1/pages/contacts?locale=en',
      problem(502, 'Bad Gateway'),
      json({ data: newPage({ key: 'contacts', slug: 'contacts', title: 'Contacts' }) }),
    );
    const { wrapper } = await renderApp('/en/pages/contacts');
    await findText(wrapper, 'The server is having trouble right now.');
    await wrapper.get('[role=alert] button').trigger('click');
    await findText(wrapper, 'The union works with self-help groups.');
    expect(wrapper.get('main h1').text()).toBe('Contacts');
  });
});

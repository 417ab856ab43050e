import type { ArticleSummary } from '@jaryk/client';
import { type VueWrapper, enableAutoUnmount } from '@vue/test-utils';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { deferred, json, problem } from '../../../testing/fake-fetch';
import { renderApp } from '../../../testing/render-app';
import { server } from '../../../testing/mock-api';
import { serveSite } from '../../../testing/site-fixtures';

vi.mock('../../../api', () => import('../../../testing/mock-api'));

enableAutoUnmount(afterEach);

beforeEach(() => server.reset());

afterEach(() => {
  expect(server.unexpected()).toEqual([]);
  expect(server.unused()).toEqual([]);
});

let nextId = 1;

function newArticle(overrides: Partial<ArticleSummary> = {}): ArticleSummary {
  const id = nextId++;
  return {
    id,
    slug: `article-${id}`,
    locale: 'en',
    availableLocales: ['en'],
    title: `Article ${id}`,
    summary: null,
    byline: null,
    publishedAt: '2026-03-01T06:00:00.000Z',
    featured: false,
    cover: null,
    tags: [],
    ...overrides,
  };
}

function articlesUrl(locale: string, page = 1, filters = '') {
  return `/api/v1/articles?locale=${locale}&page=${page}&pageSize=10&sort=-publishedAt${filters}`;
}

/** The tag list the filter form asks for. */
function serveTags(
  locale: string,
  tags: { slug: string; name: string; articleCount: number }[] = [],
) {
  server.on(
    'GET',
    `/api/v1/tags?locale=${locale}`,
    json({ data: tags.map((t) => ({ ...t, locale })) }),
  );
}

function page(articles: ArticleSummary[], meta: { locale: string; page?: number; total?: number }) {
  return json({
    data: articles,
    meta: { page: 1, pageSize: 10, total: articles.length, ...meta },
  });
}

/** Renders the news list at `path`, with the tag list its filter form asks for. */
function renderNews(path: string, tags: Parameters<typeof serveTags>[1] = []) {
  serveTags(path.split('/')[1]!, tags);
  return renderApp(path);
}

/** Waits until the page shows `text` (the fake answers asynchronously, like the network). */
async function findText(wrapper: VueWrapper, text: string) {
  await vi.waitFor(() => expect(wrapper.text()).toContain(text));
}

describe('news list', () => {
  it('shows the articles of the requested language, with a note on those served in another', async () => {
    const answer = deferred<Response>();
    server.on('GET', articlesUrl('en'), answer.promise);

    const { wrapper } = await renderNews('/en/news');
    expect(wrapper.get('h1').text()).toBe('News');
    expect(wrapper.get('[role=status]').text()).toBe('Loading news…');

    answer.resolve(
      page(
        [
          newArticle({
            slug: 'workshop-in-kenesh',
            title: 'Workshop on harassment in Kenesh',
            summary: 'Thirty-two women and girls took part.',
            byline: 'Baktykan Azhymamatova, Osh oblast',
            // 21:30 UTC on 4 March is already 5 March in Bishkek (UTC+6).
            publishedAt: '2026-03-04T21:30:00.000Z',
          }),
          newArticle({
            title: 'Семинар в Сейдикуме',
            locale: 'ru',
            availableLocales: ['ru', 'ky'],
          }),
        ],
        { locale: 'en' },
      ),
    );

    await findText(wrapper, 'Workshop on harassment in Kenesh');
    const cards = wrapper.findAll('article');
    expect(cards.map((card) => card.get('h2').text())).toEqual([
      'Workshop on harassment in Kenesh',
      'Семинар в Сейдикуме',
    ]);

    const [first, second] = cards;
    expect(first?.text()).toContain('March 5, 2026');
    expect(first?.text()).toContain('Baktykan Azhymamatova, Osh oblast');
    expect(first?.text()).toContain('Thirty-two women and girls took part.');
    expect(first?.find('.fallback-note').exists()).toBe(false);

    expect(first?.get('h2 a').attributes('href')).toBe('/en/news/workshop-in-kenesh');
    expect(second?.attributes('lang')).toBe('ru');
    expect(second?.get('.fallback-note').text()).toBe('In Russian');
    expect(second?.get('.fallback-note').attributes('lang')).toBe('en');
    expect(wrapper.find('[role=status]').exists()).toBe(false);
    expect(document.documentElement.lang).toBe('en');
    expect(document.title).toBe('News — Jaryk');
  });

  it('formats dates for the interface language', async () => {
    server.on(
      'GET',
      articlesUrl('ru'),
      page([newArticle({ title: 'Новость', locale: 'ru', publishedAt: '2026-03-04T21:30:00Z' })], {
        locale: 'ru',
      }),
    );

    const { wrapper } = await renderNews('/ru/news');

    await findText(wrapper, 'Новость');
    expect(wrapper.get('time').text()).toBe('5 марта 2026 г.');
    expect(wrapper.get('time').attributes('datetime')).toBe('2026-03-04T21:30:00Z');
    expect(wrapper.get('time').attributes('lang')).toBe('ru');
  });

  it('explains a failure and loads again on retry', async () => {
    server.on(
      'GET',
      articlesUrl('en'),
      problem(503, 'Service Unavailable'),
      page([newArticle({ title: 'Back online' })], { locale: 'en' }),
    );

    const { wrapper } = await renderNews('/en/news');

    await findText(
      wrapper,
      'The server is having trouble right now. Please try again in a minute.',
    );
    const alert = wrapper.get('[role=alert]');
    await alert.get('button').trigger('click');

    await findText(wrapper, 'Back online');
    expect(wrapper.find('[role=alert]').exists()).toBe(false);
  });

  it('says so in the visitor’s language when the network is down', async () => {
    server.on('GET', articlesUrl('ky'), new TypeError('Failed to fetch'));

    const { wrapper } = await renderNews('/ky/news');

    await findText(wrapper, 'Сервер менен байланыш жок.');
    expect(wrapper.get('[role=alert] button').text()).toBe('Кайра аракет кылуу');
  });

  it('has an empty state', async () => {
    server.on('GET', articlesUrl('en'), page([], { locale: 'en' }));

    const { wrapper } = await renderNews('/en/news');

    await findText(wrapper, 'No news yet.');
    expect(wrapper.find('article').exists()).toBe(false);
  });

  it('pages through the list', async () => {
    const onPage = (n: number) =>
      page([newArticle({ title: `On page ${n}` })], { locale: 'en', page: n, total: 25 });
    server.on('GET', articlesUrl('en', 2), onPage(2));
    server.on('GET', articlesUrl('en', 3), onPage(3));

    const { wrapper, router } = await renderNews('/en/news?page=2');

    await findText(wrapper, 'On page 2');
    expect(wrapper.get('nav[aria-label=Pages]').text()).toContain('Page 2 of 3');
    await wrapper.get('a[rel=next]').trigger('click');

    await findText(wrapper, 'On page 3');
    expect(router.currentRoute.value.fullPath).toBe('/en/news?page=3');
    expect(wrapper.find('a[rel=next]').exists()).toBe(false);
  });

  it('switches language on the same page', async () => {
    server.on(
      'GET',
      articlesUrl('en', 2),
      page([newArticle({ title: 'In English' })], { locale: 'en', page: 2, total: 11 }),
    );
    server.on(
      'GET',
      articlesUrl('ru', 2),
      page([newArticle({ title: 'По-русски', locale: 'ru' })], {
        locale: 'ru',
        page: 2,
        total: 11,
      }),
    );

    const { wrapper, router } = await renderNews('/en/news?page=2');
    await findText(wrapper, 'In English');
    serveSite('ru');
    serveTags('ru');

    const switcher = wrapper.get('nav[aria-label="Site language"]');
    expect(switcher.get('a[aria-current=page]').text()).toBe('English');
    await switcher.get('a[lang=ru]').trigger('click');

    await findText(wrapper, 'По-русски');
    expect(router.currentRoute.value.fullPath).toBe('/ru/news?page=2');
    expect(wrapper.get('h1').text()).toBe('Новости');
    expect(document.documentElement.lang).toBe('ru');
  });

  it('asks nothing more when leaving for a page in another language', async () => {
    server.on(
      'GET',
      articlesUrl('en'),
      page([newArticle({ title: 'In English' })], { locale: 'en' }),
    );

    const { wrapper, router } = await renderNews('/en/news');
    await findText(wrapper, 'In English');
    serveSite('ru');
    await router.push('/ru/no-such-page');

    expect(wrapper.get('h1').text()).toBe('Страница не найдена');
    // afterEach: the fake fetch has recorded no request for the Russian list (only the
    // layout's settings and pages, queued above, in the new language).
  });

  it('filters by topic and words, keeping both in the address', async () => {
    server.on(
      'GET',
      articlesUrl('en'),
      page([newArticle({ title: 'Any news' })], { locale: 'en' }),
    );
    server.on(
      'GET',
      articlesUrl('en', 1, '&q=Kenesh&tag=harassment'),
      page([newArticle({ title: 'Workshop in Kenesh' })], { locale: 'en', total: 1 }),
    );
    server.on(
      'GET',
      articlesUrl('en'),
      page([newArticle({ title: 'Any news' })], { locale: 'en' }),
    );

    const { wrapper, router } = await renderNews('/en/news', [
      { slug: 'harassment', name: 'Harassment', articleCount: 3 },
      { slug: 'workshops', name: 'Workshops', articleCount: 1200 },
    ]);
    await findText(wrapper, 'Any news');

    const form = wrapper.get('form[role=search]');
    expect(form.attributes('aria-label')).toBe('Search and filter the news');
    expect(form.get('label[for=news-q]').text()).toBe('Search the news');
    await vi.waitFor(() =>
      expect(form.findAll('option').map((o) => o.text())).toEqual([
        'All topics',
        'Harassment (3)',
        'Workshops (1,200)',
      ]),
    );
    await form.get('input[type=search]').setValue('Kenesh');
    await form.get('select').setValue('harassment');
    await form.trigger('submit');

    await findText(wrapper, 'Workshop in Kenesh');
    expect(router.currentRoute.value.fullPath).toBe('/en/news?q=Kenesh&tag=harassment');
    expect(wrapper.get('.news__count').text()).toBe('1 article found');

    await wrapper.get('.filters__clear').trigger('click');
    await findText(wrapper, 'Any news');
    expect(router.currentRoute.value.fullPath).toBe('/en/news');
    expect((wrapper.get('input[type=search]').element as HTMLInputElement).value).toBe('');
  });

  it('opens with the filters of the address and keeps them when paging', async () => {
    server.on(
      'GET',
      articlesUrl('ru', 2, '&q=семинар&tag=workshops'),
      page([newArticle({ title: 'Семинар', locale: 'ru' })], { locale: 'ru', page: 2, total: 21 }),
    );

    const { wrapper } = await renderNews('/ru/news?tag=workshops&q=семинар&page=2', [
      { slug: 'workshops', name: 'Семинары', articleCount: 21 },
    ]);

    await findText(wrapper, 'Семинар');
    expect((wrapper.get('input[type=search]').element as HTMLInputElement).value).toBe('семинар');
    expect((wrapper.get('select').element as HTMLSelectElement).value).toBe('workshops');
    expect(wrapper.get('.news__count').text()).toBe('Найдена 21 новость');
    const next = new URL(wrapper.get('a[rel=next]').attributes('href')!, 'http://x');
    expect(Object.fromEntries(next.searchParams)).toEqual({
      q: 'семинар',
      tag: 'workshops',
      page: '3',
    });
  });

  it('says when nothing matches, and still works without the tag list', async () => {
    server.on('GET', '/api/v1/tags?locale=en', problem(500, 'Internal Server Error'));
    server.on('GET', articlesUrl('en', 1, '&q=zzz'), page([], { locale: 'en' }));

    const { wrapper } = await renderApp('/en/news?q=zzz');

    await findText(wrapper, 'Nothing found. Try other words or another topic.');
    expect(wrapper.get('.news__count').text()).toBe('0 articles found');
    expect(wrapper.findAll('option').map((o) => o.text())).toEqual(['All topics']);
    expect(wrapper.find('[role=alert]').exists()).toBe(false);
  });
});

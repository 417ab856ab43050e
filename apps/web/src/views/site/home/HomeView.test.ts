import type { ArticleSummary, EventSummary, ImpactReport, Schemas } from '@jaryk/client';
import { type VueWrapper, enableAutoUnmount } from '@vue/test-utils';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { json, problem } from '../../../testing/fake-fetch';
import { server } from '../../../testing/mock-api';
import { renderApp } from '../../../testing/render-app';
import { newImage, newVideo, serveSite } from '../../../testing/site-fixtures';

vi.mock('../../../api', () => import('../../../testing/mock-api'));

enableAutoUnmount(afterEach);

beforeEach(() => server.reset());

afterEach(() => {
  vi.useRealTimers();
  expect(server.unexpected()).toEqual([]);
  expect(server.unused()).toEqual([]);
});

type Slide = Schemas['SlideshowItem'];
type Figures = ImpactReport['totals'];

const SLIDES: Slide[] = [
  { type: 'article', slug: 'harassment', title: 'Harassment is violence', cover: newImage() },
  { type: 'event', slug: 'workshop-akman', title: 'Workshop in Akman', cover: null },
  { type: 'article', slug: 'maternal-schools', title: 'Maternal schools', cover: null },
];

function article(overrides: Partial<ArticleSummary> = {}): ArticleSummary {
  return {
    id: 1,
    slug: 'harassment',
    locale: 'en',
    availableLocales: ['en'],
    title: 'Harassment is a special kind of violence',
    summary: 'Six workshops in Bazar-Korgon district.',
    byline: null,
    publishedAt: '2022-03-07T13:05:00Z',
    featured: true,
    cover: null,
    tags: [],
    ...overrides,
  };
}

function event(overrides: Partial<EventSummary> = {}): EventSummary {
  return {
    id: 1,
    slug: 'workshop-akman',
    locale: 'en',
    availableLocales: ['en'],
    title: 'Workshop in Akman',
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
    participants: { women: 23, girls: 8, men: 0, boys: 0, unspecified: 0, total: 31 },
    cover: null,
    ...overrides,
  };
}

function figures(overrides: Partial<Figures> = {}): Figures {
  return {
    events: 6,
    eventsWithCounts: 1,
    women: 23,
    girls: 8,
    men: 0,
    boys: 0,
    unspecified: 0,
    total: 31,
    suppressed: [],
    ...overrides,
  };
}

function list<T>(data: T[]) {
  return json({ data, meta: { page: 1, pageSize: 3, total: data.length, locale: 'en' } });
}

interface HomeAnswers {
  news?: Response;
  upcoming?: Response;
  recent?: Response;
  impact?: Response;
  videos?: Response;
}

/** Queues the home page's own requests (the layout's come from renderApp). */
function serveHome(locale: string, answers: HomeAnswers = {}) {
  const l = `locale=${locale}`;
  server.on(
    'GET',
    `/api/v1/articles?${l}&page=1&pageSize=3&sort=-publishedAt`,
    answers.news ?? list([article()]),
  );
  server.on(
    'GET',
    `/api/v1/events?${l}&when=upcoming&page=1&pageSize=3`,
    answers.upcoming ?? list([]),
  );
  server.on(
    'GET',
    `/api/v1/events?${l}&when=past&page=1&pageSize=3`,
    answers.recent ?? list([event()]),
  );
  server.on(
    'GET',
    `/api/v1/stats/impact?${l}&groupBy=none`,
    answers.impact ??
      json({
        data: [],
        totals: figures(),
        meta: { groupBy: 'none', locale, minimumShownCount: 5, note: '' },
      }),
  );
  server.on(
    'GET',
    `/api/v1/media?kind=video&${l}&page=1&pageSize=2`,
    answers.videos ?? list([newVideo({ title: 'Maternal schools in Kenesh' })]),
  );
}

function renderHome(
  slides: Slide[] = SLIDES,
  answers: HomeAnswers = {},
  footerOrganizations: Schemas['OrganizationSummary'][] = [],
) {
  serveHome('en', answers);
  return renderApp('/en', {
    site: () => serveSite('en', { settings: { slideshow: slides, footerOrganizations } }),
  });
}

async function findText(wrapper: VueWrapper, text: string) {
  await vi.waitFor(() => expect(wrapper.text()).toContain(text));
}

/** Pretends the visitor's system asks for reduced motion (or not). */
function preferReducedMotion(reduce: boolean) {
  vi.spyOn(window, 'matchMedia').mockImplementation(
    (query: string) =>
      ({
        matches: reduce && query.includes('prefers-reduced-motion: reduce'),
        media: query,
        onchange: null,
        addEventListener: () => {},
        removeEventListener: () => {},
        addListener: () => {},
        removeListener: () => {},
        dispatchEvent: () => false,
      }) as MediaQueryList,
  );
}

function visibleSlide(wrapper: VueWrapper) {
  const slides = wrapper.findAll('[aria-roledescription=slide]');
  const shown = slides.filter((slide) => slide.attributes('hidden') === undefined);
  expect(shown).toHaveLength(1);
  return shown[0]!;
}

describe('home page', () => {
  it('shows the featured items, news, events, impact, videos and donors', async () => {
    preferReducedMotion(false);
    const org = (id: number, name: string, websiteUrl: string | null, logo = false) => ({
      id,
      slug: `org-${id}`,
      kind: 'donor' as const,
      locale: 'en' as const,
      availableLocales: ['en' as const],
      name,
      shortName: null,
      description: null,
      websiteUrl,
      logo: logo ? newImage({ alt: null }) : null,
    });
    const { wrapper } = await renderHome(SLIDES, {}, [
      org(7, 'Bread for the World', 'https://www.brot-fuer-die-welt.de/', true),
      org(8, 'Australian Aid', null),
      org(9, 'Bad link', 'javascript:alert(1)'),
    ]);

    await findText(wrapper, 'For the better life!');
    expect(wrapper.get('h1').text()).toBe('Eraiym Women’s Public Union');
    expect(document.title).toBe('Home — Jaryk');

    const carousel = wrapper.get('[aria-roledescription=carousel]');
    expect(carousel.attributes('aria-label')).toBe('Featured');
    expect(visibleSlide(wrapper).attributes('aria-label')).toBe('1 of 3');
    expect(visibleSlide(wrapper).get('a').attributes('href')).toBe('/en/news/harassment');
    expect(visibleSlide(wrapper).get('img').attributes('loading')).toBe('eager');

    await findText(wrapper, 'Six workshops in Bazar-Korgon district.');
    const headings = wrapper.findAll('main h2').map((h) => h.text());
    expect(headings).toEqual([
      'Latest news',
      'Upcoming events',
      'Recent events',
      'Our work in numbers',
      'Videos',
      'Donors and partners',
    ]);

    const news = wrapper.get('[aria-labelledby=home-news]');
    expect(news.get('h3 a').attributes('href')).toBe('/en/news/harassment');

    await findText(wrapper, 'No upcoming events at the moment.');
    const recent = wrapper.get('[aria-labelledby=home-recent]');
    expect(recent.get('h3 a').attributes('href')).toBe('/en/events/workshop-akman');

    await findText(wrapper, 'in 6 events');
    const impact = wrapper.get('[aria-labelledby=home-impact]');
    expect(impact.get('.impact__total').text()).toContain('31 participants');
    expect(impact.findAll('.impact__group').map((g) => g.text())).toEqual(['Women23', 'Girls8']);

    await findText(wrapper, 'Maternal schools in Kenesh');
    expect(wrapper.find('iframe').exists()).toBe(false);

    const donors = wrapper.get('main .orgs');
    const [bread, australia, bad] = donors.findAll('li');
    expect(bread!.get('a').attributes('href')).toBe('https://www.brot-fuer-die-welt.de/');
    expect(bread!.get('img').attributes('alt')).toBe('Bread for the World');
    expect(australia!.find('a').exists()).toBe(false);
    expect(australia!.text()).toBe('Australian Aid');
    expect(bad!.find('a').exists()).toBe(false);
    // The footer does not repeat the strip on the home page.
    expect(wrapper.find('footer .orgs').exists()).toBe(false);
    expect(wrapper.get('footer').text()).toContain('Eraiym Women’s Public Union');
  });

  it('says "fewer than 5" for withheld figures', async () => {
    preferReducedMotion(false);
    const { wrapper } = await renderHome([], {
      impact: json({
        data: [],
        totals: figures({ women: 12, girls: null, men: null, total: 15, suppressed: ['girls'] }),
        meta: { groupBy: 'none', locale: 'en', minimumShownCount: 5, note: '' },
      }),
    });

    await findText(wrapper, 'in 6 events');
    expect(wrapper.findAll('.impact__group').map((g) => g.text())).toEqual([
      'Women12',
      'Girlsfewer than 5',
      'Menfewer than 5',
    ]);
    expect(wrapper.find('[aria-roledescription=carousel]').exists()).toBe(false);
  });

  it('advances by itself, pauses on hover and focus, and stops with its button', async () => {
    vi.useFakeTimers({ toFake: ['setInterval', 'clearInterval'] });
    preferReducedMotion(false);
    const { wrapper } = await renderHome();
    await findText(wrapper, 'Harassment is violence');

    const carousel = wrapper.get('[aria-roledescription=carousel]');
    const rotation = carousel.get('button');
    const slides = wrapper.get('#slideshow-slides');
    expect(rotation.attributes('aria-label')).toBe('Stop the slideshow');
    // Moving by itself: not a live region, so automatic changes are not announced.
    expect(slides.attributes('aria-live')).toBe('off');

    vi.advanceTimersByTime(7000);
    await wrapper.vm.$nextTick();
    expect(visibleSlide(wrapper).attributes('aria-label')).toBe('2 of 3');
    expect(visibleSlide(wrapper).text()).toContain('Workshop in Akman');

    // The pointer over it holds it still, and makes it a live region.
    await carousel.trigger('mouseenter');
    expect(slides.attributes('aria-live')).toBe('polite');
    vi.advanceTimersByTime(20000);
    await wrapper.vm.$nextTick();
    expect(visibleSlide(wrapper).attributes('aria-label')).toBe('2 of 3');
    await carousel.trigger('mouseleave');

    // Focus on the stop button itself does not hold it (pressing it must work at once)…
    await rotation.trigger('focusin');
    expect(slides.attributes('aria-live')).toBe('off');
    // …but keyboard focus anywhere else inside it does.
    await carousel.trigger('focusin');
    vi.advanceTimersByTime(20000);
    await wrapper.vm.$nextTick();
    expect(visibleSlide(wrapper).attributes('aria-label')).toBe('2 of 3');
    await carousel.trigger('focusout', { relatedTarget: null });
    expect(slides.attributes('aria-live')).toBe('off');

    await rotation.trigger('click');
    expect(rotation.attributes('aria-label')).toBe('Start the slideshow');
    expect(slides.attributes('aria-live')).toBe('polite');
    vi.advanceTimersByTime(30000);
    await wrapper.vm.$nextTick();
    expect(visibleSlide(wrapper).attributes('aria-label')).toBe('2 of 3');

    const [, previous, next] = carousel.findAll('button');
    expect(previous!.attributes('aria-label')).toBe('Previous slide');
    await next!.trigger('click');
    expect(visibleSlide(wrapper).attributes('aria-label')).toBe('3 of 3');
    await next!.trigger('click');
    expect(visibleSlide(wrapper).attributes('aria-label')).toBe('1 of 3');
    await previous!.trigger('click');
    expect(visibleSlide(wrapper).text()).toContain('Maternal schools');
    expect(visibleSlide(wrapper).get('a').attributes('href')).toBe('/en/news/maternal-schools');
  });

  it('never moves by itself for visitors who prefer reduced motion', async () => {
    vi.useFakeTimers({ toFake: ['setInterval', 'clearInterval'] });
    preferReducedMotion(true);
    const { wrapper } = await renderHome();
    await findText(wrapper, 'Harassment is violence');

    const carousel = wrapper.get('[aria-roledescription=carousel]');
    expect(carousel.get('button').attributes('aria-label')).toBe('Start the slideshow');
    expect(wrapper.get('#slideshow-slides').attributes('aria-live')).toBe('polite');
    vi.advanceTimersByTime(60000);
    await wrapper.vm.$nextTick();
    expect(visibleSlide(wrapper).attributes('aria-label')).toBe('1 of 3');

    // The buttons still work.
    await carousel.findAll('button')[2]!.trigger('click');
    expect(visibleSlide(wrapper).attributes('aria-label')).toBe('2 of 3');
  });

  it('keeps the rest of the page when one part fails, and retries that part', async () => {
    preferReducedMotion(false);
    const { wrapper } = await renderHome([], {
      upcoming: problem(503, 'Service Unavailable'),
      videos: list([]),
    });

    await findText(wrapper, 'The server is having trouble right now.');
    await findText(wrapper, 'Harassment is a special kind of violence');
    server.on(
      'GET',
      '/api/v1/events?locale=en&when=upcoming&page=1&pageSize=3',
      list([event({ id: 2, title: 'Training in Mady', startsAt: '2030-05-01T04:00:00Z' })]),
    );
    const upcoming = wrapper.get('[aria-labelledby=home-upcoming]');
    await upcoming.get('[role=alert] button').trigger('click');

    await findText(wrapper, 'Training in Mady');
    expect(wrapper.find('[role=alert]').exists()).toBe(false);
    // No videos: no empty videos section.
    expect(wrapper.find('[aria-labelledby=home-videos]').exists()).toBe(false);
  });
});

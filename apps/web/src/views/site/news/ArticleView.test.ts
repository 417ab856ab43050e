import type { Article } from '@jaryk/client';
import { type VueWrapper, enableAutoUnmount, flushPromises } from '@vue/test-utils';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { json, problem } from '../../../testing/fake-fetch';
import { server } from '../../../testing/mock-api';
import { renderApp } from '../../../testing/render-app';
import { newImage, newVideo } from '../../../testing/site-fixtures';

vi.mock('../../../api', () => import('../../../testing/mock-api'));

enableAutoUnmount(afterEach);

beforeEach(() => server.reset());

afterEach(() => {
  vi.unstubAllGlobals();
  expect(server.unexpected()).toEqual([]);
  expect(server.unused()).toEqual([]);
});

function newArticle(overrides: Partial<Article> = {}): Article {
  return {
    id: 1,
    slug: 'harassment-is-a-special-kind-of-violence',
    locale: 'en',
    availableLocales: ['en'],
    title: 'Harassment is a special kind of violence',
    summary: 'A series of six workshops.',
    byline: 'Baktykan Azhymamatova, Osh oblast',
    // 21:30 UTC on 6 March is 7 March in Bishkek (UTC+6).
    publishedAt: '2022-03-06T21:30:00Z',
    featured: true,
    cover: null,
    tags: [],
    body: '<p>The first workshop was conducted for Eraiym’s staff.</p>',
    seoTitle: null,
    seoDescription: null,
    updatedAt: '2022-03-07T00:00:00Z',
    slugs: { en: 'harassment-is-a-special-kind-of-violence' },
    gallery: [],
    events: [],
    author: null,
    projects: [],
    groups: [],
    ...overrides,
  };
}

function serveArticle(locale: string, slug: string, ...answers: Response[]) {
  server.on('GET', `/api/v1/articles/${encodeURIComponent(slug)}?locale=${locale}`, ...answers);
}

/** A navigator with these properties (the clipboard, the share sheet) over the real one. */
function stubNavigator(properties: Record<string, unknown>) {
  const descriptors = Object.fromEntries(
    Object.entries(properties).map(([key, value]) => [key, { value, configurable: true }]),
  );
  vi.stubGlobal('navigator', Object.create(navigator, descriptors));
}

async function findText(wrapper: VueWrapper, text: string) {
  await vi.waitFor(() => expect(wrapper.text()).toContain(text));
}

const SLUG = 'harassment-is-a-special-kind-of-violence';

describe('article page', () => {
  it('shows the article with its byline, date in Bishkek, body, events and topics', async () => {
    serveArticle(
      'en',
      SLUG,
      json({
        data: newArticle({
          events: [
            {
              slug: 'workshop-2',
              title: 'Workshop in Akman',
              startsAt: null,
              placeName: 'Akman',
              seriesPosition: 2,
            },
            {
              slug: 'workshop-1',
              title: 'Workshop for the staff',
              startsAt: '2022-02-10T04:00:00Z',
              placeName: 'Bazar-Korgon',
              seriesPosition: 1,
            },
          ],
          tags: [{ slug: 'harassment', name: 'Harassment' }],
        }),
      }),
    );

    const { wrapper } = await renderApp(`/en/news/${SLUG}`);
    expect(wrapper.get('[role=status]').text()).toBe('Loading the article…');

    await findText(wrapper, 'The first workshop was conducted');
    const article = wrapper.get('article');
    expect(article.attributes('lang')).toBe('en');
    expect(article.get('h1').text()).toBe('Harassment is a special kind of violence');
    expect(article.get('.article__meta').text()).toBe(
      'By Baktykan Azhymamatova, Osh oblast · Published March 7, 2022',
    );
    expect(article.get('.article__meta time').attributes('datetime')).toBe('2022-03-06T21:30:00Z');
    expect(article.get('.prose').html()).toContain(
      '<p>The first workshop was conducted for Eraiym’s staff.</p>',
    );
    expect(article.find('.fallback-note').exists()).toBe(false);

    const events = article.get('[aria-labelledby=article-events]');
    expect(events.get('h2').text()).toBe('Events this article reports on');
    expect(
      events.findAll('li').map((li) => [li.get('a').text(), li.get('.article__event-meta').text()]),
    ).toEqual([
      ['Workshop for the staff', 'February 10, 2022 · Bazar-Korgon'],
      ['Workshop in Akman', 'date not given · Akman'],
    ]);
    expect(events.get('a').attributes('href')).toBe('/en/events/workshop-1');

    const tag = article.get('[aria-labelledby=article-tags] a');
    expect(tag.text()).toBe('Harassment');
    expect(tag.attributes('href')).toBe('/en/news?tag=harassment');

    await vi.waitFor(() =>
      expect(document.title).toBe('Harassment is a special kind of violence — Jaryk'),
    );
  });

  it('splits the byline into name and region or role, and links the groups and projects', async () => {
    serveArticle(
      'en',
      SLUG,
      json({
        data: newArticle({
          author: {
            name: 'Baktykan Azhymamatova',
            role: null,
            place: { slug: 'osh-oblast', name: 'Osh oblast' },
          },
          groups: [
            {
              slug: 'ak-tilek-seydikum',
              kind: 'self_help_group',
              name: 'Ak-Tilek',
              placeName: 'Seydikum',
            },
          ],
          projects: [
            {
              slug: 'capacity-building-of-womens-csos',
              kind: 'project',
              title: 'Capacity building',
            },
          ],
        }),
      }),
    );
    const { wrapper } = await renderApp(`/en/news/${SLUG}`);
    await findText(wrapper, 'The first workshop was conducted');

    expect(wrapper.get('.article__author').text()).toBe('Baktykan Azhymamatova');
    expect(wrapper.get('.article__author-about').text()).toBe('Osh oblast');
    expect(wrapper.get('.article__byline').text().replace(/\s+/g, ' ')).toBe(
      'By Baktykan Azhymamatova, Osh oblast',
    );
    expect(wrapper.get('a[href="/en/groups/ak-tilek-seydikum"]').text()).toBe('Ak-Tilek');
    expect(wrapper.get('a[href="/en/projects/capacity-building-of-womens-csos"]').text()).toBe(
      'Capacity building',
    );
    wrapper.unmount();

    // A role instead of a region; no name: the printed byline as it is.
    serveArticle(
      'en',
      SLUG,
      json({ data: newArticle({ author: { name: 'Aida K.', role: 'Editor', place: null } }) }),
    );
    const withRole = await renderApp(`/en/news/${SLUG}`);
    await findText(withRole.wrapper, 'The first workshop was conducted');
    expect(withRole.wrapper.get('.article__byline').text().replace(/\s+/g, ' ')).toBe(
      'By Aida K., Editor',
    );
    withRole.wrapper.unmount();

    serveArticle(
      'en',
      SLUG,
      json({ data: newArticle({ author: { name: null, role: 'Editor', place: null } }) }),
    );
    const printed = await renderApp(`/en/news/${SLUG}`);
    await findText(printed.wrapper, 'The first workshop was conducted');
    expect(printed.wrapper.get('.article__byline').text().replace(/\s+/g, ' ')).toBe(
      'By Baktykan Azhymamatova, Osh oblast',
    );
    expect(printed.wrapper.find('.article__author').exists()).toBe(false);
  });

  it('shows the cover at once and the gallery lazily, with sizes and alt text', async () => {
    const cover = newImage({ alt: 'Women at a workshop', caption: 'Akman', credit: 'Eraiym' });
    const photo = newImage({ alt: 'A greenhouse in Seydikum' });
    serveArticle(
      'en',
      SLUG,
      json({ data: newArticle({ cover, gallery: [photo, newVideo({ title: 'A film' })] }) }),
    );

    const { wrapper } = await renderApp(`/en/news/${SLUG}`);
    await findText(wrapper, 'The first workshop');

    const coverImg = wrapper.get('.article__cover img');
    expect(coverImg.attributes()).toMatchObject({
      alt: 'Women at a workshop',
      width: '1600',
      height: '900',
      loading: 'eager',
      src: `/media/${cover.id}/960.jpg`,
      srcset: `/media/${cover.id}/480.jpg 480w, /media/${cover.id}/960.jpg 960w`,
      sizes: '(min-width: 50rem) 48rem, 100vw',
    });
    expect(wrapper.get('.article__cover source').attributes()).toMatchObject({
      type: 'image/webp',
      srcset: `/media/${cover.id}/480.webp 480w, /media/${cover.id}/960.webp 960w`,
    });
    expect(wrapper.get('.article__cover figcaption').text()).toBe('Akman © Eraiym');

    const gallery = wrapper.get('.gallery');
    expect(gallery.get('h2').text()).toBe('Photos');
    const galleryImg = gallery.get('img');
    expect(galleryImg.attributes('loading')).toBe('lazy');
    expect(galleryImg.attributes('alt')).toBe('A greenhouse in Seydikum');
    expect(gallery.get('button').attributes('aria-label')).toBe('Play video: A film');
    expect(gallery.find('iframe').exists()).toBe(false);
  });

  it('says so when the text is in another language than the one asked for', async () => {
    serveArticle(
      'en',
      'semiinar',
      json({
        data: newArticle({
          slug: 'semiinar',
          locale: 'ru',
          availableLocales: ['ru'],
          title: 'Семинар',
          byline: null,
        }),
      }),
    );

    const { wrapper } = await renderApp('/en/news/semiinar');

    await findText(wrapper, 'Семинар');
    expect(wrapper.get('article').attributes('lang')).toBe('ru');
    const note = wrapper.get('.fallback-note');
    expect(note.text()).toBe('This text is available in Russian.');
    expect(note.attributes('lang')).toBe('en');
    expect(wrapper.get('.article__meta').text()).toBe('Published March 7, 2022');
  });

  it('puts the served translation’s slug in the address without loading again', async () => {
    serveArticle(
      'ru',
      SLUG,
      json({ data: newArticle({ slug: 'harassment-ru', locale: 'ru', title: 'Харассмент' }) }),
    );

    const { wrapper, router } = await renderApp(`/ru/news/${SLUG}`);

    await findText(wrapper, 'Харассмент');
    await vi.waitFor(() =>
      expect(router.currentRoute.value.fullPath).toBe('/ru/news/harassment-ru'),
    );
    await flushPromises();
    expect(wrapper.get('h1').text()).toBe('Харассмент');
    // afterEach: exactly one request for the article.
  });

  it('offers share links that send nothing until followed, and copies the link', async () => {
    const writeText = vi.fn().mockResolvedValue(undefined);
    stubNavigator({ clipboard: { writeText } });
    serveArticle('en', SLUG, json({ data: newArticle({ title: 'Rights & “harassment”' }) }));

    const { wrapper } = await renderApp(`/en/news/${SLUG}`);
    await findText(wrapper, 'The first workshop');

    const url = `${window.location.origin}/en/news/${SLUG}`;
    const u = encodeURIComponent(url);
    const title = encodeURIComponent('Rights & “harassment”');
    const share = wrapper.get('section.share');
    expect(share.get('h2').text()).toBe('Share');
    const links = share.findAll('a');
    expect(links.map((a) => [a.text(), a.attributes('href')])).toEqual([
      ['Facebook', `https://www.facebook.com/sharer/sharer.php?u=${u}`],
      ['Telegram', `https://t.me/share/url?url=${u}&text=${title}`],
      ['WhatsApp', `https://wa.me/?text=${encodeURIComponent(`Rights & “harassment” ${url}`)}`],
      ['VK', `https://vk.com/share.php?url=${u}&title=${title}`],
      ['X', `https://x.com/intent/tweet?url=${u}&text=${title}`],
      [
        'E-mail',
        `mailto:?subject=${title}&body=${encodeURIComponent(`Rights & “harassment”\n${url}`)}`,
      ],
    ]);
    expect(links[0]!.attributes()).toMatchObject({
      target: '_blank',
      rel: 'noopener',
      'aria-label': 'Share on Facebook (opens in a new tab)',
    });
    expect(links[1]!.attributes('href')).not.toContain(' ');
    expect(links[1]!.attributes('href')).not.toContain('&harassment');
    // No Web Share API in this browser: no button for it.
    expect(share.findAll('button').map((b) => b.text())).toEqual(['Copy link']);

    await share.get('button').trigger('click');
    await flushPromises();
    expect(writeText).toHaveBeenCalledWith(url);
    expect(share.get('[role=status]').text()).toBe('Link copied.');
  });

  it('shows the link to copy by hand when the clipboard is refused, and the share sheet where there is one', async () => {
    const shareSheet = vi.fn().mockResolvedValue(undefined);
    const writeText = vi.fn().mockRejectedValue(new DOMException('Denied', 'NotAllowedError'));
    stubNavigator({ clipboard: { writeText }, share: shareSheet });
    serveArticle('en', SLUG, json({ data: newArticle() }));

    const { wrapper } = await renderApp(`/en/news/${SLUG}`);
    await findText(wrapper, 'The first workshop');
    const url = `${window.location.origin}/en/news/${SLUG}`;

    const share = wrapper.get('section.share');
    expect(share.findAll('button').map((b) => b.text())).toEqual(['Share…', 'Copy link']);
    await share.findAll('button')[0]!.trigger('click');
    expect(shareSheet).toHaveBeenCalledWith({
      title: 'Harassment is a special kind of violence',
      url,
    });

    await share.findAll('button')[1]!.trigger('click');
    await flushPromises();
    expect(share.get('[role=status]').text()).toBe('Could not copy. Select the link and copy it:');
    expect((share.get('input').element as HTMLInputElement).value).toBe(url);
  });

  it('has a friendly page for an unknown article', async () => {
    serveArticle('en', 'no-such-article', problem(404, 'Not Found'));

    const { wrapper } = await renderApp('/en/news/no-such-article');

    await findText(wrapper, 'Article not found');
    expect(wrapper.get('h1').text()).toBe('Article not found');
    expect(wrapper.find('[role=alert]').exists()).toBe(false);
    expect(wrapper.get('main a').attributes('href')).toBe('/en/news');
    await vi.waitFor(() => expect(document.title).toBe('Article not found — Jaryk'));
  });

  it('explains a failure and loads again on retry', async () => {
    serveArticle(
      'en',
      SLUG,
      problem(503, 'Service Unavailable'),
      json({ data: newArticle({ title: 'Back again' }) }),
    );

    const { wrapper } = await renderApp(`/en/news/${SLUG}`);

    await findText(wrapper, 'The server is having trouble right now.');
    await wrapper.get('[role=alert] button').trigger('click');
    await findText(wrapper, 'Back again');
  });
});

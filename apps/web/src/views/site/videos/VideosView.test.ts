import { type VueWrapper, enableAutoUnmount } from '@vue/test-utils';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { json } from '../../../testing/fake-fetch';
import { server } from '../../../testing/mock-api';
import { renderApp } from '../../../testing/render-app';
import { newImage, newVideo, serveSite } from '../../../testing/site-fixtures';

vi.mock('../../../api', () => import('../../../testing/mock-api'));

enableAutoUnmount(afterEach);

beforeEach(() => server.reset());

afterEach(() => {
  expect(server.unexpected()).toEqual([]);
  expect(server.unused()).toEqual([]);
});

function videosUrl(locale: string, page = 1) {
  return `/api/v1/media?kind=video&locale=${locale}&page=${page}&pageSize=12`;
}

function videoPage(videos: ReturnType<typeof newVideo>[], total = videos.length, page = 1) {
  return json({ data: videos, meta: { page, pageSize: 12, total, locale: 'en' } });
}

async function findText(wrapper: VueWrapper, text: string) {
  await vi.waitFor(() => expect(wrapper.text()).toContain(text));
}

/** Every address the page would make the browser load by itself (img, iframe, source…). */
function loadedAddresses(wrapper: VueWrapper): string[] {
  return wrapper
    .findAll('[src], [srcset]')
    .flatMap((el) => [el.attributes('src'), el.attributes('srcset')])
    .filter((value): value is string => Boolean(value));
}

describe('videos page', () => {
  it('loads nothing from YouTube until the visitor presses play', async () => {
    const poster = newImage();
    server.on(
      'GET',
      videosUrl('en'),
      videoPage([
        newVideo({
          title: 'Self-help groups in Bazar-Korgon',
          youtubeId: 'abcDEF12345',
          caption: 'Filmed in 2021.',
          variants: poster.variants,
        }),
        newVideo({ title: 'Maternal schools', youtubeId: 'zyx_-987654' }),
      ]),
    );

    const { wrapper } = await renderApp('/en/videos');
    expect(wrapper.get('h1').text()).toBe('Videos');
    await findText(wrapper, 'Self-help groups in Bazar-Korgon');

    expect(wrapper.find('iframe').exists()).toBe(false);
    for (const address of loadedAddresses(wrapper)) expect(address).toMatch(/^\/media\//);

    const [first] = wrapper.findAll('figure.video');
    const play = first!.get('button');
    expect(play.attributes('aria-label')).toBe('Play video: Self-help groups in Bazar-Korgon');
    expect(play.text()).toBe('Self-help groups in Bazar-Korgon');
    expect(first!.get('img').attributes('alt')).toBe('');
    const link = first!.get('figcaption a');
    expect(link.attributes('href')).toBe('https://www.youtube.com/watch?v=abcDEF12345');
    expect(link.attributes('rel')).toBe('noopener');
    expect(link.text()).toBe('Watch on YouTube (opens in a new tab)');
    expect(first!.get('figcaption').text()).toContain('Filmed in 2021.');

    await play.trigger('click');

    const frame = first!.get('iframe');
    expect(frame.attributes('src')).toBe(
      'https://www.youtube-nocookie.com/embed/abcDEF12345?autoplay=1',
    );
    expect(frame.attributes('title')).toBe('Self-help groups in Bazar-Korgon');
    expect(document.activeElement).toBe(frame.element);
    // The other video is still only a poster.
    expect(wrapper.findAll('iframe')).toHaveLength(1);
  });

  it('never embeds an id that is not a YouTube id', async () => {
    server.on(
      'GET',
      videosUrl('en'),
      videoPage([newVideo({ title: 'Broken', youtubeId: 'x"><script>' })]),
    );

    const { wrapper } = await renderApp('/en/videos');

    await vi.waitFor(() => expect(wrapper.find('[role=status]').exists()).toBe(false));
    expect(wrapper.find('figure.video').exists()).toBe(false);
  });

  it('pages through the videos and has an empty state', async () => {
    server.on('GET', videosUrl('ky', 2), videoPage([newVideo({ title: 'Энелер мектеби' })], 13, 2));
    server.on('GET', videosUrl('en'), videoPage([]));

    const { wrapper, router } = await renderApp('/ky/videos?page=2');
    await findText(wrapper, 'Энелер мектеби');
    expect(wrapper.get('nav[aria-label=Барактар]').text()).toContain('2-барак, бардыгы 2');

    serveSite('en');
    await router.push('/en/videos');
    await findText(wrapper, 'No videos yet.');
  });

  it('explains a failure and loads again on retry', async () => {
    server.on(
      'GET',
      videosUrl('en'),
      new TypeError('Failed to fetch'),
      videoPage([newVideo({ title: 'Back' })]),
    );

    const { wrapper } = await renderApp('/en/videos');

    await findText(wrapper, 'Could not reach the server.');
    await wrapper.get('[role=alert] button').trigger('click');
    await findText(wrapper, 'Back');
  });
});

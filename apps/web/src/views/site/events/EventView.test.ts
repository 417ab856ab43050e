import { type VueWrapper, enableAutoUnmount } from '@vue/test-utils';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { json, problem } from '../../../testing/fake-fetch';
import { server } from '../../../testing/mock-api';
import { renderApp } from '../../../testing/render-app';
import { SEYDIKUM_GROUPS, secondWorkshop } from './test-fixtures';

vi.mock('../../../api', () => import('../../../testing/mock-api'));

enableAutoUnmount(afterEach);

beforeEach(() => server.reset());

afterEach(() => {
  expect(server.unexpected()).toEqual([]);
  expect(server.unused()).toEqual([]);
});

const SLUG = 'harassment-workshop-2-self-help-groups-akman';

function eventUrl(locale: string, slug = SLUG) {
  return `/api/v1/events/${slug}?locale=${locale}`;
}

async function findText(wrapper: VueWrapper, text: string) {
  await vi.waitFor(() => expect(wrapper.text()).toContain(text));
}

describe('event page', () => {
  it('shows the participants of the second workshop by group, with the total', async () => {
    server.on('GET', eventUrl('en'), json({ data: secondWorkshop() }));

    const { wrapper } = await renderApp(`/en/events/${SLUG}`);
    await findText(wrapper, 'Workshop on harassment for self-help groups in Akman rural district');

    const counts = wrapper.get('dl[aria-label="Participants by group"]');
    const rows = counts.findAll('div').map((row) => [row.get('dt').text(), row.get('dd').text()]);
    expect(rows).toEqual([
      ['Women', '23'],
      ['Girls', '8'],
      ['Total', '31'],
    ]);
    expect(wrapper.get('h1').text()).toBe(
      'Workshop on harassment for self-help groups in Akman rural district',
    );
    expect(document.title).toBe(
      'Workshop on harassment for self-help groups in Akman rural district — Jaryk',
    );
  });

  it('says when the date is not given, and shows venue, audience and facilitator', async () => {
    server.on('GET', eventUrl('en'), json({ data: secondWorkshop() }));

    const { wrapper } = await renderApp(`/en/events/${SLUG}`);
    await findText(wrapper, 'Secondary school Toktogul No. 5');

    const facts = Object.fromEntries(
      wrapper
        .get('.event__facts')
        .findAll('div')
        .map((row) => [row.get('dt').text(), row.get('dd').text()]),
    );
    expect(facts).toMatchObject({
      'Date and time': 'date not given',
      Format: 'Workshop',
      Venue: 'Secondary school Toktogul No. 5',
      Audience:
        'Members of the self-help groups of the village: an intergenerational group of women',
      Facilitator: 'Altynai Sabyrbekova',
    });
  });

  it('writes the date and time in Asia/Bishkek', async () => {
    server.on(
      'GET',
      eventUrl('en'),
      json({
        // 04:00 to 08:00 UTC is 10:00 to 14:00 in Bishkek.
        data: secondWorkshop({ startsAt: '2026-03-04T04:00:00Z', endsAt: '2026-03-04T08:00:00Z' }),
      }),
    );

    const { wrapper } = await renderApp(`/en/events/${SLUG}`);
    await findText(wrapper, 'March 4, 2026');

    const time = wrapper.get('.event__facts time');
    expect(time.attributes('datetime')).toBe('2026-03-04T04:00:00Z');
    expect(time.text()).toMatch(/March 4, 2026.*10:00\s?AM\s?–\s?2:00\s?PM/);
  });

  it('shows the place as breadcrumbs linking to the events there', async () => {
    server.on('GET', eventUrl('en'), json({ data: secondWorkshop() }));

    const { wrapper } = await renderApp(`/en/events/${SLUG}`);
    await findText(wrapper, 'Akman rural district');

    const crumbs = wrapper.get('nav[aria-label="Location"]');
    expect(crumbs.findAll('li').map((li) => li.text())).toEqual([
      'Kyrgyzstan',
      'Jalal-Abad oblast',
      'Bazar-Korgon district',
      'Akman rural district',
    ]);
    const links = crumbs.findAll('a');
    expect(links.map((a) => a.attributes('href'))).toEqual([
      '/en/events',
      '/en/events?region=jalal-abad-oblast',
      '/en/events?region=jalal-abad-oblast&district=bazar-korgon-district',
    ]);
  });

  it('lists the partners with their roles', async () => {
    server.on('GET', eventUrl('en'), json({ data: secondWorkshop() }));

    const { wrapper } = await renderApp(`/en/events/${SLUG}`);
    await findText(wrapper, 'Center for Gender Information');

    const partners = wrapper.findAll('.partners li').map((li) => ({
      name: li.get('.partners__name').text(),
      role: li.get('.partners__role').text(),
      site: li.find('a').exists() ? li.get('a').attributes('href') : null,
    }));
    expect(partners).toEqual([
      { name: 'Eraiym Women’s Public Union', role: 'Organizer', site: null },
      {
        name: 'Center for Gender Information',
        role: 'Co-organizer',
        site: 'https://example.org/cgi',
      },
    ]);
  });

  it('links to the previous and next workshops of the series', async () => {
    server.on('GET', eventUrl('en'), json({ data: secondWorkshop() }));
    server.on(
      'GET',
      eventUrl('en', 'harassment-workshop-3-akman-rural-administration'),
      json({
        data: secondWorkshop({
          slug: 'harassment-workshop-3-akman-rural-administration',
          title: 'Workshop on harassment for the Akman rural administration',
          participants: {
            women: null,
            girls: null,
            men: null,
            boys: null,
            unspecified: null,
            total: null,
          },
          nextInSeries: null,
        }),
      }),
    );

    const { wrapper, router } = await renderApp(`/en/events/${SLUG}`);
    await findText(wrapper, 'Event series');

    expect(wrapper.text()).toContain(
      'Event 2 of the series “Workshops on harassment in Bazar-Korgon district”',
    );
    const nav = wrapper.get('nav[aria-label="Events of the series"]');
    expect(nav.get('a[rel=prev]').attributes('href')).toBe(
      '/en/events/harassment-workshop-1-eraiym-staff-bazar-korgon',
    );
    expect(nav.get('a[rel=prev]').text().replace(/\s+/g, ' ')).toBe(
      'Previous Workshop on harassment for Eraiym’s staff',
    );
    expect(wrapper.get('a[href="/en/events?series=harassment-workshops-2022"]').text()).toBe(
      'All events of the series',
    );

    await nav.get('a[rel=next]').trigger('click');
    await findText(wrapper, 'The number of participants was not reported.');
    expect(router.currentRoute.value.fullPath).toBe(
      '/en/events/harassment-workshop-3-akman-rural-administration',
    );
    expect(wrapper.find('nav[aria-label="Events of the series"] a[rel=next]').exists()).toBe(false);
  });

  it('links to the projects and the articles of the event', async () => {
    server.on('GET', eventUrl('en'), json({ data: secondWorkshop() }));

    const { wrapper } = await renderApp(`/en/events/${SLUG}`);
    await findText(wrapper, 'Ray of Light');

    expect(wrapper.get('a[href="/en/projects/ray-of-light"]').text()).toBe('Ray of Light');
    const article = wrapper.get('a[href="/en/news/harassment-is-a-special-kind-of-violence"]');
    expect(article.text()).toBe('Harassment is a special kind of violence');
  });

  it('links to the community groups that took part', async () => {
    server.on('GET', eventUrl('en'), json({ data: secondWorkshop({ groups: SEYDIKUM_GROUPS }) }));

    const { wrapper } = await renderApp(`/en/events/${SLUG}`);
    await findText(wrapper, 'Groups that took part');

    const section = wrapper.get('section[aria-labelledby="event-groups"]');
    expect(section.get('h2').text()).toBe('Groups that took part');
    const links = section.findAll('a');
    expect(links.map((a) => [a.text(), a.attributes('href')])).toEqual([
      ['Ak-Tilek', '/en/groups/ak-tilek-seydikum'],
      ['Dostuk', '/en/groups/dostuk-seydikum'],
    ]);
    expect(section.text()).toContain('Self-help group · Seydikum');
  });

  it('has no groups section when no group took part', async () => {
    server.on('GET', eventUrl('en'), json({ data: secondWorkshop() }));

    const { wrapper } = await renderApp(`/en/events/${SLUG}`);
    await findText(wrapper, 'Ray of Light');

    expect(wrapper.find('#event-groups').exists()).toBe(false);
    expect(wrapper.text()).not.toContain('Groups that took part');
  });

  it('notes when the event is served in another language', async () => {
    server.on(
      'GET',
      eventUrl('ky'),
      json({ data: secondWorkshop({ locale: 'ru', title: 'Семинар в Акмане' }) }),
    );

    const { wrapper } = await renderApp(`/ky/events/${SLUG}`);
    await findText(wrapper, 'Семинар в Акмане');

    expect(wrapper.get('h1').attributes('lang')).toBe('ru');
    expect(wrapper.find('.fallback-note').exists()).toBe(true);
    // Kyrgyz labels around the Russian text.
    expect(wrapper.text()).toContain('Аялдар');
    expect(wrapper.text()).toContain('күнү көрсөтүлгөн эмес');
  });

  it('has a friendly page for an unknown event', async () => {
    server.on('GET', eventUrl('en', 'no-such-event'), problem(404, 'Not Found'));

    const { wrapper } = await renderApp('/en/events/no-such-event');
    await findText(wrapper, 'Event not found');

    expect(wrapper.get('h1').text()).toBe('Event not found');
    expect(wrapper.find('[role=alert]').exists()).toBe(false);
    expect(wrapper.get('.event-missing a[href="/en/events"]').text()).toBe('All events');
    expect(document.title).toBe('Event not found — Jaryk');
  });

  it('offers a retry when the server fails', async () => {
    server.on(
      'GET',
      eventUrl('en'),
      problem(503, 'Service Unavailable'),
      json({ data: secondWorkshop() }),
    );

    const { wrapper } = await renderApp(`/en/events/${SLUG}`);
    await findText(wrapper, 'The server is having trouble right now.');
    await wrapper.get('[role=alert] button').trigger('click');
    await findText(wrapper, 'Secondary school Toktogul No. 5');
  });
});

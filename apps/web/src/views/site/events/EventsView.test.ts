import type { EventSummary } from '@jaryk/client';
import { type VueWrapper, enableAutoUnmount, flushPromises } from '@vue/test-utils';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { problem } from '../../../testing/fake-fetch';
import { server } from '../../../testing/mock-api';
import { renderApp } from '../../../testing/render-app';
import type { EventsMapOptions } from './leaflet-map';
import type { EventMarker } from './map-markers';
import { districtRequest, filterOptionRequests, listAnswer, newEvent } from './test-fixtures';

vi.mock('../../../api', () => import('../../../testing/mock-api'));

// Leaflet needs a real layout: the map view is tested with a stand-in that records its calls.
const leaflet = vi.hoisted(() => ({
  options: [] as EventsMapOptions[],
  markers: [] as (readonly EventMarker[])[],
}));
vi.mock('./leaflet-map', () => ({
  createEventsMap: (_container: HTMLElement, options: EventsMapOptions) => {
    leaflet.options.push(options);
    return {
      setMarkers: (markers: readonly EventMarker[]) => leaflet.markers.push(markers),
      destroy: () => {},
    };
  },
}));

enableAutoUnmount(afterEach);

beforeEach(() => {
  server.reset();
  leaflet.options = [];
  leaflet.markers = [];
});

afterEach(() => {
  expect(server.unexpected()).toEqual([]);
  expect(server.unused()).toEqual([]);
});

const on = server.on.bind(server);

function eventsUrl(query: Record<string, string | number> = {}, locale = 'en') {
  const params = new URLSearchParams({ locale, page: '1', pageSize: '20' });
  for (const [key, value] of Object.entries(query)) params.set(key, String(value));
  return `/api/v1/events?${params}`;
}

async function findText(wrapper: VueWrapper, text: string) {
  await vi.waitFor(() => expect(wrapper.text()).toContain(text));
}

/** The form control whose <label> reads `text` (as a visitor or a screen reader finds it). */
function control(wrapper: VueWrapper, text: string) {
  const label = wrapper.findAll('label').find((l) => l.text() === text);
  if (!label) throw new Error(`No control labelled ${text}`);
  return wrapper.get<HTMLSelectElement>(`#${CSS.escape(label.attributes('for')!)}`);
}

const workshop = newEvent({
  title: 'Workshop in Kenesh',
  startsAt: '2026-03-04T21:30:00Z',
  place: { slug: 'kenesh', kind: 'settlement', name: 'Kenesh', path: [] },
  participants: { women: 20, girls: 5, men: null, boys: null, unspecified: null, total: 25 },
});

describe('events list', () => {
  it('shows event cards with date, place, format and participants', async () => {
    filterOptionRequests(on);
    on(
      'GET',
      eventsUrl(),
      listAnswer(
        [
          workshop,
          newEvent({ title: 'Training, date unknown', startsAt: null, format: 'training' }),
        ],
        {
          total: 2,
        },
      ),
    );

    const { wrapper } = await renderApp('/en/events');
    await findText(wrapper, 'Workshop in Kenesh');

    expect(wrapper.get('h1').text()).toBe('Events');
    expect(document.title).toBe('Events — Jaryk');
    const cards = wrapper.findAll('.event-card');
    expect(cards[0]!.get('h2 a').attributes('href')).toBe(`/en/events/${workshop.slug}`);
    // 21:30 UTC on 4 March is 5 March in Bishkek.
    expect(cards[0]!.text()).toContain('March 5, 2026');
    expect(cards[0]!.text()).toContain('Kenesh');
    expect(cards[0]!.text()).toContain('Workshop');
    expect(cards[0]!.text()).toContain('25 participants');
    expect(cards[1]!.text()).toContain('date not given');
    expect(cards[1]!.text()).toContain('Training');
    expect(wrapper.get('.results-toolbar__count').text()).toBe('2 events found');
  });

  it('writes the filters to the URL, and the back button undoes them', async () => {
    filterOptionRequests(on);
    on(
      'GET',
      eventsUrl(),
      listAnswer([workshop], { total: 1 }),
      listAnswer([workshop], { total: 1 }),
    );
    districtRequest(on);
    on('GET', eventsUrl({ place: 'jalal-abad-oblast' }), listAnswer([workshop]));
    on('GET', eventsUrl({ place: 'bazar-korgon-district' }), listAnswer([workshop]));
    on(
      'GET',
      eventsUrl({ place: 'bazar-korgon-district', format: 'workshop' }),
      listAnswer([workshop]),
      // Again after the back button.
      listAnswer([workshop]),
    );
    on(
      'GET',
      eventsUrl({ place: 'bazar-korgon-district', format: 'workshop', when: 'upcoming' }),
      listAnswer([], { total: 0 }),
    );
    on('GET', eventsUrl({ from: '2022-01-01' }), listAnswer([workshop]));
    on('GET', eventsUrl({ from: '2022-01-01', partner: 'eraiym' }), listAnswer([workshop]));
    on(
      'GET',
      eventsUrl({ from: '2022-01-01', partner: 'eraiym', project: 'ray-of-light' }),
      listAnswer([workshop]),
    );

    const { wrapper, router } = await renderApp('/en/events');
    await findText(wrapper, 'Workshop in Kenesh');
    const path = () => router.currentRoute.value.fullPath;

    expect(control(wrapper, 'District').element.disabled).toBe(true);
    await control(wrapper, 'Oblast').setValue('jalal-abad-oblast');
    await vi.waitFor(() => expect(path()).toBe('/en/events?region=jalal-abad-oblast'));
    await vi.waitFor(() => expect(control(wrapper, 'District').element.disabled).toBe(false));

    await control(wrapper, 'District').setValue('bazar-korgon-district');
    await vi.waitFor(() =>
      expect(path()).toBe('/en/events?region=jalal-abad-oblast&district=bazar-korgon-district'),
    );

    await control(wrapper, 'Format').setValue('workshop');
    await vi.waitFor(() => expect(path()).toContain('&format=workshop'));

    const upcoming = wrapper
      .findAll('input[type=radio]')
      .find((r) => r.element.parentElement?.textContent?.trim() === 'Upcoming');
    await upcoming!.setValue(true);
    await vi.waitFor(() =>
      expect(path()).toBe(
        '/en/events?region=jalal-abad-oblast&district=bazar-korgon-district&format=workshop&when=upcoming',
      ),
    );
    await findText(wrapper, 'No events match these filters.');
    expect(wrapper.get('.results-toolbar__count').text()).toBe('0 events found');

    // Back to the previous filters: the list follows the URL.
    router.back();
    await vi.waitFor(() => expect(path()).not.toContain('when=upcoming'));
    await findText(wrapper, 'Workshop in Kenesh');
    expect(control(wrapper, 'Format').element.value).toBe('workshop');

    await wrapper.get('button.filters__clear').trigger('click');
    await vi.waitFor(() => expect(path()).toBe('/en/events'));
    await findText(wrapper, 'Workshop in Kenesh');

    // The other filters, then a shared link with all of them.
    await control(wrapper, 'From').setValue('2022-01-01');
    await vi.waitFor(() => expect(path()).toBe('/en/events?from=2022-01-01'));
    await flushPromises();
    await control(wrapper, 'Partner').setValue('eraiym');
    await vi.waitFor(() => expect(path()).toBe('/en/events?from=2022-01-01&partner=eraiym'));
    await flushPromises();
    await control(wrapper, 'Project').setValue('ray-of-light');
    await vi.waitFor(() =>
      expect(path()).toBe('/en/events?from=2022-01-01&partner=eraiym&project=ray-of-light'),
    );
    await findText(wrapper, 'Workshop in Kenesh');
  });

  it('reads the filters back from a shared URL', async () => {
    filterOptionRequests(on);
    districtRequest(on);
    on(
      'GET',
      eventsUrl({
        place: 'bazar-korgon-district',
        from: '2022-01-01',
        to: '2022-12-31',
        partner: 'bread-for-the-world',
        project: 'ray-of-light',
        format: 'training',
        when: 'past',
        page: 2,
      }),
      listAnswer([workshop], { page: 2, total: 41 }),
    );

    const { wrapper } = await renderApp(
      '/en/events?region=jalal-abad-oblast&district=bazar-korgon-district&from=2022-01-01&to=2022-12-31&partner=bread-for-the-world&project=ray-of-light&format=training&when=past&page=2',
    );
    await findText(wrapper, 'Workshop in Kenesh');
    await vi.waitFor(() =>
      expect(control(wrapper, 'District').element.value).toBe('bazar-korgon-district'),
    );

    expect(control(wrapper, 'Oblast').element.value).toBe('jalal-abad-oblast');
    expect(control(wrapper, 'From').element.value).toBe('2022-01-01');
    expect(control(wrapper, 'To').element.value).toBe('2022-12-31');
    expect(control(wrapper, 'Partner').element.value).toBe('bread-for-the-world');
    expect(control(wrapper, 'Project').element.value).toBe('ray-of-light');
    expect(control(wrapper, 'Format').element.value).toBe('training');
    const checked = wrapper
      .findAll<HTMLInputElement>('input[type=radio]')
      .find((r) => r.element.checked);
    expect(checked!.element.value).toBe('past');
    expect(wrapper.get('.filters__count').text()).toBe('7 active');
    expect(wrapper.get('nav[aria-label=Pages]').text()).toContain('Page 2 of 3');
    // Paging keeps the filters.
    expect(wrapper.get('a[rel=next]').attributes('href')).toContain('format=training');
    expect(wrapper.get('a[rel=next]').attributes('href')).toContain('page=3');
  });

  it('lists a series in its own order, and offers all events again', async () => {
    filterOptionRequests(on);
    on(
      'GET',
      eventsUrl({ series: 'harassment-workshops-2022', sort: 'series' }),
      listAnswer([
        newEvent({
          title: 'Workshop 1',
          series: {
            slug: 'harassment-workshops-2022',
            title: 'Workshops on harassment',
            position: 1,
          },
        }),
      ]),
    );

    const { wrapper } = await renderApp('/en/events?series=harassment-workshops-2022');
    await findText(wrapper, 'Workshop 1');

    expect(wrapper.get('.events__series').text()).toContain(
      'Events of the series “Workshops on harassment”',
    );
    expect(wrapper.get('.events__series a').attributes('href')).toBe('/en/events');
  });

  it('explains a failure and loads again on retry', async () => {
    filterOptionRequests(on);
    on('GET', eventsUrl(), problem(500, 'Internal Server Error'), listAnswer([workshop]));

    const { wrapper } = await renderApp('/en/events');
    await findText(wrapper, 'The server is having trouble right now.');
    await wrapper.get('[role=alert] button').trigger('click');
    await findText(wrapper, 'Workshop in Kenesh');
  });
});

describe('events map', () => {
  const at = (
    latitude: number,
    longitude: number,
    name: string,
    extra: Partial<EventSummary> = {},
  ) =>
    newEvent({
      coordinates: { latitude, longitude },
      place: { slug: name.toLowerCase(), kind: 'settlement', name, path: [] },
      ...extra,
    });

  function mapUrl(page: number, query: Record<string, string> = {}) {
    const params = new URLSearchParams({
      locale: 'en',
      page: String(page),
      pageSize: '100',
      ...query,
    });
    return `/api/v1/events?${params}`;
  }

  it('opens from the "Map" button, keeping the filters, and asks for every page', async () => {
    filterOptionRequests(on);
    on('GET', eventsUrl({ format: 'workshop' }), listAnswer([workshop]));
    on(
      'GET',
      mapUrl(1, { format: 'workshop' }),
      listAnswer(
        [at(41.02, 72.7, 'Akman', { title: 'In Akman 1', participants: workshop.participants })],
        {
          pageSize: 100,
          total: 201,
        },
      ),
    );
    on(
      'GET',
      mapUrl(2, { format: 'workshop' }),
      listAnswer([at(41.02, 72.7, 'Akman', { title: 'In Akman 2', startsAt: null })], {
        page: 2,
        pageSize: 100,
        total: 201,
      }),
    );
    on(
      'GET',
      mapUrl(3, { format: 'workshop' }),
      listAnswer(
        [at(42.87, 74.57, 'Bishkek', { title: 'In Bishkek' }), newEvent({ title: 'Nowhere' })],
        {
          page: 3,
          pageSize: 100,
          total: 201,
        },
      ),
    );

    const { wrapper, router } = await renderApp('/en/events?format=workshop');
    await findText(wrapper, 'Workshop in Kenesh');

    const toggle = wrapper.get('[role=group][aria-label="Show as"]');
    const mapButton = toggle.findAll('button').find((b) => b.text() === 'Map')!;
    expect(mapButton.attributes('aria-pressed')).toBe('false');
    await mapButton.trigger('click');

    await vi.waitFor(() => expect(leaflet.markers).toHaveLength(1));
    expect(router.currentRoute.value.fullPath).toBe('/en/events?view=map&format=workshop');
    expect(mapButton.attributes('aria-pressed')).toBe('true');
    expect(leaflet.options[0]!.tileUrl).toBe('https://tile.openstreetmap.org/{z}/{x}/{y}.png');
    expect(leaflet.options[0]!.attribution).toContain('OpenStreetMap');
    const markers = leaflet.markers[0]!;
    expect(markers.map((m) => [m.placeName, m.events.length])).toEqual([
      ['Akman', 2],
      ['Bishkek', 1],
    ]);
    expect(leaflet.options[0]!.labels.marker(markers[0]!)).toBe('Akman: 2 events');

    // The popup: title links, date, place and participants, from DOM nodes (never HTML).
    const popup = leaflet.options[0]!.popup(markers[0]!);
    const links = [...popup.querySelectorAll('a')];
    expect(links.map((a) => a.textContent)).toEqual(['In Akman 1', 'In Akman 2']);
    expect(links[0]!.getAttribute('href')).toBe(`/en/events/${markers[0]!.events[0]!.slug}`);
    expect(popup.textContent).toContain('March 4, 2026 · Akman · 25 participants');
    expect(popup.textContent).toContain('date not given · Akman');

    // The same events as a list under the map, place by place.
    await findText(wrapper, 'Events on the map');
    const places = wrapper.findAll('.events-map__place').map((h) => h.text());
    expect(places).toEqual(['Akman: 2 events', 'Bishkek: 1 event', 'Not on the map: 1 event']);
    expect(wrapper.text()).toContain('Places on the map are approximate');
    expect(wrapper.get('.results-toolbar__count').text()).toBe('201 events found');

    // Back to the list.
    on('GET', eventsUrl({ format: 'workshop' }), listAnswer([workshop]));
    await toggle
      .findAll('button')
      .find((b) => b.text() === 'List')!
      .trigger('click');
    await findText(wrapper, 'Workshop in Kenesh');
    expect(router.currentRoute.value.fullPath).toBe('/en/events?format=workshop');
  });

  it('stops at 500 events and says so', async () => {
    filterOptionRequests(on);
    for (let page = 1; page <= 5; page++) {
      on(
        'GET',
        mapUrl(page),
        listAnswer([at(41, 72 + page / 10, `Village ${page}`)], {
          page,
          pageSize: 100,
          total: 1234,
        }),
      );
    }

    const { wrapper } = await renderApp('/en/events?view=map');
    await findText(wrapper, 'Events on the map');

    expect(wrapper.text()).toContain(
      'The map shows the first 5 of 1,234 events (at most 500). Narrow the filters to see the others.',
    );
    // afterEach: pages 6 to 13 were never asked for.
  });

  it('keeps the markers and the list when the tiles cannot load', async () => {
    filterOptionRequests(on);
    on(
      'GET',
      mapUrl(1),
      listAnswer([at(41.02, 72.7, 'Akman', { title: 'In Akman' })], { pageSize: 100 }),
    );

    const { wrapper } = await renderApp('/en/events?view=map');
    await vi.waitFor(() => expect(leaflet.markers).toHaveLength(1));

    leaflet.options[0]!.onTileError?.();
    await findText(wrapper, 'The map background could not be loaded.');
    expect(wrapper.get('.events-map__events a').text()).toBe('In Akman');
  });
});

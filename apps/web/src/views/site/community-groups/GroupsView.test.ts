import { type VueWrapper, enableAutoUnmount } from '@vue/test-utils';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { problem } from '../../../testing/fake-fetch';
import { server } from '../../../testing/mock-api';
import { renderApp } from '../../../testing/render-app';
import type { EventsMapOptions } from '../events/leaflet-map';
import type { GroupMarker } from './group-markers';
import {
  AK_TILEK,
  DOSTUK,
  GULNARA,
  groupDistrictRequest,
  groupOptionRequests,
  groupsUrl,
  listAnswer,
  newGroup,
} from './test-fixtures';

vi.mock('../../../api', () => import('../../../testing/mock-api'));

// Leaflet needs a real layout: the map is tested with a stand-in that records its calls.
const leaflet = vi.hoisted(() => ({
  options: [] as EventsMapOptions<GroupMarker>[],
  markers: [] as (readonly GroupMarker[])[],
}));
vi.mock('../events/leaflet-map', () => ({
  createEventsMap: (_container: HTMLElement, options: EventsMapOptions<GroupMarker>) => {
    leaflet.options.push(options);
    return {
      setMarkers: (markers: readonly GroupMarker[]) => leaflet.markers.push(markers),
      setTiles: () => {},
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

async function findText(wrapper: VueWrapper, text: string) {
  await vi.waitFor(() => expect(wrapper.text()).toContain(text));
}

/** The form control whose <label> reads `text`. */
function control(wrapper: VueWrapper, text: string) {
  const label = wrapper.findAll('label').find((l) => l.text() === text);
  if (!label) throw new Error(`No control labelled ${text}`);
  return wrapper.get<HTMLSelectElement>(`#${CSS.escape(label.attributes('for')!)}`);
}

const names = (wrapper: VueWrapper) => wrapper.findAll('.group-card h2').map((h) => h.text());

describe('groups list', () => {
  it('lists the groups with their kind, place and size', async () => {
    groupOptionRequests(on);
    on(
      'GET',
      groupsUrl(),
      listAnswer([
        { ...AK_TILEK, foundedYear: 2008, memberCount: 12 },
        DOSTUK,
        { ...GULNARA, memberCount: 25, activityStatus: 'closed' },
      ]),
    );

    const { wrapper } = await renderApp('/en/groups');
    await findText(wrapper, 'Gulnara');

    expect(wrapper.get('h1').text()).toBe('Groups');
    expect(document.title).toBe('Groups — Jaryk');
    expect(wrapper.get('[role=status]').text()).toBe('3 groups found');
    expect(names(wrapper)).toEqual(['Ak-Tilek', 'Dostuk', 'Gulnara']);
    const [akTilek, , gulnara] = wrapper.findAll('.group-card');
    expect(akTilek!.get('a').attributes('href')).toBe('/en/groups/ak-tilek-seydikum');
    expect(akTilek!.get('.group-card__kind').text()).toBe('Self-help group');
    expect(akTilek!.findAll('.group-card__facts span').map((s) => s.text())).toEqual([
      'Seydikum, Bazar-Korgon district',
      'Founded in 2008',
      '12 members',
    ]);
    expect(gulnara!.findAll('.group-card__facts span').map((s) => s.text())).toEqual([
      'Bazar-Korgon, Bazar-Korgon district',
      '25 children',
      'Closed',
    ]);
    // The menu marks the section.
    expect(wrapper.get('#site-nav-list a[href="/en/groups"]').attributes('aria-current')).toBe(
      'page',
    );
  });

  it('narrows the list by oblast, then district, in the URL, and the back button undoes it', async () => {
    groupOptionRequests(on);
    groupDistrictRequest(on);
    on(
      'GET',
      groupsUrl(),
      listAnswer([AK_TILEK, DOSTUK, GULNARA, newGroup({ name: 'Osh group' })]),
    );
    on('GET', groupsUrl({ place: 'jalal-abad-oblast' }), listAnswer([AK_TILEK, DOSTUK, GULNARA]));
    on('GET', groupsUrl({ place: 'bazar-korgon-district' }), listAnswer([GULNARA]));
    // Back to the oblast alone: asked for again.
    on('GET', groupsUrl({ place: 'jalal-abad-oblast' }), listAnswer([AK_TILEK, DOSTUK, GULNARA]));

    const { wrapper, router } = await renderApp('/en/groups');
    await findText(wrapper, 'Osh group');
    expect(control(wrapper, 'District').element.disabled).toBe(true);

    await control(wrapper, 'Oblast').setValue('jalal-abad-oblast');
    await vi.waitFor(() =>
      expect(router.currentRoute.value.fullPath).toBe('/en/groups?region=jalal-abad-oblast'),
    );
    await vi.waitFor(() => expect(names(wrapper)).toEqual(['Ak-Tilek', 'Dostuk', 'Gulnara']));
    await vi.waitFor(() => expect(control(wrapper, 'District').element.disabled).toBe(false));

    await control(wrapper, 'District').setValue('bazar-korgon-district');
    await vi.waitFor(() =>
      expect(router.currentRoute.value.fullPath).toBe(
        '/en/groups?region=jalal-abad-oblast&district=bazar-korgon-district',
      ),
    );
    await vi.waitFor(() => expect(names(wrapper)).toEqual(['Gulnara']));
    expect(wrapper.get('[role=status]').text()).toBe('1 group found');

    router.back();
    await vi.waitFor(() =>
      expect(router.currentRoute.value.fullPath).toBe('/en/groups?region=jalal-abad-oblast'),
    );
    await vi.waitFor(() => expect(names(wrapper)).toEqual(['Ak-Tilek', 'Dostuk', 'Gulnara']));
  });

  it('takes its filters from the URL, and leaves out what the API would refuse', async () => {
    groupOptionRequests(on);
    groupDistrictRequest(on);
    on(
      'GET',
      groupsUrl({
        kind: 'maternal_school',
        place: 'bazar-korgon-district',
        project: 'ray-of-light',
        status: 'active',
        page: 2,
      }),
      listAnswer([], { page: 2, pageSize: 24, total: 1 }),
    );

    const { wrapper } = await renderApp(
      '/en/groups?kind=maternal_school&region=jalal-abad-oblast&district=bazar-korgon-district&project=ray-of-light&status=active&page=2&format=workshop',
    );
    await findText(wrapper, 'No groups match these filters.');

    await vi.waitFor(() =>
      expect(control(wrapper, 'District').element.value).toBe('bazar-korgon-district'),
    );
    expect(control(wrapper, 'Kind').element.value).toBe('maternal_school');
    expect(control(wrapper, 'Oblast').element.value).toBe('jalal-abad-oblast');
    expect(control(wrapper, 'Project').element.value).toBe('ray-of-light');
    expect(control(wrapper, 'Status').element.value).toBe('active');
    expect(wrapper.text()).toContain('Filters');
    expect(wrapper.find('.filters__count').text()).toBe('4 active');
  });

  it('says what went wrong and tries again', async () => {
    groupOptionRequests(on);
    on('GET', groupsUrl(), problem(503, 'Service Unavailable'), listAnswer([AK_TILEK]));

    const { wrapper } = await renderApp('/en/groups');
    await findText(wrapper, 'The server is having trouble right now.');
    await wrapper.get('.async-state--error button').trigger('click');
    await findText(wrapper, 'Ak-Tilek');
  });
});

describe('groups map', () => {
  it('puts the filtered groups on markers by place and lists them under the map', async () => {
    groupOptionRequests(on);
    on(
      'GET',
      groupsUrl({ place: 'jalal-abad-oblast', pageSize: 100 }),
      listAnswer([AK_TILEK, DOSTUK, GULNARA, newGroup({ name: 'Nowhere', coordinates: null })], {
        pageSize: 100,
      }),
    );
    groupDistrictRequest(on);

    const { wrapper, router } = await renderApp('/en/groups?region=jalal-abad-oblast&view=map');
    await vi.waitFor(() => expect(leaflet.markers).toHaveLength(1));

    const markers = leaflet.markers[0]!;
    expect(markers.map((m) => [m.placeName, m.groups.map((g) => g.name)])).toEqual([
      ['Seydikum', ['Ak-Tilek', 'Dostuk']],
      ['Bazar-Korgon', ['Gulnara']],
    ]);
    const options = leaflet.options[0]!;
    expect(options.count(markers[0]!)).toBe(2);
    expect(options.labels.marker(markers[0]!)).toBe('Seydikum: 2 groups');
    expect(options.labels.cluster(markers)).toBe('3 groups nearby: zoom in');
    const popup = options.popup(markers[0]!);
    expect([...popup.querySelectorAll('a')].map((a) => a.getAttribute('href'))).toEqual([
      '/en/groups/ak-tilek-seydikum',
      '/en/groups/dostuk-seydikum',
    ]);

    expect(wrapper.findAll('.groups-map__place').map((h) => h.text())).toEqual([
      'Seydikum: 2 groups',
      'Bazar-Korgon: 1 group',
      'Not on the map: 1',
    ]);
    expect(wrapper.get('[role=status]').text()).toBe('4 groups found');

    // Back to the list, with the same filter.
    on('GET', groupsUrl({ place: 'jalal-abad-oblast' }), listAnswer([AK_TILEK]));
    await wrapper
      .findAll('.results-toolbar__view')
      .find((b) => b.text() === 'List')!
      .trigger('click');
    await vi.waitFor(() =>
      expect(router.currentRoute.value.fullPath).toBe('/en/groups?region=jalal-abad-oblast'),
    );
    await findText(wrapper, 'Ak-Tilek');
  });
});

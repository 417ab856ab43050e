import type { Schemas } from '@jaryk/client';
import { type VueWrapper, enableAutoUnmount } from '@vue/test-utils';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { json } from '../../../testing/fake-fetch';
import { server } from '../../../testing/mock-api';
import { renderApp } from '../../../testing/render-app';
import { districtRequest, filterOptionRequests } from '../events/test-fixtures';

vi.mock('../../../api', () => import('../../../testing/mock-api'));

enableAutoUnmount(afterEach);

beforeEach(() => server.reset());

afterEach(() => {
  expect(server.unexpected()).toEqual([]);
  expect(server.unused()).toEqual([]);
});

const on = server.on.bind(server);

type Figures = Schemas['ImpactFigures'];

function figures(overrides: Partial<Figures> = {}): Figures {
  return {
    events: 6,
    eventsWithCounts: 5,
    women: 120,
    girls: 40,
    men: 12,
    boys: 9,
    unspecified: 0,
    total: 181,
    suppressed: [],
    ...overrides,
  };
}

function row(key: string | null, label: string | null, overrides: Partial<Figures> = {}) {
  return { key, label, ...figures(overrides) };
}

const totals = figures();

function impactUrl(groupBy: string, query: Record<string, string> = {}, locale = 'en') {
  return `/api/v1/stats/impact?${new URLSearchParams({ locale, groupBy, ...query })}`;
}

function report(groupBy: string, data: ReturnType<typeof row>[]) {
  return json({
    data,
    totals,
    meta: { groupBy, locale: 'en', minimumShownCount: 5, note: 'Counts from 1 to 4 are withheld.' },
  });
}

/** The four groupings the page asks for (by oblast, or by district once an oblast is chosen). */
function impactRequests(
  query: Record<string, string> = {},
  place: 'region' | 'district' = 'region',
) {
  on(
    'GET',
    impactUrl(place, query),
    report(place, [
      row('jalal-abad-oblast', 'Jalal-Abad oblast'),
      // Batken: 3 men and 2 boys, withheld by the API, and the total that would give them away.
      row('batken-oblast', 'Batken oblast', {
        men: null,
        boys: null,
        unspecified: null,
        suppressed: ['men', 'boys', 'unspecified'],
      }),
    ]),
  );
  on(
    'GET',
    impactUrl('year', query),
    report('year', [row(null, null), row('2023', '2023'), row('2022', '2022')]),
  );
  on(
    'GET',
    impactUrl('project', query),
    report('project', [row('ray-of-light', 'Ray of Light'), row(null, null)]),
  );
  on('GET', impactUrl('partner', query), report('partner', [row('eraiym', 'Eraiym')]));
}

async function findText(wrapper: VueWrapper, text: string) {
  await vi.waitFor(() => expect(wrapper.text()).toContain(text));
}

function tableRows(wrapper: VueWrapper, caption: string) {
  const table = wrapper.findAll('table').find((t) => t.get('caption').text() === caption);
  if (!table) throw new Error(`No table "${caption}"`);
  return table.findAll('tr').map((tr) => tr.findAll('th, td').map((cell) => cell.text()));
}

describe('impact', () => {
  it('shows "fewer than 5" where the API withheld a figure', async () => {
    filterOptionRequests(on);
    impactRequests();

    const { wrapper } = await renderApp('/en/impact');
    await findText(wrapper, 'Participants by oblast and city');

    expect(tableRows(wrapper, 'Participants by oblast and city')).toEqual([
      ['Oblast or city', 'Women', 'Girls', 'Men', 'Boys', 'Not specified', 'Total', 'Events'],
      ['Jalal-Abad oblast', '120', '40', '12', '9', '0', '181', '6'],
      ['Batken oblast', '120', '40', 'fewer than 5', 'fewer than 5', 'fewer than 5', '181', '6'],
      ['Total', '120', '40', '12', '9', '0', '181', '6'],
    ]);
    expect(wrapper.text()).toContain('counts from 1 to 4 are not published');
  });

  it('shows the totals by group, as a chart and as a table', async () => {
    filterOptionRequests(on);
    impactRequests();

    const { wrapper } = await renderApp('/en/impact');
    await findText(wrapper, 'Participants by group');

    expect(wrapper.get('h1').text()).toBe('Impact');
    expect(wrapper.get('.impact__big-value').text()).toBe('181');
    expect(wrapper.text()).toContain('6 events, 5 of them reported participants.');
    expect(tableRows(wrapper, 'Participants by group')).toEqual([
      ['Group', 'Participants'],
      ['Women', '120'],
      ['Girls', '40'],
      ['Men', '12'],
      ['Boys', '9'],
      ['Not specified', '0'],
      ['Total', '181'],
    ]);
    // The charts are pictures of the tables: hidden from assistive technology.
    const charts = wrapper.findAll('.bar-chart');
    expect(charts).toHaveLength(5);
    for (const chart of charts) expect(chart.attributes('aria-hidden')).toBe('true');
    // Table headers say what they head.
    expect(wrapper.findAll('thead th').every((th) => th.attributes('scope') === 'col')).toBe(true);
    expect(wrapper.findAll('tbody th').every((th) => th.attributes('scope') === 'row')).toBe(true);
  });

  it('lists years in order, an unknown year last, and names rows without a key', async () => {
    filterOptionRequests(on);
    impactRequests();

    const { wrapper } = await renderApp('/en/impact');
    await findText(wrapper, 'Participants by year');

    expect(tableRows(wrapper, 'Participants by year').map((r) => r[0])).toEqual([
      'Year',
      '2022',
      '2023',
      'Date not given',
      'Total',
    ]);
    expect(tableRows(wrapper, 'Participants by project').map((r) => r[0])).toEqual([
      'Project',
      'Ray of Light',
      'No project',
      'Total',
    ]);
  });

  it('takes the events page’s filters from the URL, by district once an oblast is chosen', async () => {
    filterOptionRequests(on);
    districtRequest(on);
    impactRequests(
      { place: 'jalal-abad-oblast', project: 'ray-of-light', from: '2022-01-01' },
      'district',
    );

    const { wrapper } = await renderApp(
      '/en/impact?region=jalal-abad-oblast&project=ray-of-light&from=2022-01-01&when=past',
    );
    await findText(wrapper, 'Participants by district');

    expect(wrapper.find('input[type=radio]').exists()).toBe(false);
    expect(wrapper.findAll('h2').map((h) => h.text())).toContain('By district');
  });

  it('writes a changed filter to the URL', async () => {
    filterOptionRequests(on);
    impactRequests();
    impactRequests({ format: 'training' });

    const { wrapper, router } = await renderApp('/en/impact');
    await findText(wrapper, 'Participants by group');

    const label = wrapper.findAll('label').find((l) => l.text() === 'Format')!;
    await wrapper.get(`#${CSS.escape(label.attributes('for')!)}`).setValue('training');
    await vi.waitFor(() =>
      expect(router.currentRoute.value.fullPath).toBe('/en/impact?format=training'),
    );
    await findText(wrapper, 'Participants by group');
  });

  it('writes figures the Russian way in Russian', async () => {
    filterOptionRequests(on, 'ru');
    on(
      'GET',
      impactUrl('region', {}, 'ru'),
      report('region', [row('osh', 'Ош', { women: 1234, total: 1295 })]),
    );
    on('GET', impactUrl('year', {}, 'ru'), report('year', []));
    on('GET', impactUrl('project', {}, 'ru'), report('project', []));
    on('GET', impactUrl('partner', {}, 'ru'), report('partner', []));

    const { wrapper } = await renderApp('/ru/impact');
    await findText(wrapper, 'Участники по областям и городам');

    const [, osh] = tableRows(wrapper, 'Участники по областям и городам');
    expect(osh![1]!.replace(/\s/g, ' ')).toBe('1 234');
  });
});

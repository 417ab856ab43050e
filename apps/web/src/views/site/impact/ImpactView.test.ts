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

type GroupStatsRow = Schemas['GroupStatsRow'];
type KindFigures = Schemas['GroupKindFigures'];

function kindFigures(kind: KindFigures['kind'], groups: number, memberTotal = 0): KindFigures {
  return { kind, groups, active: groups, withMemberCount: memberTotal ? groups : 0, memberTotal };
}

function groupRow(key: string | null, label: string | null, byKind: KindFigures[]): GroupStatsRow {
  const sum = (pick: (k: KindFigures) => number) => byKind.reduce((n, k) => n + pick(k), 0);
  return {
    key,
    label,
    groups: sum((k) => k.groups),
    active: sum((k) => k.active),
    members: sum((k) => (k.kind === 'self_help_group' ? k.memberTotal : 0)),
    children: sum((k) => (k.kind === 'maternal_school' ? k.memberTotal : 0)),
    byKind,
  };
}

/** The seed's groups: two self-help groups in Seydikum (24 members), a maternal school. */
const SEYDIKUM_GROUPS = kindFigures('self_help_group', 2, 24);
const GULNARA = kindFigures('maternal_school', 1);
const { key: _k, label: _l, ...GROUP_TOTALS } = groupRow(null, null, [GULNARA, SEYDIKUM_GROUPS]);

/** The two group statistics the page asks for (by kind; by oblast, or district in one). */
function groupStatsRequests(
  query: Record<string, string> = {},
  place: 'region' | 'district' = 'region',
  locale = 'en',
) {
  const url = (groupBy: string) =>
    `/api/v1/stats/groups?${new URLSearchParams({ locale, groupBy, ...query })}`;
  const meta = (groupBy: string) => ({ groupBy, locale, note: 'Groups count once each.' });
  on(
    'GET',
    url('kind'),
    json({
      data: [
        groupRow('self_help_group', 'self_help_group', [SEYDIKUM_GROUPS]),
        groupRow('maternal_school', 'maternal_school', [GULNARA]),
      ],
      totals: GROUP_TOTALS,
      meta: meta('kind'),
    }),
  );
  on(
    'GET',
    url(place),
    json({
      data:
        place === 'region'
          ? [groupRow('jalal-abad-oblast', 'Jalal-Abad oblast', [GULNARA, SEYDIKUM_GROUPS])]
          : [
              groupRow('bazar-korgon-district', 'Bazar-Korgon district', [
                GULNARA,
                SEYDIKUM_GROUPS,
              ]),
            ],
      totals: GROUP_TOTALS,
      meta: meta(place),
    }),
  );
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
    groupStatsRequests();

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
    groupStatsRequests();

    const { wrapper } = await renderApp('/en/impact');
    await findText(wrapper, 'Participants by group');
    await findText(wrapper, 'Groups by kind');

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
    expect(charts).toHaveLength(7);
    for (const chart of charts) expect(chart.attributes('aria-hidden')).toBe('true');
    // Table headers say what they head.
    expect(wrapper.findAll('thead th').every((th) => th.attributes('scope') === 'col')).toBe(true);
    expect(wrapper.findAll('tbody th').every((th) => th.attributes('scope') === 'row')).toBe(true);
  });

  it('lists years in order, an unknown year last, and names rows without a key', async () => {
    filterOptionRequests(on);
    impactRequests();
    groupStatsRequests();

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
    // Groups follow the place and the project, not the dates.
    groupStatsRequests({ place: 'jalal-abad-oblast', project: 'ray-of-light' }, 'district');

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
    // Format says nothing about groups: their figures are not asked for again.
    groupStatsRequests();

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
    groupStatsRequests({}, 'region', 'ru');

    const { wrapper } = await renderApp('/ru/impact');
    await findText(wrapper, 'Участники по областям и городам');

    const [, osh] = tableRows(wrapper, 'Участники по областям и городам');
    expect(osh![1]!.replace(/\s/g, ' ')).toBe('1 234');
  });

  it('counts the groups by kind and by place, as charts and tables', async () => {
    filterOptionRequests(on);
    impactRequests();
    groupStatsRequests();

    const { wrapper } = await renderApp('/en/impact');
    await findText(wrapper, 'Groups by place and kind');

    expect(wrapper.text()).toContain('3 groups, 3 of them active.');
    expect(tableRows(wrapper, 'Groups by kind')).toEqual([
      ['Kind', 'Groups', 'Active', 'Members and children (as reported)'],
      ['Maternal school', '1', '1', '—'],
      ['Self-help group', '2', '2', '24'],
      ['Total', '3', '3', '24'],
    ]);
    expect(tableRows(wrapper, 'Groups by place and kind')).toEqual([
      ['Oblast or city', 'Maternal school', 'Self-help group', 'Groups'],
      ['Jalal-Abad oblast', '1', '2', '3'],
      ['Total', '1', '2', '3'],
    ]);
    expect(wrapper.get('a[href="/en/groups?region=jalal-abad-oblast"]').text()).toBe(
      'Jalal-Abad oblast',
    );
    expect(wrapper.findAll('.impact__toc a').map((a) => a.text())).toContain('Groups');
  });
});

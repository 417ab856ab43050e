import { type Page } from '@playwright/test';
import { expect, settle, test } from './support/fixtures';
import { SECOND_WORKSHOP, WORKSHOPS } from './support/site';

const JALAL_ABAD = 'Jalal-Abad oblast';
const BISHKEK_WORKSHOP = WORKSHOPS[5];
const JALAL_ABAD_WORKSHOPS = WORKSHOPS.slice(0, 5);

const oblastFilter = (page: Page) => page.getByRole('combobox', { name: /^oblast/i });

/** Unfolds the filters if they are folded (they start folded on phones). */
async function showFilters(page: Page) {
  const summary = page.getByRole('main').locator('summary', { hasText: /^\s*Filters/ });
  const folded =
    (await summary.count()) > 0 &&
    !(await summary.evaluate((s) => (s.parentElement as HTMLDetailsElement).open));
  if (folded) {
    await summary.click();
  }
  await expect(oblastFilter(page)).toBeVisible();
}

/** Chooses an oblast as a visitor does. */
async function chooseOblast(page: Page, label: string) {
  await showFilters(page);
  await oblastFilter(page).selectOption({ label });
}

/** The oblast the filter shows, as a visitor sees it. */
async function expectOblastShown(page: Page, label: string) {
  await showFilters(page);
  await expect(oblastFilter(page).locator('option:checked')).toHaveText(label);
}

/** A marker's (or a cluster's) accessible name says how many events it stands for. */
const MARKER_NAME = /\b(\d+) events?\b/;

/** The map's markers and clusters: buttons named "<place>: <n> events", "<n> events nearby…". */
const markers = (page: Page) =>
  page.getByRole('region', { name: /map of events/i }).getByRole('button', { name: MARKER_NAME });

/** Every button on the map but the zoom controls must be a marker with such a name. */
async function markerSummary(page: Page) {
  const map = page.getByRole('region', { name: /map of events/i });
  await expect(map.getByRole('button').first()).toBeVisible();
  const names = (
    await Promise.all(
      (await map.getByRole('button').all()).map(async (button) =>
        ((await button.getAttribute('aria-label')) ?? (await button.getAttribute('title')) ?? '')
          .replace(/\s+/g, ' ')
          .trim(),
      ),
    )
  ).filter((name) => !/^zoom (in|out)$/i.test(name));
  const unnamed = names.filter((name) => !MARKER_NAME.test(name));
  expect(
    unnamed.length,
    `map markers without an accessible name saying how many events: ${JSON.stringify(names)}`,
  ).toBe(0);
  const events = names.reduce((sum, name) => sum + Number(MARKER_NAME.exec(name)?.[1] ?? 0), 0);
  return { names, events };
}

/** Waits (the map places and clusters its markers after it has loaded) for markers, all
 * named, that together stand for `count` events. */
async function expectMarkersFor(page: Page, count: number) {
  await expect(async () => {
    const { names, events } = await markerSummary(page);
    expect(events, `events on the markers: ${JSON.stringify(names)}`).toBe(count);
  }).toPass({ timeout: 5_000 });
}

test.describe('events', () => {
  test('the list filtered by oblast shows the five Jalal-Abad workshops, not Bishkek’s', async ({
    page,
  }) => {
    await page.goto('/en/events');
    await settle(page);
    await expect(page.getByRole('link', { name: BISHKEK_WORKSHOP.title })).toBeVisible();

    await chooseOblast(page, JALAL_ABAD);
    await expect(page).toHaveURL(/[?&][a-z]+=jalal-abad-oblast(&|$)/);
    await settle(page);
    for (const workshop of JALAL_ABAD_WORKSHOPS) {
      await expect(page.getByRole('link', { name: workshop.title })).toBeVisible();
    }
    await expect(page.getByRole('link', { name: BISHKEK_WORKSHOP.title })).toHaveCount(0);
    await expect(page.getByRole('status').filter({ hasText: /events? found/ })).toHaveText(
      /^5 events found$/,
    );

    await page.reload();
    await settle(page);
    await expectOblastShown(page, JALAL_ABAD);
    await expect(page.getByRole('link', { name: BISHKEK_WORKSHOP.title })).toHaveCount(0);
    await expect(page.getByRole('link', { name: SECOND_WORKSHOP.title.en })).toBeVisible();
  });

  test('the map: tiles only once opened, markers for the filtered events, the filter kept in the URL and across a reload', async ({
    page,
    outsideRequests,
  }) => {
    await page.goto('/en/events');
    await settle(page);
    await chooseOblast(page, JALAL_ABAD);
    await expect(page).toHaveURL(/jalal-abad-oblast/);
    await settle(page);
    expect(outsideRequests.all, 'nothing from other hosts before the map is opened').toEqual([]);

    outsideRequests.visitorOpensMap();
    await page.getByRole('button', { name: 'Map', exact: true }).click();
    await expect(page).toHaveURL(/[?&]view=map(&|$)/);
    await expect(page).toHaveURL(/jalal-abad-oblast/);

    // The tiles are aborted (no other host is reachable in tests): the markers must show anyway.
    await expectMarkersFor(page, 5);
    for (const marker of await markers(page).all()) await expect(marker).toBeVisible();
    const { names } = await markerSummary(page);
    expect(names.join(' ')).not.toMatch(/Bishkek/);
    await expect
      .poll(() => outsideRequests.all.length, { message: 'the map asks for tiles' })
      .toBeGreaterThan(0);

    await page.reload();
    await settle(page);
    await expect(page).toHaveURL(/view=map/);
    await expect(page).toHaveURL(/jalal-abad-oblast/);
    await expectOblastShown(page, JALAL_ABAD);
    await expectMarkersFor(page, 5);
  });

  test('the map opened without a filter has a marker for Bishkek too', async ({
    page,
    outsideRequests,
  }) => {
    outsideRequests.visitorOpensMap();
    await page.goto('/en/events?view=map');
    await expectMarkersFor(page, 6);
    expect((await markerSummary(page)).names.join(' ')).toMatch(/Bishkek/);
  });
});

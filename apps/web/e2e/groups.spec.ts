import { type Page } from '@playwright/test';
import { expect, mainText, pageHeading, settle, test } from './support/fixtures';
import { GROUPS, PROJECT, WORKSHOPS } from './support/site';

const SEYDIKUM_WORKSHOP = WORKSHOPS[3];
const ALL = [GROUPS.akTilek, GROUPS.dostuk, GROUPS.gulnara];

const groupLink = (page: Page, name: string) =>
  page.getByRole('main').getByRole('link', { name, exact: true });
const found = (page: Page) => page.getByRole('status').filter({ hasText: /groups? found/ });
const filter = (page: Page, name: RegExp) => page.getByRole('combobox', { name });

/** Unfolds the filters if they are folded (they start folded on phones). */
async function showFilters(page: Page) {
  const summary = page.getByRole('main').locator('summary', { hasText: /^\s*Filters/ });
  const folded = !(await summary.evaluate((s) => (s.parentElement as HTMLDetailsElement).open));
  if (folded) await summary.click();
  await expect(filter(page, /^oblast/i)).toBeVisible();
}

test.describe('community groups', () => {
  test('the list shows the seeded groups; a district and a kind narrow it, kept in the URL', async ({
    page,
  }) => {
    await page.goto('/en/groups');
    await settle(page);
    await expect(pageHeading(page)).toHaveText('Groups');
    for (const group of ALL) await expect(groupLink(page, group.name)).toBeVisible();
    await expect(found(page)).toHaveText('3 groups found');

    await showFilters(page);
    await filter(page, /^oblast/i).selectOption({ label: 'Jalal-Abad oblast' });
    await expect(page).toHaveURL(/[?&]region=jalal-abad-oblast(&|$)/);
    await expect(filter(page, /^district/i)).toBeEnabled();

    // A district without groups: none left.
    await filter(page, /^district/i).selectOption({ label: 'Nooken district' });
    await expect(page).toHaveURL(/[?&]district=nooken-district(&|$)/);
    await expect(found(page)).toHaveText('0 groups found');
    await expect(page.getByText('No groups match these filters.')).toBeVisible();

    // The groups' own district: all three; then only the maternal school.
    await filter(page, /^district/i).selectOption({ label: 'Bazar-Korgon district' });
    await expect(found(page)).toHaveText('3 groups found');
    await filter(page, /^kind/i).selectOption({ label: 'Maternal school' });
    await expect(page).toHaveURL(/[?&]kind=maternal_school(&|$)/);
    await expect(found(page)).toHaveText('1 group found');
    await expect(groupLink(page, GROUPS.gulnara.name)).toBeVisible();
    await expect(groupLink(page, GROUPS.akTilek.name)).toHaveCount(0);

    await page.reload();
    await settle(page);
    await expect(found(page)).toHaveText('1 group found');
    await showFilters(page);
    await expect(filter(page, /^district/i).locator('option:checked')).toHaveText(
      'Bazar-Korgon district',
    );
    await expect(filter(page, /^kind/i).locator('option:checked')).toHaveText('Maternal school');
  });

  test('the map shows the groups as markers without tiles, a marker per village', async ({
    page,
    outsideRequests,
  }) => {
    await page.goto('/en/groups');
    await settle(page);
    outsideRequests.visitorOpensMap();
    await page.getByRole('button', { name: 'Map', exact: true }).click();
    await expect(page).toHaveURL(/[?&]view=map(&|$)/);

    // The tiles are aborted (no other host in tests): the markers must show anyway.
    const map = page.getByRole('region', { name: /map of groups/i });
    await expect(map.getByRole('button', { name: 'Seydikum: 2 groups' })).toBeVisible();
    await expect(map.getByRole('button', { name: 'Bazar-Korgon: 1 group' })).toBeVisible();

    await map.getByRole('button', { name: 'Seydikum: 2 groups' }).click();
    await expect(map.getByRole('link', { name: GROUPS.akTilek.name })).toBeVisible();
    await expect(map.getByRole('link', { name: GROUPS.dostuk.name })).toBeVisible();

    // The same groups under the map, for keyboards and screen readers.
    await expect(page.getByRole('heading', { name: 'Groups on the map' })).toBeVisible();
    await expect(page.getByRole('heading', { name: 'Seydikum: 2 groups', level: 3 })).toBeVisible();
  });

  test('the page of Ak-Tilek: its kind, its place as breadcrumbs, the fourth workshop', async ({
    page,
  }) => {
    await page.goto('/en/groups');
    await settle(page);
    await groupLink(page, GROUPS.akTilek.name).click();
    await expect(page).toHaveURL(new RegExp(`/en/groups/${GROUPS.akTilek.slug}$`));
    await settle(page);
    await expect(pageHeading(page)).toHaveText('Ak-Tilek');

    const crumbs = page.getByRole('navigation', { name: 'Location' });
    await expect(crumbs.getByRole('listitem')).toHaveText([
      'Kyrgyzstan',
      'Jalal-Abad oblast',
      'Bazar-Korgon district',
      'Seydikum rural district',
      'Seydikum',
    ]);
    await expect(page.getByText('Self-help group', { exact: true })).toBeVisible();
    const workshop = page.getByRole('link', { name: SEYDIKUM_WORKSHOP.title });
    await expect(workshop).toBeVisible();
    await workshop.click();
    await expect(page).toHaveURL(new RegExp(`/en/events/${SEYDIKUM_WORKSHOP.slug}$`));
  });

  test('the project page: its groups, the participant totals, no empty record sections', async ({
    page,
  }) => {
    await page.goto(`/en/projects/${PROJECT.slug}`);
    await settle(page);
    const text = await mainText(page);
    expect(text).toMatch(/Women:? 23\b/);
    expect(text).toMatch(/Girls:? 8\b/);
    expect(text).toMatch(/Total:? 31\b/);
    const groups = page.getByRole('region', { name: 'Groups of the project' });
    for (const group of ALL) {
      await expect(groups.getByRole('link', { name: group.name, exact: true })).toBeVisible();
    }
    // The demo project gives no phases, indicators, goal or budget: those sections are absent.
    for (const name of ['Phases', 'Results of the project', 'Goal']) {
      await expect(page.getByRole('heading', { name, exact: true })).toHaveCount(0);
    }
    await expect(page.getByText(/^Budget:/)).toHaveCount(0);
  });
});

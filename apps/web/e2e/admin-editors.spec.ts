import type { Page } from '@playwright/test';
import { demoAdmin, logIn as logInAs } from './support/admin';
import { expectNoAxeViolations } from './support/axe';
import { expect, pageHeading, test } from './support/fixtures';

/**
 * The admin's remaining editors as an editor uses them: organizations, series, places (tree,
 * add, move), pages, projects with their record, community groups; axe at both widths. Tests
 * that publish (and so change the site's lists) run after the site's own tests (@after-site).
 */

async function logIn(page: Page, path: string) {
  await page.addInitScript(() => localStorage.setItem('jaryk.admin.locale', 'en'));
  await logInAs(page, demoAdmin());
  await page.goto(path);
}

const EDITORS: [path: string, heading: string | RegExp][] = [
  ['/admin/organizations/new', 'New organization'],
  ['/admin/series/new', 'New series'],
  ['/admin/places', 'Places'],
  ['/admin/places/new?parent=1&kind=oblast', 'New place'],
  ['/admin/pages/new', 'New page'],
  ['/admin/projects/new', 'New project'],
  ['/admin/community-groups/new', 'New group'],
  ['/admin/projects', 'Projects'],
];

test('the content editors have no axe violations', async ({ page }) => {
  test.setTimeout(90_000);
  await logIn(page, '/admin');
  const width = test.info().project.name;
  for (const [path, heading] of EDITORS) {
    await page.goto(path);
    await expect(pageHeading(page)).toHaveText(heading);
    if (path.endsWith('/new') || path.includes('/new?')) {
      await expect(page.getByText('appear after the first save')).toBeVisible();
    } else {
      await expect(page.getByRole('status').first()).toBeVisible();
    }
    await expectNoAxeViolations(page);
    const name = path.replace(/^\/admin\//, '').replace(/[/?=&]+/g, '-');
    await page.screenshot({
      path: `test-results/screenshots/admin-${name}-${width}.png`,
      fullPage: true,
    });
  }
});

test('an editor publishes an organization and a project with phases, budget and an indicator @after-site', async ({
  page,
}) => {
  test.setTimeout(60_000);
  page.on('dialog', (dialog) => void dialog.accept());
  const stamp = Date.now();
  const funder = `Mountain Women Fund ${stamp}`;
  await logIn(page, '/admin/organizations/new');

  await page.getByRole('textbox', { name: 'Name', exact: true }).fill(funder);
  await page.getByLabel('Kind').selectOption('donor');
  await page.getByLabel('Website').fill('https://fund.example.org');
  await page.getByRole('button', { name: 'Save', exact: true }).click();
  await page.waitForURL(/\/admin\/organizations\/\d+$/);
  await page.getByRole('button', { name: 'Publish now' }).click();
  await expect(page.getByText('Published.')).toBeVisible();

  await page.goto('/admin/projects/new');
  await page.getByRole('textbox', { name: 'Title', exact: true }).fill(`Maternal schools ${stamp}`);
  await page.getByLabel('Goal').fill('Every village has a maternal school.');
  await page.getByLabel('Start', { exact: true }).fill('2024-01-01');
  await page.getByLabel('End', { exact: true }).fill('2025-12-31');

  await page.getByRole('button', { name: 'Add a partner' }).click();
  const partner = page.getByRole('group', { name: 'Partner 1' });
  await partner.getByLabel('Organization').selectOption({ label: funder });
  await partner.getByLabel('Role').selectOption('funder');

  await page.getByRole('button', { name: 'Add a phase' }).click();
  const phase = page.getByRole('group', { name: 'Phase 1' });
  await expect(phase.getByLabel('Phase name')).toBeFocused();
  await phase.getByLabel('Phase name').fill('I');
  await phase.getByLabel('From').fill('2024-01-01');
  await phase.getByLabel('To').fill('2024-12-31');

  await page.getByLabel('Amount').fill('250000');
  await page.getByLabel('Currency').selectOption('EUR');

  await page.getByRole('button', { name: 'Add an indicator' }).click();
  const indicator = page.getByRole('group', { name: 'Indicator 1' });
  await indicator.getByLabel('Value').fill('40');
  await indicator.getByLabel('Label (English)').fill('maternal schools');
  await indicator.getByLabel('Label (Русский)').fill('школ матерей');

  await page.getByRole('button', { name: 'Save', exact: true }).click();
  await page.waitForURL(/\/admin\/projects\/\d+$/);
  const slug = await page.getByLabel('Page address (slug)').inputValue();
  await expect(page.getByRole('group', { name: 'Phase 1' }).getByLabel('Phase name')).toHaveValue(
    'I',
  );
  await page.getByRole('button', { name: 'Publish now' }).click();
  await expect(page.getByText('Published.')).toBeVisible();

  const response = await page.request.get(`/api/v1/projects/${slug}?locale=en`);
  expect(response.ok()).toBe(true);
  const { data } = (await response.json()) as {
    data: {
      goal: string | null;
      budget: { amount: number; currency: string } | null;
      phases: { label: string; startsOn: string | null; endsOn: string | null }[];
      indicators: { label: string; value: number; unit: string | null }[];
      partners: { name: string; role: string }[];
    };
  };
  expect(data.goal).toBe('Every village has a maternal school.');
  expect(data.budget).toEqual({ amount: 250000, currency: 'EUR' });
  expect(data.phases).toEqual([{ label: 'I', startsOn: '2024-01-01', endsOn: '2024-12-31' }]);
  expect(data.indicators).toEqual([{ label: 'maternal schools', value: 40, unit: null }]);
  expect(data.partners).toContainEqual(expect.objectContaining({ name: funder, role: 'funder' }));

  // The preview draws the same record.
  await page.getByRole('link', { name: 'Preview', exact: true }).click();
  await expect(pageHeading(page)).toHaveText(`Maternal schools ${stamp}`);
  await expect(page.getByText('maternal schools', { exact: false }).first()).toBeVisible();
});

test('an editor adds a place under a district and moves it @after-site', async ({ page }) => {
  page.on('dialog', (dialog) => void dialog.accept());
  await logIn(page, '/admin/places');
  await page.getByRole('button', { name: 'Show places in Chui oblast' }).click();
  await page.getByRole('link', { name: 'Add a place inside Kemin district' }).click();
  await expect(pageHeading(page)).toHaveText('New place');
  await expect(page.getByText('Lies in: Chui oblast › Kemin district')).toBeVisible();

  const name = `Test-Bulak ${Date.now()}`;
  await page.getByRole('textbox', { name: 'Name', exact: true }).fill(name);
  await page.getByLabel('Kind').selectOption('settlement');
  await page.getByRole('button', { name: 'Save', exact: true }).click();
  await page.waitForURL(/\/admin\/places\/\d+$/);
  await expect(pageHeading(page)).toHaveText(`Place: ${name}`);

  // Move it: the picker finds the new parent by name; the place keeps its kind.
  const move = page.getByRole('group', { name: 'Move to another place' });
  await move.getByLabel('Find a place (in any language)').fill('sokuluk district');
  await move.getByRole('button', { name: 'Choose: Chui oblast › Sokuluk district' }).click();
  await expect(page.getByText('Lies in: Chui oblast › Sokuluk district')).toBeVisible();
  await page.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(page.getByText('Saved.')).toBeVisible();

  // The tree shows it in its new place.
  await page.getByRole('link', { name: /Back to the place tree/ }).click();
  await expect(page.getByRole('link', { name, exact: true })).toBeVisible();
  const row = page.locator('.place-branch__item', {
    has: page.getByRole('link', { name: 'Sokuluk district', exact: true }),
  });
  await expect(row.getByRole('link', { name, exact: true })).toBeVisible();
});

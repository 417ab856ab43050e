import type { Page } from '@playwright/test';
import { demoAdmin, logIn as logInAs, upload } from './support/admin';
import { expectNoAxeViolations } from './support/axe';
import { expect, pageHeading, test } from './support/fixtures';

/**
 * The admin's content areas as an editor uses them: the media library (upload, alt texts,
 * consent) and the event editor (participants, partners, publishing), with axe at both widths.
 * Logs in as the demo admin whose password the global setup read from the server's output.
 */

/** Logs in as the demo admin (the admin in English, whatever the site's language), then opens `path`. */
async function logIn(page: Page, path: string) {
  await page.addInitScript(() => localStorage.setItem('jaryk.admin.locale', 'en'));
  await logInAs(page, demoAdmin());
  await page.goto(path);
}

async function impactTotal(page: Page): Promise<number> {
  await page.goto('/ru/impact');
  const value = page.locator('.impact__big-value');
  await expect(value).toBeVisible();
  return Number((await value.innerText()).replace(/\D/g, ''));
}

test('the media library and the event editor have no axe violations', async ({ page }) => {
  await logIn(page, '/admin/media');
  await expect(pageHeading(page)).toHaveText('Media library');
  await expect(page.getByRole('status').filter({ hasText: /\d+ files?/ })).toBeVisible();
  await upload(page, `axe-${test.info().project.name}.jpg`);
  await expect(page.getByRole('heading', { name: 'File details' })).toBeVisible();
  await expectNoAxeViolations(page);
  await page.screenshot({
    path: `test-results/screenshots/admin-media-${test.info().project.name}.png`,
    fullPage: true,
  });

  await page.goto('/admin/events/new');
  await expect(pageHeading(page)).toHaveText('New event');
  await expect(page.getByText('Total: 0')).toBeVisible();
  await expectNoAxeViolations(page);
  await page.screenshot({
    path: `test-results/screenshots/admin-event-${test.info().project.name}.png`,
    fullPage: true,
  });
});

test('an editor uploads a photo, sets its alt texts and consent @phone', async ({ page }) => {
  await logIn(page, '/admin/media');
  await upload(page, 'women-meeting.jpg');
  const panel = page.getByRole('region', { name: 'File details' });
  await expect(panel.getByText('women-meeting.jpg')).toBeVisible();

  const alts = {
    Кыргызча: 'Жолугушуудагы аялдар',
    Русский: 'Женщины на встрече',
    English: 'Women at a meeting',
  };
  for (const [language, alt] of Object.entries(alts)) {
    const group = panel.getByRole('group', { name: new RegExp(`^${language}`) });
    await expect(group.getByText('Missing')).toBeVisible();
    await group.getByLabel('Alt text (for readers who cannot see the image)').fill(alt);
    await expect(group.getByText('Missing')).toBeHidden();
  }
  await panel.getByLabel('Consent of the people shown').selectOption('obtained');
  await panel.getByLabel('Horizontal, %').fill('30');
  await panel.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByText('Saved', { exact: true })).toBeVisible();

  // Saved for real: the library says so after a reload.
  await page.reload();
  await page.getByLabel('Search titles, captions, credits, file names').fill('women-meeting');
  await page.getByRole('button', { name: 'Show', exact: true }).click();
  await expect(page.locator('.media-library__facts').first()).toContainText('Consent obtained');
  await page.getByRole('button', { name: /^Edit: women-meeting/ }).click();
  await expect(
    page.getByLabel('Alt text (for readers who cannot see the image)').nth(1),
  ).toHaveValue('Женщины на встрече');
  await expect(page.getByLabel('Horizontal, %')).toHaveValue('30');
});

test('an event with 17 participants and a partner, published, adds 17 to the impact page @after-site', async ({
  page,
}) => {
  const before = await impactTotal(page);
  page.on('dialog', (dialog) => void dialog.accept());
  await logIn(page, '/admin/events/new');

  const title = `Legal literacy workshop ${Date.now()}`;
  await page.getByLabel('Title').fill(title);
  await page.getByLabel('Start date').fill('2025-03-08');
  await page.getByLabel('Start time').fill('10:00');
  await page.getByRole('spinbutton', { name: 'Women' }).fill('12');
  await page.getByRole('spinbutton', { name: 'Girls' }).fill('5');
  await expect(page.getByTestId('participants-total')).toHaveText('Total: 17');

  await page.getByRole('button', { name: 'Add a partner' }).click();
  const partner = page.getByRole('group', { name: 'Partner 1' });
  await partner.getByLabel('Organization').selectOption({ index: 1 });
  await partner.getByLabel('Role').selectOption('organizer');

  await page.getByRole('button', { name: 'Save', exact: true }).click();
  await page.waitForURL(/\/admin\/events\/\d+$/);
  await expect(page.getByRole('spinbutton', { name: 'Women' })).toHaveValue('12');
  await page.getByRole('button', { name: 'Publish now' }).click();
  await expect(page.getByText('Published.')).toBeVisible();

  expect(await impactTotal(page)).toBe(before + 17);
});

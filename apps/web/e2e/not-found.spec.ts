import { expect, pageHeading, settle, test } from './support/fixtures';

test.describe('unknown addresses', () => {
  test('an unknown page shows a friendly "Page not found" with a way on', async ({ page }) => {
    await page.goto('/en/no-such-page');
    await settle(page);
    await expect(pageHeading(page)).toHaveText('Page not found');
    await expect(page).toHaveTitle(/Page not found/);
    await expect(page.getByRole('navigation', { name: 'Main menu' })).toBeAttached();
    const onward = page.getByRole('main').getByRole('link').first();
    await onward.click();
    await settle(page);
    await expect(pageHeading(page)).not.toHaveText('Page not found');
  });

  test('an address without a language gets one, then "Page not found"', async ({ page }) => {
    await page.goto('/no-such-page');
    await expect(page).toHaveURL(/\/en\/no-such-page$/);
    await expect(pageHeading(page)).toHaveText('Page not found');
  });

  test('an unknown article says so in the visitor’s language', async ({ page }) => {
    await page.goto('/ru/news/no-such-article');
    await settle(page);
    await expect(pageHeading(page)).toHaveText(/не найден/i);
  });

  test('an unknown event says so', async ({ page }) => {
    await page.goto('/en/events/no-such-event');
    await settle(page);
    await expect(pageHeading(page)).toHaveText(/not found/i);
  });
});

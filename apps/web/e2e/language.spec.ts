import { expect, openMenuIfFolded, pageHeading, settle, test } from './support/fixtures';
import { ARTICLE, SECOND_WORKSHOP } from './support/site';

/** Browser language -> the site's language (Russian when the site does not speak it). */
const LANDINGS = [
  { browser: 'ky-KG', site: 'ky', menu: 'Негизги меню' },
  { browser: 'ru-RU', site: 'ru', menu: 'Основное меню' },
  { browser: 'en-GB', site: 'en', menu: 'Main menu' },
  { browser: 'de-DE', site: 'ru', menu: 'Основное меню' },
] as const;

for (const landing of LANDINGS) {
  // The same at any width: the desktop project leaves out titles tagged @phone.
  test.describe(`a browser in ${landing.browser} @phone`, () => {
    test.use({ locale: landing.browser });

    test(`opens / and lands on /${landing.site}`, async ({ page }) => {
      await page.goto('/');
      await expect(page).toHaveURL(new RegExp(`/${landing.site}/?$`));
      await settle(page);
      await expect(page.locator('html')).toHaveAttribute('lang', landing.site);
      await openMenuIfFolded(page);
      await expect(page.getByRole('navigation', { name: landing.menu })).toBeVisible();
    });
  });
}

test.describe('switching language', () => {
  test('on an event page stays on that event', async ({ page }) => {
    await page.goto(`/en/events/${SECOND_WORKSHOP.slug}`);
    await settle(page);
    await openMenuIfFolded(page);
    await page
      .getByRole('navigation', { name: 'Site language' })
      .getByRole('link', { name: 'Русский' })
      .click();
    await expect(page).toHaveURL(new RegExp(`/ru/events/${SECOND_WORKSHOP.slug}$`));
    await expect(pageHeading(page)).toHaveText(SECOND_WORKSHOP.title.ru);
    await expect(page.locator('html')).toHaveAttribute('lang', 'ru');
  });

  test('on the article stays on the article', async ({ page }) => {
    await page.goto(`/en/news/${ARTICLE.slug}`);
    await settle(page);
    await openMenuIfFolded(page);
    await page
      .getByRole('navigation', { name: 'Site language' })
      .getByRole('link', { name: 'Кыргызча' })
      .click();
    await expect(page).toHaveURL(new RegExp(`/ky/news/${ARTICLE.slug}$`));
    await expect(pageHeading(page)).toHaveText(ARTICLE.title);
    await expect(page.getByText(/англис тилинде/i)).toBeVisible();
  });

  test('on the filtered events list keeps the filter', async ({ page }) => {
    await page.goto('/en/events?region=jalal-abad-oblast');
    await settle(page);
    const search = new URL(page.url()).search;
    await openMenuIfFolded(page);
    await page
      .getByRole('navigation', { name: 'Site language' })
      .getByRole('link', { name: 'Кыргызча' })
      .click();
    await expect(page).toHaveURL((url) => url.pathname === '/ky/events' && url.search === search);
    await expect(pageHeading(page)).not.toHaveText('Events');
  });
});

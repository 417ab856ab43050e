import { escapeRegExp, expect, mainText, pageHeading, settle, test } from './support/fixtures';
import { ARTICLE, LOCALES, SECOND_WORKSHOP } from './support/site';

/** The note that the text is shown in English, in the visitor's language. */
const ENGLISH_ONLY_NOTE = {
  ky: /англис тилинде/i,
  ru: /на английском/i,
  en: /available in English/i,
};

test.describe('the seed article', () => {
  for (const locale of LOCALES) {
    test(`reads it in ${locale}`, async ({ page }) => {
      await page.goto(`/${locale}/news/${ARTICLE.slug}`);
      await settle(page);
      const heading = pageHeading(page);
      await expect(heading).toHaveText(ARTICLE.title);
      await expect(page.locator('html')).toHaveAttribute('lang', locale);
      // The words are English whatever the page's language: marked so (WCAG 3.1.2).
      expect(await heading.evaluate((h) => h.closest('[lang]')?.getAttribute('lang'))).toBe('en');
      await expect(
        page.getByText(/in the Akman rural district in secondary school Toktogul, No\. 5/),
      ).toBeVisible();

      const note = page.getByText(ENGLISH_ONLY_NOTE[locale]);
      if (locale === 'en') {
        await expect(note).toHaveCount(0);
      } else {
        await expect(note).toBeVisible();
        expect(await note.evaluate((p) => p.closest('[lang]')?.getAttribute('lang'))).toBe(locale);
      }
    });
  }

  test('follows it to the second workshop and sees who took part', async ({ page }) => {
    await page.goto(`/en/news/${ARTICLE.slug}`);
    await settle(page);
    await page.getByRole('link', { name: SECOND_WORKSHOP.title.en }).first().click();
    await expect(page).toHaveURL(new RegExp(`/en/events/${SECOND_WORKSHOP.slug}$`));
    await settle(page);
    await expect(pageHeading(page)).toHaveText(SECOND_WORKSHOP.title.en);
    const text = await mainText(page);
    expect(text).toMatch(/Women:? 23\b/);
    expect(text).toMatch(/Girls:? 8\b/);
    expect(text).toMatch(/Total:? 31\b/);
  });

  test('is featured on the home page', async ({ page }) => {
    await page.goto('/en');
    await settle(page);
    await page.getByRole('main').getByRole('link', { name: ARTICLE.title }).first().click();
    await expect(page).toHaveURL(new RegExp(`/en/news/${ARTICLE.slug}$`));
    await expect(pageHeading(page)).toHaveText(ARTICLE.title);
  });

  test('is found by searching for "harassment"', async ({ page }) => {
    await page.goto('/en/search');
    await settle(page);
    const field = page.getByRole('main').getByRole('searchbox').first();
    await field.fill('harassment');
    await field.press('Enter');
    await expect(page).toHaveURL(/[?&]q=harassment/);
    await expect(
      page.getByRole('main').getByRole('link', { name: ARTICLE.title }).first(),
    ).toBeVisible();
  });
});

test.describe('sharing', () => {
  test('the share links carry the page address; "Copy link" puts it on the clipboard', async ({
    page,
    context,
    baseURL,
  }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: baseURL });
    await page.goto(`/en/news/${ARTICLE.slug}`);
    await settle(page);
    const address = page.url();
    const encoded = encodeURIComponent(address);

    const share = page.getByRole('region', { name: /^share/i });
    const links = share.getByRole('link');
    expect(await links.count()).toBeGreaterThanOrEqual(3);
    for (const link of await links.all()) {
      const href = (await link.getAttribute('href')) ?? '';
      const name = (await link.getAttribute('aria-label')) ?? (await link.innerText());
      expect(href, `the share link "${name}" carries the encoded page address`).toContain(encoded);
    }
    await expect(share.getByRole('link', { name: /facebook/i })).toHaveAttribute(
      'href',
      new RegExp(`^https://www\\.facebook\\.com/sharer/sharer\\.php\\?u=${escapeRegExp(encoded)}`),
    );

    await share.getByRole('button', { name: /copy link/i }).click();
    await expect(share.getByRole('status')).toHaveText(/copied/i);
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(address);
  });

  test('the event page has share links too', async ({ page }) => {
    await page.goto(`/en/events/${SECOND_WORKSHOP.slug}`);
    await settle(page);
    const share = page.getByRole('region', { name: /^share/i });
    await expect(share.getByRole('link', { name: /telegram/i })).toHaveAttribute(
      'href',
      new RegExp(escapeRegExp(encodeURIComponent(page.url()))),
    );
  });
});

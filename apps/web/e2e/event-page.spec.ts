import { expect, mainText, pageHeading, settle, test } from './support/fixtures';
import { GROUPS, SECOND_WORKSHOP, WORKSHOPS } from './support/site';

/** What a visitor reads on the event and impact pages (the same at any width: phone only). */
test.describe('event and impact pages', () => {
  test('the second workshop: venue, place and 23 women + 8 girls = 31', async ({ page }) => {
    await page.goto(`/en/events/${SECOND_WORKSHOP.slug}`);
    await settle(page);
    await expect(pageHeading(page)).toHaveText(SECOND_WORKSHOP.title.en);
    const text = await mainText(page);
    expect(text).toContain(SECOND_WORKSHOP.venue);
    expect(text).toMatch(/Akman/);
    expect(text).toMatch(/Jalal-Abad/);
    expect(text).toMatch(/Women:? 23\b/);
    expect(text).toMatch(/Girls:? 8\b/);
    expect(text).toMatch(/Total:? 31\b/);
  });

  test('the second workshop in Russian', async ({ page }) => {
    await page.goto(`/ru/events/${SECOND_WORKSHOP.slug}`);
    await settle(page);
    await expect(pageHeading(page)).toHaveText(SECOND_WORKSHOP.title.ru);
    const text = await mainText(page);
    expect(text).toMatch(/Женщины:? 23\b/);
    expect(text).toMatch(/Девочки:? 8\b/);
    expect(text).toMatch(/Всего:? 31\b/);
  });

  test('the fourth workshop links to the groups Ak-Tilek and Dostuk', async ({ page }) => {
    await page.goto(`/en/events/${WORKSHOPS[3].slug}`);
    await settle(page);
    const groups = page.getByRole('region', { name: 'Groups that took part' });
    await expect(groups.getByRole('link')).toHaveText([GROUPS.akTilek.name, GROUPS.dostuk.name]);
    await groups.getByRole('link', { name: GROUPS.akTilek.name }).click();
    await expect(page).toHaveURL(new RegExp(`/en/groups/${GROUPS.akTilek.slug}$`));
    await expect(pageHeading(page)).toHaveText(GROUPS.akTilek.name);
  });

  test('the impact page shows the totals: 6 events, 31 participants (23 women, 8 girls)', async ({
    page,
  }) => {
    await page.goto('/en/impact');
    await settle(page);
    const text = await mainText(page);
    expect(text).toMatch(/Women:? 23\b/);
    expect(text).toMatch(/Girls:? 8\b/);
    expect(text).toMatch(/\b31\b/);
    expect(text).toMatch(/\b6 events\b|events:? 6\b/i);
  });
});

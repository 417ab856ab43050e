import { type Page } from '@playwright/test';
import { expect, settle, test } from './support/fixtures';

interface Focused {
  description: string;
  tag: string;
  /** A folded menu's button (aria-expanded="false"). */
  folded: boolean;
  inMainNav: boolean;
  inMain: boolean;
  indicator: boolean;
  inViewport: boolean;
}

/** What has the focus, where it is, and whether it shows a focus indicator. */
function focused(page: Page): Promise<Focused | null> {
  return page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    if (!el || el === document.body) return null;
    const style = getComputedStyle(el);
    const outline = style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 1;
    const shadow = style.boxShadow !== 'none';
    const rect = el.getBoundingClientRect();
    const nav = el.closest('nav');
    const text = (el.getAttribute('aria-label') ?? el.textContent ?? '').trim().slice(0, 40);
    return {
      description: `<${el.tagName.toLowerCase()}> "${text}"`,
      tag: el.tagName.toLowerCase(),
      folded: el.getAttribute('aria-expanded') === 'false',
      inMainNav: !!nav && /main menu/i.test(nav.getAttribute('aria-label') ?? ''),
      inMain: !!el.closest('main'),
      indicator: outline || shadow,
      inViewport:
        rect.width > 0 && rect.height > 0 && rect.bottom > 0 && rect.top < window.innerHeight,
    };
  });
}

test.describe('keyboard', () => {
  test('tabbing through the home page reaches the main menu and the content, focus always visible', async ({
    page,
  }) => {
    await page.goto('/en');
    await settle(page);
    const seen: Focused[] = [];
    for (let i = 0; i < 40; i += 1) {
      await page.keyboard.press('Tab');
      const now = await focused(page);
      if (!now) continue;
      seen.push(now);
      expect(now.indicator, `a visible focus indicator on ${now.description}`).toBe(true);
      expect(now.inViewport, `${now.description} is scrolled into view`).toBe(true);
      // At phone width the menu is folded behind a button: open it as a keyboard user does.
      if (now.inMainNav && now.folded) await page.keyboard.press('Enter');
      if (now.inMain && seen.some((f) => f.inMainNav)) break;
    }
    const path = seen.map((f) => f.description).join(' → ');
    test.info().annotations.push({ type: 'focus path', description: path });
    expect(seen[0]?.description, 'the skip link comes first').toMatch(/Skip to main content/);
    expect(
      seen.some((f) => f.inMainNav && f.tag === 'a'),
      `a link of the main menu is reached: ${path}`,
    ).toBe(true);
    expect(
      seen.some((f) => f.inMain),
      `the content is reached: ${path}`,
    ).toBe(true);
  });

  test('the skip link moves the focus to the main content', async ({ page }) => {
    await page.goto('/en');
    await settle(page);
    await page.keyboard.press('Tab');
    const skip = page.getByRole('link', { name: 'Skip to main content' });
    await expect(skip).toBeFocused();
    await expect(skip).toBeInViewport();
    await page.keyboard.press('Enter');
    await expect(page.getByRole('main')).toBeFocused();
    await page.keyboard.press('Tab');
    const next = await focused(page);
    expect(next?.inMain, `after the skip link, Tab goes into main: ${next?.description}`).toBe(
      true,
    );
  });
});

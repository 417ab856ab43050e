import path from 'node:path';
import { WEB_ROOT } from '../scripts/built-app';
import { expectNoAxeViolations } from './support/axe';
import { expect, pageHeading, settle, test } from './support/fixtures';
import { PAGE_TYPES } from './support/site';

const SCREENSHOTS = path.join(WEB_ROOT, 'test-results', 'screenshots');

/**
 * Every kind of page, at phone and desktop width (the two projects): a screenshot to look at,
 * one h1, and no WCAG 2.2 A/AA violation that axe-core can find.
 */
for (const pageType of PAGE_TYPES) {
  test(`${pageType.name} (${pageType.path}): one h1, a screenshot, no axe violations`, async ({
    page,
    outsideRequests,
  }, testInfo) => {
    if ('map' in pageType) outsideRequests.visitorOpensMap();
    await page.goto(pageType.path);
    // Everything the page asks for (the footer's settings too) before the screenshot and axe.
    await page.waitForLoadState('networkidle');
    await settle(page);
    await page.screenshot({
      path: path.join(SCREENSHOTS, `${pageType.name}-${testInfo.project.name}.png`),
      fullPage: true,
    });
    await expect.soft(pageHeading(page), 'exactly one h1').toHaveCount(1);
    await expectNoAxeViolations(page);
  });
}

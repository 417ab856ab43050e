import { defineConfig } from '@playwright/test';
import { CHROMIUM_FLAGS, CHROMIUM_PATH } from './scripts/chromium';

/**
 * Browser tests of the built site (e2e/): Debian's Chromium, the real API server with the demo
 * content (started by e2e/global-setup.ts on a free port). Every page type (axe, screenshots),
 * the events filters and map, the language switch and the keyboard at phone and desktop width;
 * the rest at phone width. No retries: a flaky test is a bug to fix.
 */
const PHONE = {
  viewport: { width: 360, height: 800 },
  isMobile: true,
  hasTouch: true,
  deviceScaleFactor: 1,
};

export default defineConfig({
  testDir: './e2e',
  outputDir: './test-results/playwright',
  globalSetup: './e2e/global-setup.ts',
  fullyParallel: true,
  forbidOnly: Boolean(process.env.CI),
  retries: 0,
  workers: 2,
  timeout: 20_000,
  expect: { timeout: 5_000 },
  reporter: [['list']],
  use: {
    browserName: 'chromium',
    headless: true,
    launchOptions: { executablePath: CHROMIUM_PATH, args: CHROMIUM_FLAGS },
    locale: 'en-US',
    timezoneId: 'Asia/Bishkek',
    // No smooth scrolling or map animations: what is checked right after a key press has settled.
    reducedMotion: 'reduce',
    screenshot: 'only-on-failure',
    trace: 'off',
  },
  projects: [
    {
      name: 'phone',
      use: PHONE,
      grepInvert: /@after-site/,
    },
    {
      name: 'desktop',
      use: { viewport: { width: 1280, height: 800 } },
      // Reading, sharing, event facts and unknown addresses work the same at any width.
      testIgnore: ['news.spec.ts', 'not-found.spec.ts', 'event-page.spec.ts'],
      grepInvert: /@phone|@after-site/,
    },
    {
      // Tests that change the demo content's totals (publishing an event with participants):
      // after every other test, which count on those totals, at phone width.
      name: 'after-site',
      use: PHONE,
      dependencies: ['phone', 'desktop'],
      grep: /@after-site/,
    },
  ],
});

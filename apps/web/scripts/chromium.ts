/**
 * Debian's Chromium and the flags that work on our machines (see /work/shared/MACHINE-NOTES.md):
 * used by the browser tests (playwright.config.ts) and the Lighthouse script alike.
 */
export const CHROMIUM_PATH = process.env.CHROME_PATH || '/usr/bin/chromium';

export const CHROMIUM_FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

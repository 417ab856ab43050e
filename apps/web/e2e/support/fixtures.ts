import { type Page, type Request, test as base, expect } from '@playwright/test';

export { expect };

const LOCAL_HOSTS = new Set(['localhost', '127.0.0.1', '[::1]']);

export interface OutsideRequest {
  url: string;
  resourceType: string;
  /** Made after the visitor asked for something that needs it (the map's tiles). */
  asked: boolean;
}

/**
 * Every request to a host other than this machine is aborted and recorded. A test fails if the
 * site asked another host for anything the visitor did not ask for: the map's tiles become
 * expected once the visitor opens the map (they are still aborted: the map must work without).
 */
export class OutsideRequests {
  readonly all: OutsideRequest[] = [];
  private mapOpened = false;

  /** The visitor opened the map: images from other hosts (tiles) are expected from now on. */
  visitorOpensMap(): void {
    this.mapOpened = true;
  }

  record(request: Request): void {
    const resourceType = request.resourceType();
    this.all.push({
      url: request.url(),
      resourceType,
      asked: this.mapOpened && resourceType === 'image',
    });
  }

  get unasked(): OutsideRequest[] {
    return this.all.filter((request) => !request.asked);
  }
}

export function isOutside(url: URL): boolean {
  return /^(https?|wss?):$/.test(url.protocol) && !LOCAL_HOSTS.has(url.hostname);
}

interface Fixtures {
  outsideRequests: OutsideRequests;
  pageErrors: string[];
}

export const test = base.extend<Fixtures>({
  // The server's address is only known once global setup has started it.
  // eslint-disable-next-line no-empty-pattern
  baseURL: async ({}, use) => {
    const url = process.env.E2E_BASE_URL;
    if (!url) throw new Error('E2E_BASE_URL is not set: run through `playwright test`');
    await use(url);
  },

  outsideRequests: [
    async ({ context }, use) => {
      const outside = new OutsideRequests();
      await context.route(isOutside, async (route) => {
        outside.record(route.request());
        await route.abort('blockedbyclient');
      });
      await use(outside);
      const unasked = outside.unasked.map((r) => `${r.resourceType} ${r.url}`);
      expect(unasked, 'requests to other hosts that the visitor did not ask for').toEqual([]);
    },
    { auto: true },
  ],

  pageErrors: [
    async ({ page }, use) => {
      const errors: string[] = [];
      page.on('pageerror', (error) => errors.push(`${error.name}: ${error.message}`));
      await use(errors);
      expect(errors, 'uncaught errors in the page').toEqual([]);
    },
    { auto: true },
  ],
});

/** The page's one level-1 heading. */
export const pageHeading = (page: Page) => page.getByRole('heading', { level: 1 });

/**
 * Waits until the page has rendered its content: a visible h1, nothing marked aria-busy, no
 * progress status left ("Loading…"), fonts and images loaded.
 */
export async function settle(page: Page): Promise<void> {
  await expect(pageHeading(page).first()).toBeVisible();
  await expect(page.locator('[aria-busy="true"]')).toHaveCount(0);
  // "Loading…", "Searching…", "Загрузка…": every progress message ends with an ellipsis.
  await expect(
    page.getByRole('status').filter({ hasText: /(…|\.\.\.)\s*$|loading|загру|жүкт/i }),
  ).toHaveCount(0);
  await page.evaluate(async () => {
    await document.fonts.ready;
    await Promise.all(
      [...document.images]
        .filter((img) => !img.complete && img.loading !== 'lazy')
        .map(
          (img) =>
            new Promise((resolve) => {
              img.addEventListener('load', resolve);
              img.addEventListener('error', resolve);
            }),
        ),
    );
  });
}

/**
 * At phone width the header may fold its navigation behind a "Menu" button: open it if so.
 * Does nothing when there is no such button or it is already open.
 */
export async function openMenuIfFolded(page: Page): Promise<void> {
  const toggle = page
    .getByRole('banner')
    .getByRole('button', { name: /^(menu|меню)$/i, expanded: false });
  if ((await toggle.count()) > 0 && (await toggle.first().isVisible())) {
    await toggle.first().click();
  }
}

/**
 * The visible text of the main landmark with white space collapsed: what a visitor reads,
 * whatever the markup (a description list, a table, a sentence).
 */
export async function mainText(page: Page): Promise<string> {
  return (await page.getByRole('main').innerText()).replace(/\s+/g, ' ');
}

export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

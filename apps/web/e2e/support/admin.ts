/** The admin as the browser tests use it: the demo admin's account and logging in. */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { type Browser, type Page, expect } from '@playwright/test';
import { type Manifest, isAdminChunk } from '../../scripts/check-bundle';
import { MANIFEST } from '../../scripts/built-app';

export interface Account {
  email: string;
  password: string;
}

/** The demo admin (its password is read from the server's output by global-setup.ts). */
export function demoAdmin(): Account {
  const email = process.env.E2E_ADMIN_EMAIL;
  const password = process.env.E2E_ADMIN_PASSWORD;
  // Never a skip: without the password the admin's tests would silently not run.
  if (!email || !password) {
    throw new Error('the demo admin password is unknown: global-setup.ts sets E2E_ADMIN_PASSWORD');
  }
  return { email, password };
}

/** Logs in through the login page and waits for the dashboard. */
export async function logIn(page: Page, account: Account): Promise<void> {
  await page.goto('/admin/login');
  await page.getByLabel(/^(e-mail|электронная почта|электрондук почта)/i).fill(account.email);
  await page
    .getByLabel(/^(password|пароль|сырсөз)/i)
    .first()
    .fill(account.password);
  await page.getByRole('button', { name: /^(log in|войти|кирүү)$/i }).click();
  await expect(page).toHaveURL(/\/admin\/?$/);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
}

/** A new browser context (its own cookies) with a logged-in page. */
export async function loggedInPage(browser: Browser, baseURL: string, account: Account) {
  const context = await browser.newContext({
    baseURL,
    locale: 'en-US',
    timezoneId: 'Asia/Bishkek',
  });
  const page = await context.newPage();
  await logIn(page, account);
  return { context, page };
}

/** The built files of the admin (from the manifest of the dist the server serves). */
export function adminFiles(): Set<string> {
  const manifest = JSON.parse(readFileSync(MANIFEST, 'utf8')) as Manifest;
  return new Set(
    Object.entries(manifest)
      .filter(([key, chunk]) => isAdminChunk(key, chunk))
      .map(([, chunk]) => chunk.file),
  );
}

/** What the tests use of sharp (a dependency of the API, not of the web app). */
type SharpLike = (options: {
  create: {
    width: number;
    height: number;
    channels: 3;
    background: { r: number; g: number; b: number };
  };
}) => { jpeg(): { toBuffer(): Promise<Buffer> } };

/** A small real JPEG, made with the API's own sharp. */
export async function photo(): Promise<Buffer> {
  const require = createRequire(import.meta.url);
  const sharp = require('../../../api/node_modules/sharp') as SharpLike;
  return sharp({
    create: {
      width: 640,
      height: 480,
      channels: 3,
      background: { r: Math.floor(Math.random() * 255), g: 120, b: 80 },
    },
  })
    .jpeg()
    .toBuffer();
}

/** Uploads a new photo through the media library's button (in English) and waits for it. */
export async function upload(page: Page, name: string) {
  await page.getByLabel('Choose photos or PDFs').setInputFiles({
    name,
    mimeType: 'image/jpeg',
    buffer: await photo(),
  });
  await expect(page.getByText(`“${name}” uploaded`)).toBeVisible({ timeout: 15_000 });
}

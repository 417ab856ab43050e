/** The admin as the browser tests use it: the demo admin's account and logging in. */
import { readFileSync } from 'node:fs';
import { type Browser, type Page, expect, test } from '@playwright/test';
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
  test.skip(!email || !password, 'the demo admin password is unknown (E2E_ADMIN_PASSWORD)');
  return { email: email!, password: password! };
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

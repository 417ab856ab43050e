import { formatViolations, runAxe } from './support/axe';
import { adminFiles, demoAdmin, logIn } from './support/admin';
import { expect, settle, test } from './support/fixtures';

test.describe('admin', () => {
  test('the public home page loads no admin code', async ({ page }) => {
    const admin = adminFiles();
    expect(admin.size, 'admin chunks in the build').toBeGreaterThan(0);
    const scripts: string[] = [];
    page.on('request', (request) => {
      if (request.resourceType() === 'script') scripts.push(new URL(request.url()).pathname);
    });
    await page.goto('/en');
    await settle(page);
    expect(scripts.length).toBeGreaterThan(0);
    expect(scripts.filter((file) => admin.has(file.replace(/^\//, '')))).toEqual([]);
  });

  test('anonymous visitors are sent to the login page; a wrong password is explained', async ({
    page,
  }) => {
    demoAdmin();
    await page.goto('/admin/articles');
    await expect(page).toHaveURL(/\/admin\/login\?next=(%2F|\/)admin(%2F|\/)articles$/);
    await page.getByLabel(/^E-mail/).fill('nobody@example.org');
    await page.getByLabel(/^Password( \*)?$/).fill('not the password');
    await page.getByRole('button', { name: 'Log in' }).click();
    await expect(page.getByRole('alert')).toHaveText('Wrong e-mail or password.');
    await expect(page.getByLabel(/^Password( \*)?$/)).toBeVisible();
  });

  test('login page, dashboard and article editor: no axe violations', async ({ page }) => {
    const admin = demoAdmin();
    await page.goto('/admin/login');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Staff login');
    const checks: [string, Awaited<ReturnType<typeof runAxe>>][] = [['login', await runAxe(page)]];
    await page.screenshot({
      path: `test-results/screenshots/admin-login-${test.info().project.name}.png`,
      fullPage: true,
    });

    await logIn(page, admin);
    await settle(page);
    checks.push(['dashboard', await runAxe(page)]);
    await page.screenshot({
      path: `test-results/screenshots/admin-dashboard-${test.info().project.name}.png`,
      fullPage: true,
    });

    await page.goto('/admin/articles');
    await settle(page);
    checks.push(['articles', await runAxe(page)]);
    await page
      .getByRole('link', { name: 'Harassment is a special kind of violence' })
      .first()
      .click();
    await expect(page.getByRole('textbox', { name: 'Text' }).first()).toBeVisible();
    await settle(page);
    checks.push(['article editor', await runAxe(page)]);
    await page.screenshot({
      path: `test-results/screenshots/admin-article-${test.info().project.name}.png`,
      fullPage: true,
    });

    const failures = checks.filter(([, violations]) => violations.length > 0);
    expect(
      failures
        .map(([name, violations]) => `${name}:\n${formatViolations(violations)}`)
        .join('\n\n'),
    ).toBe('');
  });
});

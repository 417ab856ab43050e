import { type Account, demoAdmin, logIn, loggedInPage, upload } from './support/admin';
import { expect, pageHeading, test } from './support/fixtures';

/**
 * The editorial workflow end to end, once (at phone width: the admin works at 360 px): the admin
 * creates an editor and an author; the author uploads a photo (alt text, consent), writes an
 * article in Russian with it as the cover and submits it; the editor finds it on the dashboard,
 * schedules it, then publishes it; the site shows it, photo included.
 */
test('an author writes, an editor schedules and publishes, the site shows it @phone', async ({
  page,
  browser,
  baseURL,
}) => {
  test.setTimeout(150_000);
  const admin = demoAdmin();
  const run = Date.now().toString(36);
  const password = `Quiet-meadow-${run}-river`;
  const editor: Account = { email: `editor-${run}@example.org`, password };
  const author: Account = { email: `author-${run}@example.org`, password };

  // The admin creates both accounts on the Users page.
  await logIn(page, admin);
  for (const [account, name, role] of [
    [editor, 'Elmira Editor', 'Editor'],
    [author, 'Aigul Author', 'Author'],
  ] as const) {
    await page.goto('/admin/users');
    await page.getByRole('link', { name: 'Add a user' }).click();
    await page.getByLabel(/^E-mail/).fill(account.email);
    await page.getByLabel(/^Name/).fill(name);
    await page.getByRole('radio', { name: new RegExp(`^${role}`) }).check();
    await page.getByLabel(/^Password( \*)?$/).fill(account.password);
    await page.getByRole('button', { name: 'Create user' }).click();
    await expect(page.getByText('User created.')).toBeVisible();
    await expect(pageHeading(page)).toHaveText(name);
  }

  // The author uploads a photo of the training, with its Russian alt text and the consent given.
  const title = `Тренинг по правам женщин ${run}`;
  const alt = `Участницы тренинга ${run}`;
  const authorSession = await loggedInPage(browser, baseURL!, author);
  const a = authorSession.page;
  await a.goto('/admin/media');
  await upload(a, `training-${run}.jpg`);
  const details = a.getByRole('region', { name: 'File details' });
  await details
    .getByRole('group', { name: /^Русский/ })
    .getByLabel('Alt text (for readers who cannot see the image)')
    .fill(alt);
  await details.getByLabel('Consent of the people shown').selectOption('obtained');
  await details.getByRole('button', { name: 'Save' }).click();
  await expect(a.getByText('Saved', { exact: true })).toBeVisible();

  // Then writes in Russian (switching the admin to Russian) and submits for review.
  await a.goto('/admin');
  await a.getByLabel('Interface language').selectOption('ru');
  await expect(a.getByRole('link', { name: 'Написать статью' })).toBeVisible();
  await a.getByRole('link', { name: 'Написать статью' }).click();
  await a.getByRole('textbox', { name: 'Заголовок', exact: true }).fill(title);
  await expect(a.getByRole('textbox', { name: 'Адрес (slug)' })).toHaveValue(
    `trening-po-pravam-zhenshchin-${run}`,
  );
  const body = a.getByRole('textbox', { name: 'Текст' });
  await body.click();
  await body.pressSequentially('Женщины из трёх айылов обсудили свои права.');
  // The cover picker comes before the gallery's ("Добавить из медиатеки").
  await a
    .getByRole('button', { name: /^Выбрать из медиатеки/ })
    .first()
    .click();
  const picker = a.getByRole('dialog');
  await picker.getByLabel('Поиск по названию').fill(run);
  await picker.getByRole('button', { name: 'Найти' }).click();
  await picker.getByRole('button', { name: alt }).click();
  await expect(a.getByText(alt, { exact: true })).toBeVisible();
  await a.getByRole('button', { name: 'Создать черновик' }).click();
  await expect(a).toHaveURL(/\/admin\/articles\/\d+$/);
  await expect(a.getByText('Черновик', { exact: true }).first()).toBeVisible();
  await a.getByRole('button', { name: 'Отправить на проверку' }).click();
  await expect(a.getByText('На проверке', { exact: true }).first()).toBeVisible();
  // Authors never publish.
  await expect(a.getByRole('button', { name: 'Опубликовать сейчас' })).toHaveCount(0);
  await authorSession.context.close();

  // The editor sees it awaiting review, schedules it, then publishes it now.
  const editorSession = await loggedInPage(browser, baseURL!, editor);
  const e = editorSession.page;
  const review = e.getByRole('region', { name: 'Awaiting review' });
  await review.getByRole('link', { name: title }).click();
  await e.getByRole('button', { name: 'Schedule…' }).click();
  const tomorrow = new Date(Date.now() + 30 * 3600_000 + 6 * 3600_000).toISOString().slice(0, 16);
  await e.getByLabel('Publication date and time').fill(tomorrow);
  await e.getByRole('button', { name: 'Schedule', exact: true }).click();
  await expect(e.getByText('Scheduled', { exact: true }).first()).toBeVisible();
  await e.getByRole('button', { name: 'Publish now' }).click();
  await expect(e.getByText('Published', { exact: true }).first()).toBeVisible();
  await editorSession.context.close();

  // The public site shows it.
  await page.goto(`/ru/news/trening-po-pravam-zhenshchin-${run}`);
  await expect(pageHeading(page)).toHaveText(title);
  await expect(page.getByText('Женщины из трёх айылов обсудили свои права.')).toBeVisible();
  await expect(page.getByRole('img', { name: alt })).toBeVisible();
});

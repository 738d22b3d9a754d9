// Users: create one in the dialog, find it by search (kept in the URL), sort, page through with Back and Forward,
// edit its description, delete it after typing its name.
import { expect, test } from '@playwright/test';
import {
  assertToast,
  createUserViaApi,
  expectNoSeriousA11yViolations,
  getUserViaApi,
  goToUser,
  keepScreenshot,
  signInAsRoot,
  uniqueUserName,
  paths,
  expectPath,
  signInViaApi,
} from './support/index.ts';

test('create a user, find it, edit its description and delete it', async ({ page, request }) => {
  const userName = uniqueUserName('crud');
  await signInAsRoot(page);
  await expect(page).toHaveTitle('Users · SAM Console');
  await expect(page.getByRole('heading', { level: 1, name: 'Users' })).toBeVisible();
  await expect(page.getByRole('table')).toBeVisible();
  await keepScreenshot(page, 'users-list');
  await expectNoSeriousA11yViolations(page);

  await page.getByRole('button', { name: 'Create user' }).click();
  const dialog = page.getByRole('dialog', { name: 'Create user' });
  await expect(dialog.getByLabel('User name')).toBeFocused();
  // The same rule, in the same words, as the server.
  await dialog.getByLabel('User name').fill('has space');
  await dialog.getByRole('button', { name: 'Create user' }).click();
  await expect(
    dialog
      .getByText('A user name is 1 to 100 characters: letters, digits and _ - . @ + = ,', { exact: true })
      .last(),
  ).toBeVisible();
  await keepScreenshot(page, 'users-create-dialog', { fullPage: false });
  await expectNoSeriousA11yViolations(page);

  await dialog.getByLabel('User name').fill(userName);
  await dialog.getByLabel('Description (optional)').fill('Made by the e2e scenario');
  // A double click submits once: a second create would answer "already exists".
  await dialog.getByRole('button', { name: 'Create user' }).dblclick();
  await expect(dialog).toBeHidden();
  await assertToast(page, `User ${userName} created.`);
  await expect(page.locator('.toaster').getByRole('alert')).toBeEmpty();

  // A name that exists is refused by the server, and the message lands on the name field.
  await page.getByRole('button', { name: 'Create user' }).click();
  await dialog.getByLabel('User name').fill(userName);
  await dialog.getByRole('button', { name: 'Create user' }).click();
  await expect(dialog.getByText(`A SAM user named '${userName}' already exists.`)).toBeVisible();
  await expect(dialog.getByLabel('User name')).toHaveAttribute('aria-invalid', 'true');
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();

  await page.getByRole('searchbox', { name: 'Search users by name or description' }).fill('made by the e2e');
  await expect(page).toHaveURL(/[?&]q=made\+by\+the\+e2e/);
  const row = page.getByRole('row').filter({ hasText: userName });
  await expect(row).toBeVisible();
  await expect(row).toContainText('Made by the e2e scenario');
  await page.reload();
  await expect(page.getByRole('searchbox', { name: 'Search users by name or description' })).toHaveValue(
    'made by the e2e',
  );
  await expect(page.getByRole('row').filter({ hasText: userName })).toBeVisible();

  await page.getByRole('link', { name: userName }).click();
  await expectPath(page, paths.user(userName));
  await expect(page).toHaveTitle(`${userName} · Overview · SAM Console`);
  await keepScreenshot(page, 'user-overview');
  await expectNoSeriousA11yViolations(page);

  const description = page.getByRole('textbox', { name: 'Description' });
  await description.fill('Edited by the e2e scenario');
  await page.getByRole('button', { name: 'Save description' }).click();
  await assertToast(page, 'Description saved.');
  await expect
    .poll(async () => (await getUserViaApi(request, userName))?.description)
    .toBe('Edited by the e2e scenario');

  await page.getByRole('button', { name: 'Delete user' }).click();
  const confirm = page.getByRole('alertdialog', { name: `Delete ${userName}?` });
  const confirmButton = confirm.getByRole('button', { name: 'Delete user' });
  await expect(confirmButton).toBeDisabled();
  await confirm.getByLabel(/Type .* to confirm/).fill(userName);
  await keepScreenshot(page, 'user-delete-confirm', { fullPage: false });
  await expectNoSeriousA11yViolations(page);
  await confirmButton.click();
  await expectPath(page, paths.users());
  await assertToast(page, `User ${userName} deleted.`);
  expect(await getUserViaApi(request, userName)).toBeNull();
});

test('sorting by a column is kept in the URL and orders the rows', async ({ page, request }) => {
  const prefix = uniqueUserName('sort');
  const root = await createUserViaApi(request, { userName: `${prefix}-a`, description: 'zzz last' });
  await createUserViaApi(request, { userName: `${prefix}-b`, description: 'aaa first' }, root);
  await signInAsRoot(page, paths.users({ q: prefix }));
  const names = page.getByRole('row').locator('td:first-child');
  await expect(names).toHaveText([`${prefix}-a`, `${prefix}-b`]);
  await page.getByRole('button', { name: 'Description' }).click();
  await expect(page).toHaveURL(/sort=description/);
  await expect(names).toHaveText([`${prefix}-b`, `${prefix}-a`]);
  await expect(page.getByRole('columnheader', { name: 'Description' })).toHaveAttribute(
    'aria-sort',
    'ascending',
  );
  await page.getByRole('button', { name: 'Description' }).click();
  await expect(page).toHaveURL(/dir=desc/);
  await expect(names).toHaveText([`${prefix}-a`, `${prefix}-b`]);
});

test('an unknown user says so instead of failing', async ({ page }) => {
  await signInAsRoot(page);
  // /users/:name alone opens the overview tab.
  await page.goto(`${paths.users()}/nobody-by-this-name`);
  await expectPath(page, paths.user('nobody-by-this-name'));
  await expect(page.getByText('There is no user named')).toBeVisible();
  await goToUser(page, 'nobody-by-this-name', 'overview');
});

test('turning a page of users can be undone with Back, and shows the new page from its first row', async ({
  page,
  request,
}) => {
  const prefix = uniqueUserName('page');
  const root = await signInViaApi(request);
  const names = Array.from({ length: 60 }, (_, index) => `${prefix}-${String(index).padStart(2, '0')}`);
  for (let start = 0; start < names.length; start += 10) {
    await Promise.all(
      names.slice(start, start + 10).map((userName) => createUserViaApi(request, { userName }, root)),
    );
  }

  await signInAsRoot(page, paths.users({ q: prefix }));
  const pages = page.getByRole('navigation', { name: 'Pages of users' });
  await expect(pages).toContainText('Page 1 of 2');
  await pages.getByRole('button', { name: 'Next' }).click();

  await expect(page).toHaveURL(/[?&]page=2/);
  await expect(pages).toContainText('Page 2 of 2');
  await expect(page.getByRole('link', { name: names[50] })).toBeInViewport();
  await expect(page.getByRole('table')).toBeFocused();
  await expect(page.getByRole('table')).toHaveAccessibleName(/page 2 of 2/);

  await page.goBack();
  await expect(page).not.toHaveURL(/[?&]page=/);
  await expect(pages).toContainText('Page 1 of 2');
  await expect(page.getByRole('searchbox', { name: 'Search users by name or description' })).toHaveValue(
    prefix,
  );
  await expect(page.getByRole('link', { name: names[0] })).toBeVisible();

  await page.goForward();
  await expect(pages).toContainText('Page 2 of 2');
});

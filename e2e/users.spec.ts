// Users: create one in the dialog (its page opens with next steps), find it by search (kept in the URL), sort, page
// through with Back and Forward, edit its description, delete it after typing its name.
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
  userUrl,
  paths,
  expectPath,
  signInViaApi,
  E2E_BASE_URL,
  submitSamUserSignIn,
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
  // The server's rule, with the part that broke named by what was typed.
  const nameField = dialog.getByLabel('User name');
  await nameField.fill('has space');
  await dialog.getByRole('button', { name: 'Create user' }).click();
  await expect(nameField).toHaveAccessibleDescription(
    "A user name is 1 to 100 characters: letters, digits and _ - . @ + = , ' ' (space) is not allowed. Use letters, digits and _ - . @ + = ,",
  );
  // Checked again as it changes, once submitted.
  await nameField.fill('team/ops');
  await expect(dialog.locator('.field__error')).toHaveText(
    "'/' is not allowed. Use letters, digits and _ - . @ + = ,",
  );
  await nameField.fill('x'.repeat(101));
  await expect(dialog.locator('.field__error')).toHaveText('Too long: 101 of 100 characters.');
  // The description counts as it is typed, and shows past its limit as an error before any submit.
  const newDescription = dialog.getByLabel('Description (optional)');
  await expect(dialog.getByText('0 / 1000')).toBeVisible();
  await newDescription.fill('d'.repeat(1001));
  await expect(dialog.getByText('1001 / 1000')).toBeVisible();
  await expect(newDescription).toHaveAttribute('aria-invalid', 'true');
  await expect(dialog.getByRole('status').filter({ hasText: 'over the limit' })).toHaveText(
    '1 character over the limit.',
  );
  await keepScreenshot(page, 'users-create-dialog', { fullPage: false });
  await expectNoSeriousA11yViolations(page);
  await dialog.getByRole('button', { name: 'Create user' }).click();
  await expect(dialog.locator('.field__error').last()).toHaveText('Too long: 1001 of 1000 characters.');

  await nameField.fill(userName);
  await newDescription.fill('Made by the e2e scenario');
  await expect(newDescription).not.toHaveAttribute('aria-invalid');
  // A double click submits once: a second create would answer "already exists".
  await dialog.getByRole('button', { name: 'Create user' }).dblclick();
  await expect(dialog).toBeHidden();
  await assertToast(page, `User ${userName} created.`);
  await expect(page.locator('.toaster').getByRole('alert')).toBeEmpty();
  // The new user's page opens, with its next steps; Back returns to the list.
  await expectPath(page, paths.user(userName));
  await expect(page.getByRole('region', { name: 'Next steps' })).toBeVisible();
  await page.goBack();
  await expectPath(page, paths.users());

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

test('a new user opens with its next steps, marked done as they are done, until dismissed', async ({
  page,
}) => {
  const userName = uniqueUserName('steps');
  await signInAsRoot(page);
  await page.getByRole('button', { name: 'Create user' }).first().click();
  const dialog = page.getByRole('dialog', { name: 'Create user' });
  await dialog.getByLabel('User name').fill(userName);
  await dialog.getByRole('button', { name: 'Create user' }).click();
  await expectPath(page, paths.user(userName));
  const steps = page.getByRole('region', { name: 'Next steps' });
  await expect(steps).toContainText(`${userName} is created.`);
  await expect(steps.getByRole('link')).toHaveText([
    'Set a console password',
    'Apply a permission template',
    'Generate an AuthKey',
  ]);
  await expect(steps.getByText('Done', { exact: true })).toHaveCount(0);
  await keepScreenshot(page, 'user-next-steps');
  await expectNoSeriousA11yViolations(page);

  // Each step leads to its tab; the panel stays above the tabs and marks the step done.
  await steps.getByRole('link', { name: 'Set a console password' }).click();
  await expectPath(page, paths.user(userName, 'password'));
  const setForm = page.getByRole('region', { name: 'Set a password' });
  await setForm.getByLabel('New password', { exact: true }).fill('next-steps-pass-1');
  await setForm.getByLabel('Repeat the new password').fill('next-steps-pass-1');
  await setForm.getByRole('button', { name: 'Set password' }).click();
  await assertToast(page, 'Console password set.');
  await expect(steps.getByRole('listitem').filter({ hasText: 'Set a console password' })).toContainText(
    'Done',
  );

  await steps.getByRole('link', { name: 'Generate an AuthKey' }).click();
  await expectPath(page, paths.user(userName, 'auth-keys'));
  await page.getByRole('button', { name: 'Generate AuthKey' }).click();
  const keyDialog = page.getByRole('dialog', { name: `New AuthKey for ${userName}` });
  await keyDialog.getByRole('button', { name: 'Done' }).click();
  await page
    .getByRole('alertdialog', { name: 'Have you saved the secret?' })
    .getByRole('button', { name: 'Yes, close' })
    .click();
  await expect(steps.getByRole('listitem').filter({ hasText: 'Generate an AuthKey' })).toContainText('Done');
  await expect(
    steps.getByRole('listitem').filter({ hasText: 'Apply a permission template' }),
  ).not.toContainText('Done');
  await expectNoSeriousA11yViolations(page);

  // Kept over a reload, gone once dismissed.
  await page.reload();
  await expect(steps).toBeVisible();
  await steps.getByRole('button', { name: 'Dismiss' }).click();
  await expect(steps).toBeHidden();
  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: userName })).toBeVisible();
  await expect(page.getByRole('table', { name: new RegExp(userName) })).toBeVisible();
  await expect(steps).toBeHidden();
});

test('next steps offer only what a SAM user may do', async ({ browser, request }) => {
  const admin = uniqueUserName('stepsadmin');
  const root = await createUserViaApi(request, { userName: admin, password: 'steps-admin-pass-1' });
  // May create users and set passwords, not AuthKeys or permissions; reads its own documents, so the console knows.
  await request.put(userUrl(root, admin, '/permission'), {
    headers: root.headers,
    data: {
      permission: JSON.stringify({
        statements: [
          {
            effect: 'allow',
            api: [
              'User:listUsers',
              'User:getUser',
              'User:getUserMFAStatus',
              'User:createUser',
              'User:hasUserPassword',
              'User:createUserPassword',
              'User:getUserPermission',
              'User:getDefaultPermissions',
            ],
          },
        ],
      }),
    },
  });
  const context = await browser.newContext({ baseURL: E2E_BASE_URL });
  const page = await context.newPage();
  await page.goto(paths.signIn({ method: 'user', next: paths.users() }));
  await submitSamUserSignIn(page, {
    operatorId: root.operatorId,
    userName: admin,
    password: 'steps-admin-pass-1',
  });
  await expect(page.getByRole('button', { name: 'Sign out' })).toBeVisible();
  const userName = uniqueUserName('stepsmade');
  await page.getByRole('button', { name: 'Create user' }).first().click();
  const dialog = page.getByRole('dialog', { name: 'Create user' });
  await dialog.getByLabel('User name').fill(userName);
  await dialog.getByRole('button', { name: 'Create user' }).click();
  await expectPath(page, paths.user(userName));
  const steps = page.getByRole('region', { name: 'Next steps' });
  await expect(steps.getByRole('link')).toHaveText(['Set a console password']);
  await context.close();
});

// Console password: set one, change it (the current one is checked), remove it after confirming; a SAM user allowed
// only to change their own finds the form; an admin resets another user's in one step, to a generated password that
// signs the user in (in a fresh browser) while their open session ends; a reset refused half-way says so.
import { expect, test, type Page } from '@playwright/test';
import {
  assertToast,
  createUserViaApi,
  expectNoSeriousA11yViolations,
  getUserViaApi,
  goToUser,
  keepScreenshot,
  signInAsRoot,
  signInViaApi,
  uniqueUserName,
  submitSamUserSignIn,
  paths,
  E2E_BASE_URL,
  expectPathname,
  setUserPermissionViaApi,
} from './support/index.ts';

test('set, change and remove a user password', async ({ page, request }) => {
  const userName = uniqueUserName('pw');
  const root = await createUserViaApi(request, { userName });
  await signInAsRoot(page);
  await goToUser(page, userName, 'password');
  await expect(page).toHaveTitle(`${userName} · Console password · SAM Console`);
  await expect(page.getByText('cannot sign in to the console with a password')).toBeVisible();
  await keepScreenshot(page, 'user-password-unset');
  await expectNoSeriousA11yViolations(page);

  const setForm = page.getByRole('region', { name: 'Set a password' });
  await setForm.getByLabel('New password', { exact: true }).fill('short');
  await setForm.getByLabel('Repeat the new password').fill('short');
  await setForm.getByRole('button', { name: 'Set password' }).click();
  await expect(setForm.getByText('Too short: 5 of at least 8 characters.')).toBeVisible();
  await setForm.getByLabel('New password', { exact: true }).fill('first-password-1');
  await setForm.getByLabel('Repeat the new password').fill('first-password-1');
  await setForm.getByRole('button', { name: 'Set password' }).click();
  await assertToast(page, 'Console password set.');
  await expect(page.getByText('can sign in to the console with a password')).toBeVisible();
  await signInViaApi(request, { operatorId: root.operatorId, userName, password: 'first-password-1' });

  const changeForm = page.getByRole('region', { name: 'Change the password' });
  await changeForm.getByLabel('Current password').fill('not-the-current-one');
  await changeForm.getByLabel('New password', { exact: true }).fill('second-password-2');
  await changeForm.getByLabel('Repeat the new password').fill('second-password-2');
  await changeForm.getByRole('button', { name: 'Change password' }).click();
  await expect(changeForm.getByText('Is not the current password', { exact: true })).toBeVisible();
  await expect(changeForm.getByLabel('Current password')).toHaveAttribute('aria-invalid', 'true');
  await keepScreenshot(page, 'user-password-change-error');
  await changeForm.getByLabel('Current password').fill('first-password-1');
  await changeForm.getByRole('button', { name: 'Change password' }).click();
  await assertToast(page, 'Console password changed.');
  await signInViaApi(request, { operatorId: root.operatorId, userName, password: 'second-password-2' });
  await keepScreenshot(page, 'user-password-set');
  await expectNoSeriousA11yViolations(page);

  await page.getByRole('button', { name: 'Remove password' }).click();
  const confirm = page.getByRole('alertdialog', { name: 'Remove the console password?' });
  await expect(confirm.getByRole('button', { name: 'Cancel' })).toBeFocused();
  await confirm.getByRole('button', { name: 'Remove password' }).click();
  await assertToast(page, 'Console password removed.');
  await expect(page.getByText('cannot sign in to the console with a password')).toBeVisible();
  expect((await getUserViaApi(request, userName, root))?.hasPassword).toBe(false);
});

test('a SAM user allowed only to change their own password finds the change form on their password tab', async ({
  page,
  request,
}) => {
  const userName = uniqueUserName('selfpw');
  const root = await createUserViaApi(request, { userName, password: 'self-service-pass-1' });
  const permission = JSON.stringify({
    statements: [
      {
        effect: 'allow',
        api: 'User:updateUserPassword',
        condition: "pathVariable('user_name') == samUserName",
      },
    ],
  });
  const saved = await request.put(`/v1/operators/${root.operatorId}/users/${userName}/permission`, {
    headers: root.headers,
    data: { permission },
  });
  expect(saved.ok()).toBe(true);

  await page.goto(paths.signIn({ method: 'user', next: paths.user(userName, 'password') }));
  await submitSamUserSignIn(page, { operatorId: root.operatorId, userName, password: 'self-service-pass-1' });

  const notice = page.getByRole('note').filter({ hasText: 'User:hasUserPassword' });
  await expect(notice).toBeVisible();
  const change = page.getByRole('region', { name: 'Change the password' });
  await expect(change).toBeVisible();
  const noticeBox = await notice.boundingBox();
  const changeBox = await change.boundingBox();
  expect(noticeBox && changeBox ? changeBox.y - (noticeBox.y + noticeBox.height) : -1).toBeGreaterThanOrEqual(
    16,
  );
  await keepScreenshot(page, 'qa-self-service-password');
  await expectNoSeriousA11yViolations(page);

  await change.getByLabel('Current password').fill('self-service-pass-1');
  await change.getByLabel('New password', { exact: true }).fill('self-service-pass-2');
  await change.getByLabel('Repeat the new password').fill('self-service-pass-2');
  await change.getByRole('button', { name: 'Change password' }).click();
  await expect(
    page.locator('.toaster').getByRole('status').getByText('Console password changed.'),
  ).toBeVisible();
  await signInViaApi(request, { operatorId: root.operatorId, userName, password: 'self-service-pass-2' });
});

/** The generated password shown in its one-time dialog. */
async function readGeneratedPassword(page: Page, userName: string): Promise<string> {
  const shown = page.getByRole('dialog', { name: `New console password for ${userName}` });
  await expect(shown.getByText('This is the only time it is shown.')).toBeVisible();
  const password =
    (await shown.getByRole('group', { name: 'Generated password' }).locator('code').textContent()) ?? '';
  expect(password).toHaveLength(20);
  return password;
}

test('reset another user’s password to a generated one: their session ends and the new one signs them in', async ({
  page,
  browser,
  request,
}) => {
  const userName = uniqueUserName('reset');
  const root = await createUserViaApi(request, { userName, password: 'before-reset-1' });
  // The user is signed in, in their own browser.
  const theirs = await browser.newContext({ baseURL: E2E_BASE_URL });
  const theirPage = await theirs.newPage();
  await theirPage.goto(paths.signIn({ method: 'user', next: paths.user(userName, 'password') }));
  await submitSamUserSignIn(theirPage, { operatorId: root.operatorId, userName, password: 'before-reset-1' });
  await expect(theirPage.getByRole('button', { name: 'Sign out' })).toBeVisible();

  await signInAsRoot(page, paths.user(userName, 'password'));
  const panel = page.getByRole('region', { name: 'Reset the password' });
  await panel.getByRole('button', { name: 'Reset password' }).click();
  const dialog = page.getByRole('dialog', { name: `Reset the console password of ${userName}?` });
  await expect(dialog).toContainText('every session of theirs ends');
  await expect(dialog.getByRole('radio', { name: 'Generate a strong one' })).toBeChecked();
  await keepScreenshot(page, 'user-password-reset', { fullPage: false });
  await expectNoSeriousA11yViolations(page);
  await dialog.getByRole('button', { name: 'Reset password' }).click();

  const password = await readGeneratedPassword(page, userName);
  await assertToast(page, 'Console password reset. The user’s sessions have ended.');
  const shown = page.getByRole('dialog', { name: `New console password for ${userName}` });
  await expect(shown.getByRole('button', { name: 'Copy password' })).toBeVisible();
  await keepScreenshot(page, 'user-password-generated', { fullPage: false });
  await expectNoSeriousA11yViolations(page);
  await shown.getByRole('button', { name: 'Done' }).click();
  await expect(shown).toBeHidden();
  // Gone from the page and never stored.
  expect(await page.content()).not.toContain(password);
  const stored = await page.evaluate(() => JSON.stringify({ ...localStorage, ...sessionStorage }));
  expect(stored).not.toContain(password);
  await expect(page.getByText('can sign in to the console with a password')).toBeVisible();

  // Their open session has ended: their next step asks them to sign in again.
  await theirPage.reload();
  await expectPathname(theirPage, paths.signIn());
  await expect(theirPage.getByRole('alert').filter({ hasText: 'Your session ended' })).toBeVisible();
  await theirs.close();

  // The generated password signs them in, in a fresh browser.
  const fresh = await browser.newContext({ baseURL: E2E_BASE_URL });
  const freshPage = await fresh.newPage();
  await freshPage.goto(paths.signIn({ method: 'user', next: paths.user(userName, 'password') }));
  await submitSamUserSignIn(freshPage, { operatorId: root.operatorId, userName, password });
  await expect(freshPage.getByRole('button', { name: 'Sign out' })).toBeVisible();
  await expect(freshPage.getByRole('heading', { level: 1, name: userName })).toBeVisible();
  await fresh.close();
});

test('set a generated password for a user without one, or reset to a typed one', async ({
  page,
  request,
}) => {
  const userName = uniqueUserName('genpw');
  const root = await createUserViaApi(request, { userName });
  await signInAsRoot(page, paths.user(userName, 'password'));
  const setForm = page.getByRole('region', { name: 'Set a password' });
  await setForm.getByRole('radio', { name: 'Generate a strong one' }).check();
  await expect(setForm.getByLabel('New password', { exact: true })).toHaveCount(0);
  await setForm.getByRole('button', { name: 'Set password' }).click();
  const password = await readGeneratedPassword(page, userName);
  await signInViaApi(request, { operatorId: root.operatorId, userName, password });
  await page.keyboard.press('Escape');
  await expect(page.getByRole('dialog')).toHaveCount(0);

  await page.getByRole('button', { name: 'Reset password' }).click();
  const dialog = page.getByRole('dialog', { name: `Reset the console password of ${userName}?` });
  await dialog.getByRole('radio', { name: 'Type a password' }).check();
  await dialog.getByLabel('New password', { exact: true }).fill('typed-after-reset-1');
  await dialog.getByLabel('Repeat the new password').fill('typed-after-reset-1');
  await dialog.getByRole('button', { name: 'Reset password' }).click();
  await expect(dialog).toBeHidden();
  await assertToast(page, 'Console password reset. The user’s sessions have ended.');
  await signInViaApi(request, { operatorId: root.operatorId, userName, password: 'typed-after-reset-1' });
  const refused = await request.post(`${E2E_BASE_URL}/v1/auth`, {
    data: { operatorId: root.operatorId, userName, password },
  });
  expect(refused.ok()).toBe(false);
});

test('a reset refused half-way says the user has no password now, and offers to set it', async ({
  page,
  request,
}) => {
  const target = uniqueUserName('halfway');
  const admin = uniqueUserName('halfadmin');
  const root = await createUserViaApi(request, { userName: target, password: 'target-before-1' });
  await createUserViaApi(request, { userName: admin, password: 'half-admin-pass-1' }, root);
  // The console cannot read this admin's own permission (denied, whatever the default permissions allow), so it
  // offers the reset and the server decides: it refuses the second call.
  await setUserPermissionViaApi(
    request,
    admin,
    [
      { effect: 'allow', api: ['User:getUser', 'User:hasUserPassword', 'User:deleteUserPassword'] },
      { effect: 'deny', api: 'User:getUserPermission' },
    ],
    root,
  );
  await page.goto(paths.signIn({ method: 'user', next: paths.user(target, 'password') }));
  await submitSamUserSignIn(page, {
    operatorId: root.operatorId,
    userName: admin,
    password: 'half-admin-pass-1',
  });
  await page.getByRole('button', { name: 'Reset password' }).click();
  const dialog = page.getByRole('dialog', { name: `Reset the console password of ${target}?` });
  await dialog.getByRole('button', { name: 'Reset password' }).click();
  const alert = dialog.getByRole('alert');
  await expect(alert).toContainText('The old password is removed, but the new one is not set');
  await expect(alert).toContainText(
    `${target} cannot sign in to the console with a password until one is set.`,
  );
  await expect(alert).toContainText('User:createUserPassword');
  await expect(dialog.getByRole('button', { name: 'Set the new password' })).toBeEnabled();
  await keepScreenshot(page, 'user-password-reset-half-way', { fullPage: false });
  await expectNoSeriousA11yViolations(page);
  await dialog.getByRole('button', { name: 'Set it later' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByText('cannot sign in to the console with a password')).toBeVisible();
  expect((await getUserViaApi(request, target, root))?.hasPassword).toBe(false);
});

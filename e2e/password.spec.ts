// Console password: set one, change it (the current one is checked), remove it after confirming; a SAM user allowed
// only to change their own finds the form.
import { expect, test } from '@playwright/test';
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
  await expect(setForm.getByText('A password has at least 8 characters.').last()).toBeVisible();
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

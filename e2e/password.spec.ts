// Console password: set one, change it (the current one is checked), remove it after confirming.
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

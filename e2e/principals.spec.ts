// The console knows who is signed in: for a read-only user, a self-service user, an AuthKey and root, each page
// offers what they may do, shows what they may not disabled with the API it needs, and leaves out what helps no one.
import { expect, test, type Page } from '@playwright/test';
import {
  createUserViaApi,
  expectNoSeriousA11yViolations,
  expectPath,
  generateAuthKeyViaApi,
  getUserViaApi,
  goToUser,
  paths,
  setUserPermissionViaApi,
  signInAsRoot,
  signInViaApi,
  submitSamUserSignIn,
  uniqueUserName,
} from './support/index.ts';

const DEMO_PASSWORD = 'demo-user-password';
const DEMO_AUTH_KEY = {
  authKeyId: `keyId-${'demo'.padEnd(32, '0')}`,
  authKey: `secret-${'demo-ci-deployer'.padEnd(64, '0')}`,
};

async function signInAsDemoUser(page: Page, operatorId: string, userName: string) {
  await page.goto(paths.signIn({ method: 'user' }));
  await submitSamUserSignIn(page, { operatorId, userName, password: DEMO_PASSWORD });
  await expect(page.getByRole('button', { name: 'Sign out' })).toBeVisible();
}

/** The button is there, disabled, and says which API it needs. */
async function expectNeeds(page: Page, name: string, api: string) {
  const button = page.getByRole('button', { name, exact: true });
  await expect(button).toBeDisabled();
  await expect(button).toHaveAccessibleDescription(`Needs ${api}`);
}

test('a read-only user sees every write disabled with the API it needs', async ({ page, request }) => {
  const { operatorId } = await signInViaApi(request);
  await signInAsDemoUser(page, operatorId, 'bob-viewer');
  await expectPath(page, paths.users());
  await expectNeeds(page, 'Create user', 'User:createUser');
  await expectNoSeriousA11yViolations(page);

  await goToUser(page, 'alice-admin', 'overview');
  await expectNeeds(page, 'Save description', 'User:updateUser');
  await expectNeeds(page, 'Delete user', 'User:deleteUser');
  await expect(page.getByRole('textbox', { name: 'Description' })).toHaveAttribute('readonly', '');
  await page.emulateMedia({ colorScheme: 'dark' });
  await expectNoSeriousA11yViolations(page);
  await page.emulateMedia({ colorScheme: 'light' });

  // Whether alice has a password is not bob's to read, and a change form he cannot use is left out.
  await page.getByRole('link', { name: 'Console password' }).click();
  await expect(page.getByText('You do not have permission to see this')).toBeVisible();
  await expect(page.getByRole('region', { name: 'Change the password' })).toHaveCount(0);

  await page.getByRole('link', { name: 'AuthKeys' }).click();
  await expectNeeds(page, 'Generate AuthKey', 'User:generateUserAuthKey');

  await page.getByRole('link', { name: 'MFA', exact: true }).click();
  await expectNeeds(page, 'Revoke MFA', 'User:revokeUserMFA');

  await page.getByRole('link', { name: 'Permissions', exact: true }).click();
  const save = page.getByRole('button', { name: 'Review and save…' });
  await expect(save).toBeDisabled();
  await expect(page.getByText('Read-only: saving needs User:updateUserPermission.')).toBeVisible();
  await expect(page.getByRole('textbox', { name: 'Permission document of alice-admin' })).toHaveAttribute(
    'aria-readonly',
    'true',
  );
  await expectNoSeriousA11yViolations(page);

  await page
    .getByRole('navigation', { name: 'Main' })
    .getByRole('link', { name: 'Default permissions' })
    .click();
  await expect(page.getByText('Read-only: saving needs User:updateDefaultPermissions.')).toBeVisible();
});

test('a self-service user lands on their own page, where only their password change is offered', async ({
  page,
  request,
}) => {
  const { operatorId } = await signInViaApi(request);
  await signInAsDemoUser(page, operatorId, 'carol-self-service');
  await expectPath(page, paths.user('carol-self-service'));
  const nav = page.getByRole('navigation', { name: 'Main' });
  await expect(nav.getByRole('link', { name: 'My account' })).toBeVisible();
  await expect(nav.getByRole('link', { name: 'Users' })).toHaveCount(0);
  await expectNeeds(page, 'Save description', 'User:updateUser');
  await expectNeeds(page, 'Delete user', 'User:deleteUser');
  await expectNoSeriousA11yViolations(page);

  await page.getByRole('link', { name: 'Console password' }).click();
  const change = page.getByRole('region', { name: 'Change the password' });
  await expect(change.getByRole('button', { name: 'Change password' })).toBeEnabled();

  await page.getByRole('link', { name: 'MFA', exact: true }).click();
  await expectNeeds(page, 'Revoke MFA', 'User:revokeUserMFA');
  await page.emulateMedia({ colorScheme: 'dark' });
  await expectNoSeriousA11yViolations(page);
});

test('an AuthKey session lands on its user’s page with writes disabled and unreadable lists absent', async ({
  page,
}) => {
  await page.goto(paths.signIn({ method: 'authKey' }));
  const form = page.getByRole('form', { name: 'Sign in with an AuthKey' });
  await form.getByLabel('AuthKey ID').fill(DEMO_AUTH_KEY.authKeyId);
  await form.getByLabel('AuthKey secret').fill(DEMO_AUTH_KEY.authKey);
  await form.getByRole('button', { name: 'Sign in' }).click();
  await expectPath(page, paths.user('ci-deployer'));
  await expectNeeds(page, 'Delete user', 'User:deleteUser');
  await page.getByRole('link', { name: 'AuthKeys' }).click();
  await expect(page.getByText('You do not have permission to see this')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Generate AuthKey' })).toHaveCount(0);
  await expectNoSeriousA11yViolations(page);
});

test('root is offered every action, with no API named as missing', async ({ page }) => {
  await signInAsRoot(page);
  await expect(page.getByRole('button', { name: 'Create user', exact: true })).toBeEnabled();
  await goToUser(page, 'bob-viewer', 'overview');
  await expect(page.getByRole('button', { name: 'Delete user', exact: true })).toBeEnabled();
  await page.getByRole('link', { name: 'MFA', exact: true }).click();
  await expect(page.getByRole('button', { name: 'Enable MFA' })).toBeEnabled();
  await expect(page.getByText(/^Needs /)).toHaveCount(0);
});

test('a refusal the console did not foresee appears in the dialog or section that caused it, not in a toast', async ({
  page,
  request,
}) => {
  const root = await signInViaApi(request);
  const operator = uniqueUserName('stale');
  const target = uniqueUserName('target');
  await createUserViaApi(request, { userName: operator, password: 'stale-operator-pass-1' }, root);
  await createUserViaApi(request, { userName: target }, root);
  const { authKeyId } = await generateAuthKeyViaApi(request, target, root);
  const reads = { effect: 'allow', api: ['User:listUsers', 'User:get*', 'User:list*'] };
  await setUserPermissionViaApi(request, operator, [reads], root);

  await page.goto(paths.signIn({ method: 'user' }));
  await submitSamUserSignIn(page, {
    operatorId: root.operatorId,
    userName: operator,
    password: 'stale-operator-pass-1',
  });
  await expect(page.getByRole('button', { name: 'Sign out' })).toBeVisible();

  // Root grants more after the sign-in: the token keeps what it was issued with, so the server still refuses what
  // the console, reading the documents afresh, now offers.
  const writes = {
    effect: 'allow',
    api: ['User:deleteUser', 'User:generateUserAuthKey', 'User:deleteUserAuthKey', 'User:enableUserMFA'],
  };
  await setUserPermissionViaApi(request, operator, [reads, writes], root);
  await goToUser(page, target, 'overview');
  await page.reload();
  const errorToasts = page
    .locator('.toaster')
    .getByRole('alert')
    .getByText(/Not allowed/);

  await page.getByRole('button', { name: 'Delete user', exact: true }).click();
  const confirm = page.getByRole('alertdialog', { name: `Delete ${target}?` });
  await confirm.getByRole('textbox').fill(target);
  await confirm.getByRole('button', { name: 'Delete user' }).click();
  await expect(confirm.getByRole('alert')).toContainText('User:deleteUser');
  await expect(confirm).toBeVisible();
  await expectNoSeriousA11yViolations(page);
  await confirm.getByRole('button', { name: 'Cancel' }).click();
  // What the server refused is not offered again in this session: disabled, naming the API. Focus, which cannot go
  // back to a disabled button, goes to the page's content.
  await expectNeeds(page, 'Delete user', 'User:deleteUser');
  await expect(page.locator('#main')).toBeFocused();
  // Another tab of the same session, opened now, does not offer it either.
  const otherTab = await page.context().newPage();
  await goToUser(otherTab, target, 'overview');
  await expectNeeds(otherTab, 'Delete user', 'User:deleteUser');
  await otherTab.close();

  await page.getByRole('link', { name: 'AuthKeys' }).click();
  const keys = page.getByRole('region', { name: 'AuthKeys' });
  await keys.getByRole('button', { name: 'Generate AuthKey' }).click();
  await expect(keys.getByRole('alert')).toContainText('User:generateUserAuthKey');
  await expectNeeds(page, 'Generate AuthKey', 'User:generateUserAuthKey');
  await expect(keys.getByRole('alert')).toContainText('User:generateUserAuthKey');

  await keys.getByRole('button', { name: `Delete ${authKeyId}` }).click();
  const removal = page.getByRole('alertdialog');
  await removal.getByRole('button', { name: 'Delete AuthKey' }).click();
  await expect(removal.getByRole('alert')).toContainText('User:deleteUserAuthKey');
  await page.emulateMedia({ colorScheme: 'dark' });
  await expectNoSeriousA11yViolations(page);
  await page.emulateMedia({ colorScheme: 'light' });
  await removal.getByRole('button', { name: 'Cancel' }).click();
  await expectNeeds(page, `Delete ${authKeyId}`, 'User:deleteUserAuthKey');

  await page.getByRole('link', { name: 'MFA', exact: true }).click();
  const mfa = page.getByRole('region', { name: 'Multi-factor authentication' });
  await mfa.getByRole('button', { name: 'Enable MFA' }).click();
  await expect(mfa.getByRole('alert')).toContainText('User:enableUserMFA');
  await expectNeeds(page, 'Enable MFA', 'User:enableUserMFA');

  await expect(errorToasts).toHaveCount(0);
  expect(await getUserViaApi(request, target, root)).not.toBeNull();
});

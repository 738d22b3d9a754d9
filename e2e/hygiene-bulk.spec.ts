// Bulk actions on the user list: attaching and detaching a role for several users at once (one already has it), and
// what a principal who may not take them sees: checkboxes left out for a read-only user, actions disabled naming the
// API they lack for one who may take only some. Data is seeded over the API.
import { expect, test, type APIRequestContext, type Page } from '@playwright/test';
import { URI } from 'otpauth';
import {
  attachRoleViaApi,
  createRoleViaApi,
  createUserViaApi,
  enableMfaViaApi,
  generateAuthKeyViaApi,
  operatorUrl,
  paths,
  signInAsRoot,
  signInViaApi,
  submitSamUserSignIn,
  uniqueUserName,
  type ApiSession,
} from './support/index.ts';

const DEMO_PASSWORD = 'demo-user-password';

async function expectOk(response: { ok(): boolean; text(): Promise<string> }) {
  expect(response.ok(), await response.text()).toBe(true);
}

/** The role IDs attached to a user, as the API answers them. */
async function rolesOf(request: APIRequestContext, root: ApiSession, userName: string): Promise<string[]> {
  const response = await request.get(operatorUrl(root, `/users/${userName}/roles`), {
    headers: root.headers,
  });
  await expectOk(response);
  return ((await response.json()) as { roleId: string }[]).map((role) => role.roleId);
}

async function getJson<T>(request: APIRequestContext, root: ApiSession, rest: string): Promise<T> {
  const response = await request.get(operatorUrl(root, rest), { headers: root.headers });
  await expectOk(response);
  return (await response.json()) as T;
}

const codeFor = (totpUri: string) => {
  const otp = URI.parse(totpUri);
  if (!('generate' in otp)) throw new Error('not a TOTP URI');
  return otp.generate();
};

/** Picks an action for the selected users and opens its confirmation. */
async function review(page: Page, action: string, title: string) {
  await page.getByLabel('Action for the selected users').selectOption({ label: action });
  await page.getByRole('button', { name: 'Review…' }).click();
  return page.getByRole('alertdialog', { name: title });
}

function rowNames(page: Page) {
  return page.getByRole('table').locator('tbody tr td:first-child');
}

async function signInAs(page: Page, operatorId: string, userName: string, password: string, next: string) {
  await page.goto(paths.signIn({ next, method: 'user' }));
  await submitSamUserSignIn(page, { operatorId, userName, password });
  await expect(page.getByRole('button', { name: 'Sign out' })).toBeVisible();
}

test('a role is attached to 3 users, one of whom has it already, then detached from all three', async ({
  page,
  request,
}) => {
  const p = uniqueUserName('bulkrole');
  const roleId = `${p}-ops-read`;
  const root = await signInViaApi(request);
  await createRoleViaApi(request, roleId, [{ effect: 'allow', api: 'Sim:listSims' }], root);
  const [a, b, c] = ['a', 'b', 'c'].map((suffix) => `${p}-${suffix}`) as [string, string, string];
  for (const userName of [a, b, c]) await createUserViaApi(request, { userName }, root);
  await attachRoleViaApi(request, b, roleId, root);

  await signInAsRoot(page, paths.users({ q: p }));
  await expect(rowNames(page)).toHaveCount(3);
  await page.getByRole('checkbox', { name: 'Select every user on this page' }).check();
  await page.getByLabel('Action for the selected users').selectOption({ label: 'Attach a role' });
  await page.getByRole('button', { name: 'Review…' }).click();
  const attach = page.getByRole('alertdialog', { name: 'Attach a role: 3 users' });
  await expect(attach).toContainText('Choose a role to see what will happen to each user.');
  await attach.getByLabel('Find a role').fill(p);
  await attach.getByRole('radio', { name: roleId }).check();
  await expect(attach).toContainText(`Attach ${roleId} to 3 users; 1 already has it and is skipped.`);
  await expect(attach).toContainText(`Attach ${roleId} to ${a}.`);
  await expect(attach).toContainText(`${b}: skipped, already has ${roleId}.`);
  // A double click attaches once: a second attach of a or c would fail as already attached.
  await attach.getByRole('button', { name: 'Attach a role (2)' }).dblclick();
  await expect(attach.getByRole('status')).toHaveText('Finished: 2 done, 1 skipped.');
  const outcome = attach.getByRole('list', { name: 'Outcome per user' });
  await expect(outcome.getByRole('listitem')).toHaveText([
    `${a}: Done`,
    `${b}: Skipped: already has ${roleId}.`,
    `${c}: Done`,
  ]);
  for (const userName of [a, b, c]) expect(await rolesOf(request, root, userName)).toEqual([roleId]);
  await attach.locator('.dialog__footer').getByRole('button', { name: 'Close' }).click();

  // The list has refetched: all three now have a role, and they are still selected.
  const filters = page.getByRole('group', { name: 'Credential hygiene filters' });
  await expect(filters.getByRole('button', { name: /^Has roles/ })).toContainText(/3$/);
  await expect(page.getByRole('region', { name: 'Selected users' })).toContainText('3 selected');
  await page.getByLabel('Action for the selected users').selectOption({ label: 'Detach a role' });
  await page.getByRole('button', { name: 'Review…' }).click();
  const detach = page.getByRole('alertdialog', { name: 'Detach a role: 3 users' });
  // Only the roles the chosen users have are offered.
  await expect(detach.getByRole('radio')).toHaveCount(1);
  await detach.getByRole('radio', { name: roleId }).check();
  await expect(detach).toContainText(`Detach ${roleId} from 3 users.`);
  const detachButton = detach.getByRole('button', { name: 'Detach a role (3)' });
  const confirmBox = await detachButton.boundingBox();
  if (!confirmBox) throw new Error('the confirm button has no box');
  await detachButton.click();
  await expect(detach.getByRole('status')).toHaveText('Finished: 3 done.');
  for (const userName of [a, b, c]) expect(await rolesOf(request, root, userName)).toEqual([]);
  // On a busy machine the second click of a double click can come after the run has ended, where the confirm button
  // was. The results view is shorter, so that spot is now outside the dialog: the outcome must stay until closed.
  await page.mouse.click(confirmBox.x + confirmBox.width / 2, confirmBox.y + confirmBox.height / 2);
  await expect(detach.getByRole('list', { name: 'Outcome per user' }).getByRole('listitem')).toHaveText([
    `${a}: Done`,
    `${b}: Done`,
    `${c}: Done`,
  ]);
  await detach.locator('.dialog__footer').getByRole('button', { name: 'Close' }).click();
  await expect(detach).toHaveCount(0);
});

test('a read-only user gets no selection, and the APIs bulk actions need are named', async ({
  page,
  request,
}) => {
  const { operatorId } = await signInViaApi(request);
  await signInAs(page, operatorId, 'bob-viewer', DEMO_PASSWORD, paths.users());
  await expect(
    page.getByText(
      'No bulk action is offered: each needs an API your permissions lack (User:deleteUser, ' +
        'User:revokeUserAuthTokens, User:revokeUserMFA, User:deleteUserAuthKey, User:updateUserPermission, ' +
        'Role:listRoles, Role:attachRole, Role:detachRole).',
    ),
  ).toBeVisible();
  await expect(rowNames(page).first()).toBeVisible();
  await expect(page.getByRole('table').getByRole('checkbox')).toHaveCount(0);
  await expect(page.getByRole('region', { name: 'Selected users' })).toHaveCount(0);
});

test('a user who may only revoke tokens is offered that, the other actions disabled naming their API', async ({
  page,
  request,
}) => {
  const p = uniqueUserName('bulkgate');
  const root = await signInViaApi(request);
  const operator = `${p}-op`;
  const password = 'bulk-gate-password-1';
  await createUserViaApi(request, { userName: operator, password }, root);
  await createUserViaApi(request, { userName: `${p}-target` }, root);
  await expectOk(
    await request.put(operatorUrl(root, `/users/${operator}/permission`), {
      headers: root.headers,
      data: {
        permission: JSON.stringify({
          statements: [{ effect: 'allow', api: ['User:list*', 'User:get*', 'User:revokeUserAuthTokens'] }],
        }),
      },
    }),
  );

  await signInAs(page, root.operatorId, operator, password, paths.users({ q: p }));
  await page.getByRole('checkbox', { name: `Select ${p}-target` }).check();
  const action = page.getByLabel('Action for the selected users');
  await expect(action).toHaveValue('revoke-tokens');
  await expect(action.getByRole('option', { name: 'Delete users (needs User:deleteUser)' })).toBeDisabled();
  await expect(action.getByRole('option', { name: 'Attach a role (needs Role:listRoles)' })).toBeDisabled();
  await expect(action.getByRole('option', { name: 'Revoke their tokens (sign them out)' })).toBeEnabled();
  await page.getByRole('button', { name: 'Review…' }).click();
  const dialog = page.getByRole('alertdialog', { name: 'Revoke their tokens (sign them out): 1 user' });
  await dialog.getByRole('button', { name: 'Revoke their tokens (sign them out) (1)' }).click();
  await expect(dialog.getByRole('status')).toHaveText('Finished: 1 done.');
});

test('revoke MFA, delete old AuthKeys and apply a template: each skips who needs nothing, and reports per user', async ({
  page,
  request,
}) => {
  const p = uniqueUserName('bulkmore');
  const root = await signInViaApi(request);
  const [on, off, keyed] = ['mfa-on', 'mfa-off', 'keyed'].map((suffix) => `${p}-${suffix}`) as [
    string,
    string,
    string,
  ];
  for (const userName of [on, off, keyed]) await createUserViaApi(request, { userName }, root);
  await enableMfaViaApi(request, on, codeFor, root);
  const key = await generateAuthKeyViaApi(request, keyed, root);

  // The key made just now is old when seen from 100 days later: the browser's clock moves, not the server's.
  await page.clock.setFixedTime(new Date(Date.now() + 100 * 86_400_000));
  await signInAsRoot(page, paths.users({ q: p }));
  await expect(rowNames(page)).toHaveCount(3);
  // The plan skips by MFA status: wait until the rows know it.
  const mfaCell = (userName: string) =>
    page.getByRole('row').filter({ hasText: userName }).getByRole('cell').nth(3);
  await expect(mfaCell(on)).toHaveText('On');
  await expect(mfaCell(off)).toHaveText('Off');

  await page.getByRole('checkbox', { name: `Select ${on}` }).check();
  await page.getByRole('checkbox', { name: `Select ${off}` }).check();
  const revoke = await review(page, 'Revoke MFA', 'Revoke MFA: 2 users');
  await expect(revoke).toContainText(`Turn MFA off for ${on}.`);
  await expect(revoke).toContainText(`${off}: skipped, MFA is already off.`);
  await revoke.getByRole('button', { name: 'Revoke MFA (1)' }).click();
  await expect(revoke.getByRole('status')).toHaveText('Finished: 1 done, 1 skipped.');
  expect((await getJson<{ status: string }>(request, root, `/users/${on}/mfa`)).status).toBe('INACTIVE');
  await revoke.locator('.dialog__footer').getByRole('button', { name: 'Close' }).click();

  await page.getByRole('checkbox', { name: `Select ${keyed}` }).check();
  const keys = await review(
    page,
    'Delete AuthKeys older than 90 days',
    'Delete AuthKeys older than 90 days: 3 users',
  );
  await expect(keys).toContainText(`Delete 1 AuthKey of ${keyed}: ${key.authKeyId}.`);
  await expect(keys).toContainText(`${on}: skipped, no AuthKey older than 90 days.`);
  await keys.getByRole('button', { name: 'Delete AuthKeys older than 90 days (1)' }).click();
  await expect(keys.getByRole('status')).toHaveText('Finished: 1 done, 2 skipped.');
  expect(await getJson<unknown[]>(request, root, `/users/${keyed}/auth_keys`)).toEqual([]);
  await keys.locator('.dialog__footer').getByRole('button', { name: 'Close' }).click();

  const apply = await review(page, 'Apply a permission template', 'Apply a permission template: 3 users');
  await apply.getByLabel('Template').selectOption({ label: 'Read-only' });
  await expect(apply).toContainText(`Replace the permission of ${keyed} with “Read-only”.`);
  await apply.getByRole('button', { name: 'Apply a permission template (3)' }).click();
  await expect(apply.getByRole('status')).toHaveText('Finished: 3 done.');
  for (const userName of [on, off, keyed]) {
    const { permission } = await getJson<{ permission: string }>(
      request,
      root,
      `/users/${userName}/permission`,
    );
    expect(JSON.parse(permission)).toEqual({ statements: [{ effect: 'allow', api: ['*:get*', '*:list*'] }] });
  }
});

// Roles and switching user as an admin meets them: a role written in the browser gives a user access, a role's deny wins, detaching and revoking takes it away, a trust policy lets root switch and come back.
import { expect, test, type APIRequestContext, type Page } from '@playwright/test';
import {
  assertToast,
  createRoleViaApi,
  createUserViaApi,
  E2E_BASE_URL,
  E2E_ROOT,
  expectNoSeriousA11yViolations,
  logoutViaApi,
  operatorUrl,
  paths,
  sessionCredentials,
  setUserPermissionViaApi,
  signInAsRoot,
  signInViaApi,
  submitSamUserSignIn,
  uniqueUserName,
  userUrl,
  type ApiSession,
} from './support/index.ts';

const PASSWORD = 'roles-e2e-password-2026';
const doc = (...statements: object[]) => JSON.stringify({ statements }, null, 2);

/** Replaces the editor's whole text as one input (typing would let CodeMirror close brackets). */
async function replaceDocument(page: Page, name: string, text: string) {
  await page.getByRole('textbox', { name }).click();
  await page.keyboard.press('ControlOrMeta+a');
  await page.keyboard.insertText(text);
}

/** In a fresh browser context: sign in as the SAM user and try to create a user through the console. */
async function tryCreatingUserAs(page: Page, root: ApiSession, userName: string): Promise<string> {
  await page.goto('/sign-in?method=user&next=%2Fusers');
  await submitSamUserSignIn(page, { operatorId: root.operatorId, userName, password: PASSWORD });
  await expect(page.getByRole('button', { name: 'Sign out' })).toBeVisible();
  const created = uniqueUserName('made');
  await page.getByRole('button', { name: 'Create user' }).first().click();
  const dialog = page.getByRole('dialog', { name: 'Create user' });
  await dialog.getByLabel('User name').fill(created);
  await dialog.getByRole('button', { name: 'Create user' }).click();
  return created;
}

async function attachInBrowser(page: Page, userName: string, roleId: string) {
  await page.goto(`/users/${encodeURIComponent(userName)}/roles`);
  await page.getByRole('button', { name: 'Attach a role…' }).click();
  const dialog = page.getByRole('dialog', { name: `Attach a role to ${userName}` });
  await dialog.getByLabel('Find a role').fill(roleId);
  await dialog.getByRole('radio', { name: new RegExp(roleId) }).check();
  // The access delta is shown before confirming.
  await expect(
    dialog.getByText(
      new RegExp(`^Attaching ${roleId} gives ${userName} \\d+ more operations?, \\d+ denied\\.$`),
    ),
  ).toBeVisible();
  await dialog.getByRole('button', { name: 'Attach role' }).click();
  await assertToast(page, `Role ${roleId} attached to ${userName}.`);
  await expect(page.getByRole('link', { name: roleId })).toBeVisible();
}

test('a role created in the browser gives a user what only it allows; detaching and revoking tokens takes it away', async ({
  page,
  browser,
  request,
}) => {
  const root = await signInViaApi(request);
  const userName = uniqueUserName('role-user');
  await createUserViaApi(request, { userName, password: PASSWORD }, root);
  const roleId = uniqueUserName('creators');

  await signInAsRoot(page, '/roles');
  await page.getByRole('button', { name: 'Create role' }).first().click();
  const create = page.getByRole('dialog', { name: 'Create role' });
  // The rule's broken part, named with what was typed.
  await create.getByLabel('Role ID').fill('ops:admin');
  await create.getByRole('button', { name: 'Create role' }).click();
  await expect(create.locator('.field__error')).toHaveText(
    "':' is not allowed. Use letters, digits and _ - . @ + = ,",
  );
  await create.getByLabel('Role ID').fill('..');
  await expect(create.locator('.field__error')).toHaveText("'..' is reserved and cannot be used.");
  await expect(create.getByText('0 / 1000')).toBeVisible();
  await create.getByLabel('Role ID').fill(roleId);
  await create.getByRole('button', { name: 'Create role' }).click();
  await expect(page.getByRole('heading', { level: 1, name: roleId })).toBeVisible();
  await replaceDocument(
    page,
    `Permission document of the role ${roleId}`,
    doc({ effect: 'allow', api: ['User:createUser', 'User:listUsers', 'User:getUser'] }),
  );
  await page.getByRole('button', { name: 'Review and save…' }).click();
  const review = page.getByRole('dialog', { name: /Review/ });
  await review.getByRole('button', { name: 'Save' }).click();
  await assertToast(page, `Role ${roleId} saved.`);

  // The list counts the user once attached.
  await attachInBrowser(page, userName, roleId);
  await page.goto(`/roles?q=${roleId}`);
  await expect(page.getByRole('row', { name: new RegExp(`${roleId}.*\\b1\\b`) })).toBeVisible();

  const userContext = await browser.newContext({ baseURL: E2E_BASE_URL });
  const userPage = await userContext.newPage();
  const made = await tryCreatingUserAs(userPage, root, userName);
  await assertToast(userPage, `User ${made} created.`);

  // Detach in the browser (with the delta), then revoke the user's tokens: the next session has no role.
  await page.goto(`/users/${encodeURIComponent(userName)}/roles`);
  await page.getByRole('button', { name: `Detach ${roleId}` }).click();
  const detach = page.getByRole('alertdialog', { name: `Detach ${roleId} from ${userName}?` });
  await expect(detach.getByText(/^Detaching .* takes \d+ operations? from/)).toBeVisible();
  await detach.getByRole('button', { name: 'Detach role' }).click();
  await assertToast(page, `Role ${roleId} detached from ${userName}.`);
  const revoked = await request.delete(operatorUrl(root, `/users/${userName}/tokens`), {
    headers: root.headers,
  });
  expect(revoked.status()).toBe(204);

  const laterContext = await browser.newContext({ baseURL: E2E_BASE_URL });
  const laterPage = await laterContext.newPage();
  await laterPage.goto('/sign-in?method=user&next=%2Fusers');
  await submitSamUserSignIn(laterPage, { operatorId: root.operatorId, userName, password: PASSWORD });
  await expect(laterPage.getByRole('button', { name: 'Sign out' })).toBeVisible();
  // Without the role the user cannot even list users; the server answers a create with 403.
  const again = await signInViaApi(request, { operatorId: root.operatorId, userName, password: PASSWORD });
  const refused = await request.post(operatorUrl(again, `/users/${uniqueUserName('never')}`), {
    headers: again.headers,
    data: {},
  });
  expect(refused.status()).toBe(403);
  await userContext.close();
  await laterContext.close();
});

test("a deny in a role beats an allow in the user's own permission", async ({ page, browser, request }) => {
  const root = await signInViaApi(request);
  const userName = uniqueUserName('denied');
  await createUserViaApi(request, { userName, password: PASSWORD }, root);
  await setUserPermissionViaApi(request, userName, [{ effect: 'allow', api: '*' }], root);
  const roleId = uniqueUserName('no-create');
  await createRoleViaApi(request, roleId, [{ effect: 'deny', api: 'User:createUser' }], root);

  await signInAsRoot(page, '/users');
  await attachInBrowser(page, userName, roleId);

  // Editing the role: its review reads the attached user's roles and names what the edit changes for them.
  await page.goto(`/roles/${roleId}`);
  await replaceDocument(
    page,
    `Permission document of the role ${roleId}`,
    doc({ effect: 'deny', api: ['User:createUser', 'User:listUsers'] }),
  );
  await page.getByRole('button', { name: 'Review and save…' }).click();
  const review = page.getByRole('dialog', { name: /Review/ });
  await expect(review.getByText(/^1 user’s access changes once this role is combined/)).toBeVisible();
  await expect(review.getByText(`${userName}: 1 newly denied, 0 newly allowed`)).toBeVisible();
  await review.getByRole('button', { name: 'Cancel' }).click();

  // Signed in, the user's own allow of everything loses to the role's deny: the console reads the
  // role, so Create user is offered disabled, naming the API, and the server refuses it the same.
  const context = await browser.newContext({ baseURL: E2E_BASE_URL });
  const userPage = await context.newPage();
  await userPage.goto('/sign-in?method=user&next=%2Fusers');
  await submitSamUserSignIn(userPage, { operatorId: root.operatorId, userName, password: PASSWORD });
  await expect(userPage.getByRole('button', { name: 'Sign out' })).toBeVisible();
  const create = userPage.getByRole('button', { name: 'Create user', exact: true }).first();
  await expect(create).toBeDisabled();
  await expect(create).toHaveAccessibleDescription('Needs User:createUser');
  await context.close();

  const session = await signInViaApi(request, { operatorId: root.operatorId, userName, password: PASSWORD });
  const refused = await request.post(userUrl(root, uniqueUserName('made')), { headers: session.headers });
  expect(refused.status()).toBe(403);
  expect(await refused.json()).toEqual({
    code: 'SAM0201',
    message: 'This user may not call User:createUser.',
  });
});

test('a trust policy written with the form lets root switch to the user and back', async ({
  page,
  request,
}) => {
  const root = await signInViaApi(request);
  const userName = uniqueUserName('target');
  await createUserViaApi(request, { userName }, root);
  await setUserPermissionViaApi(
    request,
    userName,
    [{ effect: 'allow', api: ['User:getUser', 'User:listUsers'] }],
    root,
  );

  await signInAsRoot(page, `/users/${encodeURIComponent(userName)}/trust-policy`);
  await expect(page.getByText('Nobody may switch to this user: there is no trust policy.')).toBeVisible();
  const form = page.getByRole('region', { name: 'Add trusted user' });
  // Each field says which part of its rule it breaks, under that field.
  const operatorField = form.getByLabel('Operator ID');
  await operatorField.fill(`${root.operatorId}/x`);
  await form.getByRole('button', { name: 'Add to the policy' }).click();
  await expect(operatorField).toHaveAccessibleDescription("'/' is not allowed. Use letters and digits.");
  await expect(operatorField).toBeFocused();
  await operatorField.fill(root.operatorId);
  await form.getByLabel('SAM user name').fill('two words');
  await form.getByRole('button', { name: 'Add to the policy' }).click();
  await expect(form.getByLabel('SAM user name')).toHaveAccessibleDescription(
    "' ' (space) is not allowed. Use letters, digits and _ - . @ + = ,",
  );
  await expectNoSeriousA11yViolations(page);
  await form.getByLabel('The root user of that operator').check();
  await form.getByRole('button', { name: 'Add to the policy' }).click();
  const editor = page.getByRole('textbox', { name: `Trust policy of ${userName}` });
  await expect(editor).toContainText(`srn:soracom:${root.operatorId}::Operator:${root.operatorId}`);
  await expect(page.getByText('No problems')).toBeVisible();
  await page.getByRole('button', { name: 'Save trust policy' }).click();
  await assertToast(page, `Trust policy of ${userName} saved.`);

  await page.getByRole('button', { name: 'Switch user…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Switch user' });
  await dialog.getByLabel('SAM user name').fill(userName);
  await dialog.getByRole('button', { name: 'Switch' }).click();
  const banner = page.getByRole('region', { name: `Acting as ${userName} (${root.operatorId})` });
  await expect(banner).toBeVisible();
  await expect(page.getByRole('heading', { level: 1, name: userName })).toBeVisible();
  // The switched session has the target's permissions: it may list users but not create one. (Searched
  // for by name: the whole run's users fill more than the list's first page.)
  await page.goto(paths.users({ q: userName }));
  await expect(page.getByRole('main').getByRole('link', { name: userName })).toBeVisible();

  await banner.getByRole('button', { name: 'Switch back' }).click();
  await expect(banner).toBeHidden();
  await expect(page.getByText(`root (${'e2e-root@sam-console.test'})`)).toBeVisible();
});

test("the trust policy editor completes the SRN of one of the operator's users", async ({
  page,
  request,
}) => {
  const root = await signInViaApi(request);
  const target = uniqueUserName('trusting');
  const trusted = uniqueUserName('trusted');
  await createUserViaApi(request, { userName: target }, root);
  await createUserViaApi(request, { userName: trusted }, root);
  const srn = `srn:soracom:${root.operatorId}::User:${trusted}`;

  await signInAsRoot(page, `/users/${encodeURIComponent(target)}/trust-policy`);
  const editor = page.getByRole('textbox', { name: `Trust policy of ${target}` });
  await editor.click();
  // A statement whose principal list holds one empty string, with the cursor inside its quotes.
  const tail = '"]}}]}';
  await page.keyboard.insertText(`{"statements":[{"effect":"allow","principal":{"soracom":["${tail}`);
  for (let i = 0; i < tail.length; i += 1) await page.keyboard.press('ArrowLeft');
  await page.keyboard.type(`User:${trusted}`);
  const suggestion = page.getByRole('option', { name: new RegExp(srn) });
  // Clicked: CodeMirror ignores Enter in the first 75 ms of a list, a wait this scenario would have to guess.
  await suggestion.click();
  await expect(editor).toContainText(`"soracom":["${srn}"]`);
  await expect(page.getByText('No problems')).toBeVisible();
  await page.getByRole('button', { name: 'Save trust policy' }).click();
  await assertToast(page, `Trust policy of ${target} saved.`);

  const stored = await request.get(operatorUrl(root, `/users/${target}/trust_policy`), {
    headers: root.headers,
  });
  expect(stored.ok()).toBe(true);
  expect(JSON.stringify(await stored.json())).toContain(srn);
});

test('a trust policy cut short is marked on its last character, where the end came too soon', async ({
  page,
  request,
}) => {
  const root = await signInViaApi(request);
  const target = uniqueUserName('cut-short');
  await createUserViaApi(request, { userName: target }, root);

  await signInAsRoot(page, `/users/${encodeURIComponent(target)}/trust-policy`);
  const editor = page.getByRole('textbox', { name: `Trust policy of ${target}` });
  await editor.click();
  // The parser reports the missing end with no width: the marker must still cover a character to be seen.
  await page.keyboard.insertText('{"statements": [');
  await expect(page.locator('.cm-lintRange-error')).toHaveText('[');
});

/** A user root may switch to (a trust policy naming root, set over the API), and the console switched to them. */
async function switchedToNewUser(page: Page, request: APIRequestContext, prefix: string) {
  const root = await signInViaApi(request);
  const userName = uniqueUserName(prefix);
  await createUserViaApi(request, { userName }, root);
  await setUserPermissionViaApi(request, userName, [{ effect: 'allow', api: ['User:listUsers'] }], root);
  const trustPolicy = JSON.stringify({
    statements: [
      {
        effect: 'allow',
        principal: { soracom: [`srn:soracom:${root.operatorId}::Operator:${root.operatorId}`] },
      },
    ],
  });
  const saved = await request.put(operatorUrl(root, `/users/${userName}/trust_policy`), {
    headers: root.headers,
    data: { trustPolicy },
  });
  expect(saved.ok(), await saved.text()).toBe(true);

  await signInAsRoot(page, '/users');
  const original = await sessionCredentials(page);
  await page.getByRole('button', { name: 'Switch user…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Switch user' });
  await dialog.getByLabel('SAM user name').fill(userName);
  await dialog.getByRole('button', { name: 'Switch' }).click();
  const banner = page.getByRole('region', { name: `Acting as ${userName} (${root.operatorId})` });
  await expect(banner).toBeVisible();
  return { userName, banner, original, switched: await sessionCredentials(page) };
}

test('a switched session that ends goes back to the original session, with a message', async ({
  page,
  request,
}) => {
  const { userName, banner, switched } = await switchedToNewUser(page, request, 'acted');
  await logoutViaApi(request, switched);
  // The next call of the switched session is refused: the console goes back to root, not to sign-in. Within the
  // page (no reload), so a call already on its way when the session ended leads to the same screen.
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Users' }).click();
  await assertToast(
    page,
    `Your session as ${userName} ended. You are back to your own session as root (${E2E_ROOT.email}).`,
  );
  await expect(banner).toBeHidden();
  await expect(page.getByText(`root (${E2E_ROOT.email})`, { exact: true })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Create user' }).first()).toBeVisible();
  await expect(page).toHaveURL(/\/users$/);
});

test('when the original session ended too, sign-in opens with its form filled in', async ({
  page,
  request,
}) => {
  const { original, switched } = await switchedToNewUser(page, request, 'orphan');
  await logoutViaApi(request, original);
  await logoutViaApi(request, switched);
  await page.goto('/users');
  await expect(page.getByRole('alert').filter({ hasText: 'Your session ended' })).toBeVisible();
  const form = page.getByRole('form', { name: 'Sign in as the root user' });
  await expect(form.getByLabel('Email')).toHaveValue(E2E_ROOT.email);
});

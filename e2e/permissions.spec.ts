// Permissions as an admin meets them: a broken document shown where it is, completion and hover, templates, the save review, simulation that matches what the server enforces.
import { readFileSync } from 'node:fs';
import { expect, test, type APIRequestContext, type Page } from '@playwright/test';
import {
  assertToast,
  createUserViaApi,
  expectNoSeriousA11yViolations,
  keepScreenshot,
  setUserPermissionViaApi,
  signInAsRoot,
  signInViaApi,
  uniqueUserName,
  type ApiSession,
  submitSamUserSignIn,
  operatorUrl,
  paths,
} from './support/index.ts';

const PASSWORD = 'perm-e2e-password-2026';

// An oracle independent of the engine: the generated catalogue's rows, read as text.
const CATALOGUE_ROWS = [
  ...readFileSync('src/permissions/api-catalogue.gen.ts', 'utf8').matchAll(
    /group: "([^"]+)", operationId: "([^"]+)"/g,
  ),
].map((match) => ({ group: match[1] ?? '', operationId: match[2] ?? '' }));
// The seeded default permissions allow User:getDefaultPermissions to every user, so a grant never
// newly allows that one (the others they allow hold only for the user's own name).
const ALLOWED_TO_ALL_BY_DEFAULTS = 1;
const READ_ONLY_COUNT = CATALOGUE_ROWS.filter((row) => /^(get|list)/.test(row.operationId)).length;
const BILLING_COUNT = CATALOGUE_ROWS.filter((row) => row.group === 'Billing').length;

function editor(page: Page, name: string) {
  return page.getByRole('textbox', { name });
}

/** Replaces the editor's whole text as one input (typing character by character would let CodeMirror close brackets). */
async function replaceDocument(page: Page, name: string, text: string) {
  await editor(page, name).click();
  await page.keyboard.press('ControlOrMeta+a');
  await page.keyboard.insertText(text);
}

function problem(page: Page, message: string) {
  return page.getByRole('region', { name: 'Problems' }).getByRole('listitem').filter({ hasText: message });
}

async function simulate(page: Page, api: string, context: { samUserName?: string } = {}) {
  const simulator = page.getByRole('region', { name: 'Simulator' });
  await simulator.getByLabel('Operation').fill(api);
  if (context.samUserName !== undefined)
    await simulator.getByLabel('SAM user name').fill(context.samUserName);
  return simulator.getByRole('status', { name: 'Simulation result' });
}

function usersUrl(session: ApiSession, rest = '') {
  return operatorUrl(session, `/users${rest}`);
}

/** What the server answers a SAM user for listUsers and createUser. */
async function enforced(request: APIRequestContext, session: ApiSession) {
  const list = await request.get(usersUrl(session), { headers: session.headers });
  const create = await request.post(usersUrl(session, `/${uniqueUserName('never')}`), {
    headers: session.headers,
    data: {},
  });
  return { listUsers: list.status(), createUser: create.status() };
}

test('edit a user’s permission: errors where they are, completion, templates, review, save, revoke, and a simulator that matches the server', async ({
  page,
  request,
}) => {
  const userName = uniqueUserName('perm');
  const root = await createUserViaApi(request, { userName, password: PASSWORD });
  const editorName = `Permission document of ${userName}`;
  const samUser = { operatorId: root.operatorId, userName, password: PASSWORD };

  // A session opened before the change keeps the old (empty) permission.
  const earlySession = await signInViaApi(request, samUser);
  expect(await enforced(request, earlySession)).toEqual({ listUsers: 403, createUser: 403 });

  await signInAsRoot(page, paths.user(userName, 'permissions'));
  await expect(editor(page, editorName)).toContainText('"statements": []');
  await expect(page.getByText('No problems')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Review and save…' })).toBeDisabled();
  await keepScreenshot(page, 'permissions-user-empty');
  await expectNoSeriousA11yViolations(page);

  // A broken document: the error is listed with its place and marked in the editor; Save stays disabled.
  await replaceDocument(
    page,
    editorName,
    '{\n  "statements": [\n    { "effect": "alow", "api": "User:listUser" }\n  ]\n}',
  );
  const effectError = problem(page, '"effect" must be "allow" or "deny", not "alow"');
  await expect(effectError).toContainText('Line 3, column 17');
  await expect(effectError).toContainText('Error');
  await expect(page.locator('.cm-lintRange-error')).toHaveText('"alow"');
  const apiWarning = problem(page, '"User:listUser" is not in the API catalogue');
  await expect(apiWarning).toContainText('Line 3, column 32');
  await expect(apiWarning).toContainText('Warning');
  await expect(page.locator('.cm-lintRange-warning')).toHaveText('"User:listUser"');
  await expect(page.getByRole('button', { name: 'Review and save…' })).toBeDisabled();
  await expect(page.getByText('Fix the errors listed under Problems before saving.')).toBeVisible();
  await keepScreenshot(page, 'permissions-user-broken');
  await expectNoSeriousA11yViolations(page);

  // The place in the list takes the cursor to the error.
  await effectError.getByRole('button', { name: 'Line 3, column 17' }).click();
  await expect(editor(page, editorName)).toBeFocused();
  // Tab leaves the editor instead of indenting.
  await page.keyboard.press('Tab');
  await expect(editor(page, editorName)).not.toBeFocused();

  // A syntax error too: a trailing comma, pointed at exactly.
  await replaceDocument(page, editorName, '{"statements": [{"effect": "allow", "api": "User:listUsers",}]}');
  await expect(problem(page, 'Trailing comma')).toContainText('Line 1, column 60');
  await expect(page.locator('.cm-lintRange-error')).toHaveText(',');
  await expect(page.getByRole('button', { name: 'Review and save…' })).toBeDisabled();
  // An unexpected end is marked after the last thing written, not at the brace that opened on line 1.
  await replaceDocument(
    page,
    editorName,
    '{\n  "statements": [\n    { "effect": "allow", "api": "User:listUsers" }\n  ]',
  );
  await expect(problem(page, "expected '}' to close the object opened at line 1, column 1")).toContainText(
    'Line 4, column 4',
  );
  await expect(page.locator('.cm-line').filter({ has: page.locator('.cm-lintRange-error') })).toHaveText(
    '  ]',
  );

  // Completion inside an "api" string offers group wildcards; the hover says what a wildcard covers.
  await replaceDocument(page, editorName, '{"statements": [{"effect": "allow", "api": "');
  await page.keyboard.type('Bil');
  const billingWildcard = page.getByRole('option', { name: /^Billing:\*/ });
  await expect(billingWildcard).toBeVisible();
  await keepScreenshot(page, 'permissions-user-completion', { fullPage: false });
  await billingWildcard.click();
  await page.keyboard.insertText('"}]}');
  await expect(editor(page, editorName)).toContainText('"api": "Billing:*"');
  await expect(page.getByText('No problems')).toBeVisible();
  await page.locator('.cm-content').getByText('Billing:*').hover();
  await expect(page.locator('.cm-tooltip-hover')).toContainText(
    `Billing:* covers ${BILLING_COUNT} operations of ${CATALOGUE_ROWS.length}`,
  );
  await keepScreenshot(page, 'permissions-user-hover', { fullPage: false });

  // Full access asks for an explicit confirmation before it can be saved; cancel it.
  await page.getByLabel('Template').selectOption({ label: 'Full access' });
  await page.getByRole('button', { name: 'Use template' }).click();
  await expect(editor(page, editorName)).toContainText('"api": "*"');
  await page.getByRole('button', { name: 'Review and save…' }).click();
  let review = page.getByRole('dialog', { name: 'Review and save' });
  await expect(review.getByText('This change grants *')).toBeVisible();
  await expect(
    review.getByRole('heading', {
      name: `Newly allowed (${CATALOGUE_ROWS.length - ALLOWED_TO_ALL_BY_DEFAULTS})`,
    }),
  ).toBeVisible();
  const saveButton = review.getByRole('button', { name: 'Save', exact: true });
  await expect(saveButton).toBeDisabled();
  await review.getByRole('checkbox', { name: 'I understand this grants *' }).check();
  await expect(saveButton).toBeEnabled();
  await keepScreenshot(page, 'permissions-user-review-broad', { fullPage: false });
  await expectNoSeriousA11yViolations(page);
  await review.getByRole('button', { name: 'Cancel' }).click();
  await expect(review).toBeHidden();

  // The read-only template: simulate the unsaved draft first.
  await page.getByLabel('Template').selectOption({ label: 'Read-only' });
  await page.getByRole('button', { name: 'Use template' }).click();
  await expect(editor(page, editorName)).toContainText('"*:list*"');
  let result = await simulate(page, 'User:listUsers');
  await expect(result).toContainText('Allowed');
  await expect(result).toContainText('Allowed by the user’s permission (this draft), statement 1 (*:list*).');
  result = await simulate(page, 'User:createUser');
  await expect(result).toContainText('Denied');
  await expect(result).toContainText('No statement allows it: an implicit deny.');
  // The effective view counts the draft: every User get*/list* operation.
  const userRow = page
    .getByRole('row')
    .filter({ has: page.getByRole('rowheader', { name: 'User', exact: true }) });
  const userReadOnly = CATALOGUE_ROWS.filter(
    (row) => row.group === 'User' && /^(get|list)/.test(row.operationId),
  ).length;
  await expect(userRow.getByRole('cell').first()).toHaveText(String(userReadOnly));

  // Review: the diff with +/- markers and the access delta.
  await page.getByRole('button', { name: 'Review and save…' }).click();
  review = page.getByRole('dialog', { name: 'Review and save' });
  const diff = review.getByRole('region', { name: 'Document diff' });
  await expect(diff.getByRole('listitem').filter({ hasText: '"*:get*",' })).toContainText(/^\+Added:/);
  // Nothing was saved before: every line is new.
  await expect(review.getByText(/^\d+ lines added, 0 removed\./)).toBeVisible();
  await expect(
    review.getByRole('heading', { name: `Newly allowed (${READ_ONLY_COUNT - ALLOWED_TO_ALL_BY_DEFAULTS})` }),
  ).toBeVisible();
  await expect(review.getByRole('heading', { name: /^Newly denied/ })).toHaveCount(0);
  await expect(review.getByText('This change grants')).toHaveCount(0);
  await keepScreenshot(page, 'permissions-user-review', { fullPage: false });
  await expectNoSeriousA11yViolations(page);
  await review.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(review).toBeHidden();
  await assertToast(page, `Permission of ${userName} saved.`);

  // Offer to apply the change at once.
  const offer = page.getByRole('alertdialog', { name: 'Apply the change now?' });
  await expect(offer).toBeVisible();
  await keepScreenshot(page, 'permissions-user-revoke-offer', { fullPage: false });
  await expectNoSeriousA11yViolations(page);
  await offer.getByRole('button', { name: 'Revoke tokens now' }).click();
  await expect(offer).toBeHidden();
  await assertToast(
    page,
    `Every session of ${userName} has ended; the new permission applies at their next sign-in.`,
  );
  expect((await request.get(usersUrl(earlySession), { headers: earlySession.headers })).status()).toBe(401);

  // The server enforces what the simulator said.
  const session = await signInViaApi(request, samUser);
  expect(await enforced(request, session)).toEqual({ listUsers: 200, createUser: 403 });

  // The saved document is what the page shows after a reload, with nothing left to save.
  await page.reload();
  await expect(editor(page, editorName)).toContainText('"*:get*"');
  await expect(page.getByRole('button', { name: 'Review and save…' })).toBeDisabled();
  await expect(page.getByText('No changes to save.')).toBeVisible();
  await keepScreenshot(page, 'permissions-user-saved');
  await expectNoSeriousA11yViolations(page);
});

test('edit the default permissions: a condition error where it is, review, save, and the server enforces what was simulated', async ({
  page,
  request,
}) => {
  const allowedUser = uniqueUserName('perm-dflt');
  const otherUser = uniqueUserName('perm-other');
  const root = await createUserViaApi(request, { userName: allowedUser, password: PASSWORD });
  await createUserViaApi(request, { userName: otherUser, password: PASSWORD }, root);
  const defaultsUrl = usersUrl(root, '/default_permissions');
  const original = (
    (await (await request.get(defaultsUrl, { headers: root.headers })).json()) as {
      defaultPermissions: string;
    }
  ).defaultPermissions;
  const editorName = 'Default permissions document';

  try {
    await signInAsRoot(page, paths.defaultPermissions());
    await expect(page.getByRole('heading', { level: 1, name: 'Default permissions' })).toBeVisible();
    await expect(editor(page, editorName)).toBeVisible();
    await keepScreenshot(page, 'permissions-defaults');
    await expectNoSeriousA11yViolations(page);

    // A condition with `=` instead of `==`: the error points at the `=` inside the string.
    const broken = `{\n  "statements": [\n    { "effect": "allow", "api": "User:listUsers", "condition": "samUserName = '${allowedUser}'" }\n  ]\n}`;
    await replaceDocument(page, editorName, broken);
    const column = (broken.split('\n')[2] ?? '').indexOf(' = ') + 2;
    await expect(problem(page, "Use '==' to compare")).toContainText(`Line 3, column ${column}`);
    await expect(page.locator('.cm-lintRange-error')).toHaveText('=');
    await expect(page.getByRole('button', { name: 'Review and save…' })).toBeDisabled();
    await keepScreenshot(page, 'permissions-defaults-broken');
    await expectNoSeriousA11yViolations(page);

    // Fixed: keep the operator's statements and allow listUsers to one user only.
    const statements = (JSON.parse(original || '{"statements":[]}') as { statements: unknown[] }).statements;
    const fixed = JSON.stringify({
      statements: [
        ...statements,
        { effect: 'allow', api: 'User:listUsers', condition: `samUserName == '${allowedUser}'` },
      ],
    });
    await replaceDocument(page, editorName, fixed);
    await expect(page.getByText('No problems')).toBeVisible();
    await page.getByRole('button', { name: 'Format' }).click();
    await expect(editor(page, editorName)).toContainText(`"condition": "samUserName == '${allowedUser}'"`);

    const statementNumber = statements.length + 1;
    let result = await simulate(page, 'User:listUsers', { samUserName: allowedUser });
    await expect(result).toContainText('Allowed');
    await expect(result).toContainText(
      `Allowed by the default permissions (this draft), statement ${statementNumber} (User:listUsers).`,
    );
    await page.getByRole('button', { name: `Show statement ${statementNumber} in the editor` }).click();
    await expect(editor(page, editorName)).toBeFocused();
    result = await simulate(page, 'User:listUsers', { samUserName: otherUser });
    await expect(result).toContainText('Denied');
    await keepScreenshot(page, 'permissions-defaults-simulated');

    await page.getByRole('button', { name: 'Review and save…' }).click();
    const review = page.getByRole('dialog', { name: 'Review and save' });
    const diff = review.getByRole('region', { name: 'Document diff' });
    await expect(
      diff.getByRole('listitem').filter({ hasText: `samUserName == '${allowedUser}'` }),
    ).toContainText(/^\+Added:/);
    await expect(review.getByText('5 lines added, 0 removed.')).toBeVisible();
    // listUsers goes from denied to allowed under a condition: one operation newly allowed.
    await expect(review.getByRole('heading', { name: 'Newly allowed (1)' })).toBeVisible();
    await review.getByText('User: 1 of').click();
    await expect(review.getByRole('region', { name: 'Newly allowed (1)' }).getByRole('code')).toHaveText(
      'User:listUsers',
    );
    await keepScreenshot(page, 'permissions-defaults-review', { fullPage: false });
    await expectNoSeriousA11yViolations(page);
    await review.getByRole('button', { name: 'Save', exact: true }).click();
    await expect(review).toBeHidden();
    await assertToast(page, 'Default permissions saved.');
    // Defaults concern every user: the offer lists them all, with their count. Root declines here: revoking every
    // session of the operator would end the other scenarios' sessions (a SAM user revokes some, below).
    const offer = page.getByRole('alertdialog', { name: 'Apply the change now?' });
    const affected = offer.getByRole('list', { name: /^Affects \d+ SAM users$/ });
    await expect(affected.getByRole('listitem').filter({ hasText: allowedUser })).toHaveText(allowedUser);
    await expect(affected.getByRole('listitem').filter({ hasText: otherUser })).toHaveText(otherUser);
    const heading = await offer.getByRole('heading', { name: /^Affects \d+ SAM users$/ }).textContent();
    await expect(affected.getByRole('listitem')).toHaveCount(Number(/\d+/.exec(heading ?? '')?.[0]));
    await offer.getByRole('button', { name: 'Not now' }).click();
    await expect(offer).toBeHidden();

    const allowed = await signInViaApi(request, {
      operatorId: root.operatorId,
      userName: allowedUser,
      password: PASSWORD,
    });
    const other = await signInViaApi(request, {
      operatorId: root.operatorId,
      userName: otherUser,
      password: PASSWORD,
    });
    expect(await enforced(request, allowed)).toEqual({ listUsers: 200, createUser: 403 });
    expect(await enforced(request, other)).toEqual({ listUsers: 403, createUser: 403 });
  } finally {
    // Other scenarios share this operator: put its defaults back.
    const restored = await request.put(defaultsUrl, {
      headers: root.headers,
      data: { permissions: original || '{"statements":[]}' },
    });
    expect(restored.ok()).toBe(true);
  }
});

test('the “Change own password” template does what it says in the console: the user changes their own password and nothing else', async ({
  page,
  request,
  browser,
}) => {
  const userName = uniqueUserName('perm-pw');
  const root = await createUserViaApi(request, { userName, password: PASSWORD });
  await signInAsRoot(page, paths.user(userName, 'permissions'));
  await page.getByLabel('Template').selectOption({ label: 'Change own password' });
  await page.getByRole('button', { name: 'Use template' }).click();
  await page.getByRole('button', { name: 'Review and save…' }).click();
  const review = page.getByRole('dialog', { name: 'Review and save' });
  await review.getByRole('button', { name: 'Save', exact: true }).click();
  const offer = page.getByRole('alertdialog', { name: 'Apply the change now?' });
  await offer.getByRole('button', { name: 'Not now' }).click();
  await expect(offer).toBeHidden();

  // The user, in a browser of their own, opens their password tab and changes the password there.
  const context = await browser.newContext();
  try {
    const userPage = await context.newPage();
    await userPage.goto(paths.signIn({ method: 'user', next: paths.user(userName, 'password') }));
    await submitSamUserSignIn(userPage, { operatorId: root.operatorId, userName, password: PASSWORD });
    const changeForm = userPage.getByRole('region', { name: 'Change the password' });
    await changeForm.getByLabel('Current password').fill(PASSWORD);
    await changeForm.getByLabel('New password', { exact: true }).fill('perm-e2e-new-password');
    await changeForm.getByLabel('Repeat the new password').fill('perm-e2e-new-password');
    await changeForm.getByRole('button', { name: 'Change password' }).click();
    await assertToast(userPage, 'Console password changed.');
    await keepScreenshot(userPage, 'permissions-own-password-template');
    await expectNoSeriousA11yViolations(userPage);
  } finally {
    await context.close();
  }
  const session = await signInViaApi(request, {
    operatorId: root.operatorId,
    userName,
    password: 'perm-e2e-new-password',
  });
  expect(await enforced(request, session)).toEqual({ listUsers: 403, createUser: 403 });
});

test('the editor and the API catalogue load only on the pages that use them', async ({ page }) => {
  const scripts: string[] = [];
  page.on('response', (response) => {
    if (response.request().resourceType() === 'script') scripts.push(response.url());
  });
  await signInAsRoot(page, paths.users());
  await expect(page.getByRole('heading', { level: 1, name: 'Users' })).toBeVisible();
  expect(scripts.filter((url) => /api-catalogue|permissions/.test(url))).toEqual([]);

  await page.goto(paths.defaultPermissions());
  await expect(page.getByRole('textbox', { name: 'Default permissions document' })).toBeVisible();
  expect(scripts.filter((url) => /api-catalogue/.test(url))).toHaveLength(1);
});

test('the editor reads well in dark mode, with a problem shown', async ({ page, request }) => {
  const userName = uniqueUserName('perm-dark');
  await createUserViaApi(request, { userName });
  await page.emulateMedia({ colorScheme: 'dark' });
  await signInAsRoot(page, paths.user(userName, 'permissions'));
  const editorName = `Permission document of ${userName}`;
  await replaceDocument(
    page,
    editorName,
    '{\n  "statements": [\n    { "effect": "allow", "api": "User:*", "condition": "ipAddress(\'10.0.0.0/33\')" }\n  ]\n}',
  );
  await expect(page.getByRole('region', { name: 'Problems' }).getByRole('listitem')).toHaveCount(1);
  await expect(page.locator('.cm-lintRange-error')).toBeVisible();
  await keepScreenshot(page, 'permissions-user-dark');
  await expectNoSeriousA11yViolations(page);
});

test('after saving the default permissions, a SAM user revokes the tokens they may: that session ends, the rest are listed as skipped', async ({
  page,
  request,
}) => {
  const admin = uniqueUserName('perm-dadmin');
  const target = uniqueUserName('perm-dtarget');
  const root = await createUserViaApi(request, { userName: admin, password: PASSWORD });
  await createUserViaApi(request, { userName: target, password: PASSWORD }, root);
  // Everything, but revoking tokens only of the target: the other scenarios' sessions stay untouched.
  await setUserPermissionViaApi(
    request,
    admin,
    [
      { effect: 'allow', api: '*' },
      {
        effect: 'deny',
        api: 'User:revokeUserAuthTokens',
        condition: `pathVariable('user_name') != '${target}'`,
      },
    ],
    root,
  );
  const targetSession = await signInViaApi(request, {
    operatorId: root.operatorId,
    userName: target,
    password: PASSWORD,
  });
  const defaultsUrl = usersUrl(root, '/default_permissions');
  const original = (
    (await (await request.get(defaultsUrl, { headers: root.headers })).json()) as {
      defaultPermissions: string;
    }
  ).defaultPermissions;
  const editorName = 'Default permissions document';
  try {
    await page.goto(paths.signIn({ method: 'user', next: paths.defaultPermissions() }));
    await submitSamUserSignIn(page, { operatorId: root.operatorId, userName: admin, password: PASSWORD });
    await expect(page.getByRole('heading', { level: 1, name: 'Default permissions' })).toBeVisible();
    // A statement that concerns the admin alone.
    const statements = (JSON.parse(original || '{"statements":[]}') as { statements: unknown[] }).statements;
    await replaceDocument(
      page,
      editorName,
      JSON.stringify({
        statements: [
          ...statements,
          { effect: 'allow', api: 'User:getUser', condition: `samUserName == '${admin}'` },
        ],
      }),
    );
    await page.getByRole('button', { name: 'Review and save…' }).click();
    const review = page.getByRole('dialog', { name: 'Review and save' });
    await review.getByRole('button', { name: 'Save', exact: true }).click();
    await expect(review).toBeHidden();

    const offer = page.getByRole('alertdialog', { name: 'Apply the change now?' });
    const affected = offer.getByRole('list', { name: /^Affects \d+ SAM users$/ });
    const skipped = ': Skipped: your permissions lack User:revokeUserAuthTokens for this user.';
    await expect(affected.getByRole('listitem').filter({ hasText: target })).toHaveText(target);
    await expect(affected.getByRole('listitem').filter({ hasText: admin })).toHaveText(`${admin}${skipped}`);
    const total = await affected.getByRole('listitem').count();
    await keepScreenshot(page, 'permissions-defaults-revoke-offer', { fullPage: false });
    await expectNoSeriousA11yViolations(page);

    await offer.getByRole('button', { name: 'Revoke tokens now' }).click();
    await expect(offer.getByRole('status')).toHaveText(`Finished: 1 done, ${total - 1} skipped.`);
    await expect(affected.getByRole('listitem').filter({ hasText: target })).toHaveText(`${target}: Done`);
    // The target's session, opened before the change, has ended; the admin's own goes on.
    expect((await request.get(usersUrl(targetSession), { headers: targetSession.headers })).status()).toBe(
      401,
    );
    await expectNoSeriousA11yViolations(page);
    await offer.locator('.dialog__footer').getByRole('button', { name: 'Close' }).click();
    await expect(offer).toBeHidden();
    await expect(page.getByRole('heading', { level: 1, name: 'Default permissions' })).toBeVisible();
  } finally {
    const restored = await request.put(defaultsUrl, {
      headers: root.headers,
      data: { permissions: original || '{"statements":[]}' },
    });
    expect(restored.ok()).toBe(true);
  }
});

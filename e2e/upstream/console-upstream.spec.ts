// The whole console in upstream mode, against an upstream as sparing as Soracom's spec allows: writes answer 2xx with
// no body, errors come as {errorMessage: {code, message}, httpStatus}, and a refused sign-in never says "MFA code needed".
// Every task still completes: sign-in (MFA included), create, describe, password, AuthKey, MFA, permissions, delete.
import { expect, test, type Page } from '@playwright/test';
import { Secret, TOTP } from 'otpauth';
import {
  assertToast,
  E2E_BASE_URL,
  E2E_ROOT,
  E2E_PORT,
  expectNoSeriousA11yViolations,
  sessionCredentials,
  signInAsRoot,
  submitSamUserSignIn,
  uniqueUserName,
  expectPath,
  paths,
} from '../support/index.ts';

/** The local SAM API behind the bare upstream (see playwright.upstream.config.ts): the test's oracle. */
const LOCAL_API = `http://127.0.0.1:${E2E_PORT + 10}/v1`;
const BARE_UPSTREAM = `http://127.0.0.1:${E2E_PORT + 20}/v1`;
const PASSWORD = 'upstream-e2e-password-2026';

/** Polls the clock until the current 30 s step has room left, so a code typed now is still current at the server. */
async function waitForRoomInStep(seconds = 6): Promise<number> {
  await expect
    .poll(() => TOTP.remaining(), { intervals: [250], timeout: 35_000 })
    .toBeGreaterThan(seconds * 1000);
  return TOTP.counter();
}

function editor(page: Page, name: string) {
  return page.getByRole('textbox', { name });
}

test('the bare upstream answers as sparingly as promised', async ({ request }) => {
  const signIn = await request.post(`${BARE_UPSTREAM}/auth`, { data: E2E_ROOT });
  const { operatorId, apiKey, token } = (await signIn.json()) as Record<string, string>;
  const headers = { 'X-Soracom-API-Key': apiKey ?? '', 'X-Soracom-Token': token ?? '' };
  const userName = uniqueUserName('bare');
  const userUrl = `${BARE_UPSTREAM}/operators/${operatorId}/users/${userName}`;
  const created = await request.post(userUrl, { headers, data: {} });
  expect(created.status()).toBe(201);
  expect(await created.text()).toBe('');
  const updated = await request.put(userUrl, { headers, data: { description: 'x' } });
  expect(updated.status()).toBe(200);
  expect(await updated.text()).toBe('');
  expect((await (await request.get(userUrl, { headers })).json()) as object).toMatchObject({
    description: 'x',
  });
  const missing = await request.get(`${userUrl}-missing`, { headers });
  expect(await missing.json()).toMatchObject({ errorMessage: { code: 'SAM0301' }, httpStatus: 404 });
  await request.delete(userUrl, { headers });
});

test('every task completes against an upstream that answers writes without a body', async ({
  page,
  browser,
  request,
}) => {
  test.setTimeout(180_000);
  const userName = uniqueUserName('up');

  // The console says where it talks, and a wrong password reads the nested error body.
  await page.goto(paths.signIn());
  await expect(page.getByText('This console talks to the')).toContainText('Soracom · custom endpoint');
  const rootForm = page.getByRole('form', { name: 'Sign in as the root user' });
  await rootForm.getByLabel('Email').fill(E2E_ROOT.email);
  await rootForm.getByLabel('Password').fill('not-the-password');
  await rootForm.getByRole('button', { name: 'Sign in' }).click();
  await expect(rootForm.getByRole('alert')).toHaveText('Sign-in was not accepted.');

  await signInAsRoot(page);
  const { operatorId, apiKey, token } = await sessionCredentials(page);
  const headers = { 'X-Soracom-API-Key': apiKey, 'X-Soracom-Token': token };
  const storedUser = async () =>
    (
      await request.get(`${LOCAL_API}/operators/${operatorId}/users/${userName}`, { headers })
    ).json() as Promise<{
      description?: string;
      hasPassword: boolean;
    }>;

  // Create (no body: read back), then describe it (no body: read back).
  await page.getByRole('button', { name: 'Create user' }).click();
  const create = page.getByRole('dialog', { name: 'Create user' });
  await create.getByLabel('User name').fill(userName);
  await create.getByLabel('Description (optional)').fill('Made upstream');
  await create.getByRole('button', { name: 'Create user' }).click();
  await expect(create).toBeHidden();
  await assertToast(page, `User ${userName} created.`);
  // The user read back opens with its next steps.
  await expect(page.getByRole('heading', { level: 1, name: userName })).toBeVisible();
  await expect(page.getByRole('region', { name: 'Next steps' })).toBeVisible();
  // Soracom's API has no last sign-in: the list and the overview say so rather than show "never".
  // Drawn by the server, which asked the upstream for the list through its proxy, with the page cookie's session.
  const listPage = await page.goto(paths.users());
  expect(await listPage?.text()).toContain(`href="/users/${userName}/overview"`);
  await expect(page.getByText('Last sign-in: not provided by Soracom’s API.')).toBeVisible();

  await page.goto(paths.user(userName));
  await expect(page.getByRole('heading', { level: 1, name: userName })).toBeVisible();
  await expect(page.getByRole('region', { name: 'Details' })).toContainText('Not provided by Soracom’s API');
  await page.getByRole('textbox', { name: 'Description' }).fill('Described upstream');
  await page.getByRole('button', { name: 'Save description' }).click();
  await assertToast(page, 'Description saved.');
  await expect(page.getByRole('textbox', { name: 'Description' })).toHaveValue('Described upstream');
  await expect(page.locator('.toaster').getByRole('alert')).toBeEmpty();
  expect((await storedUser()).description).toBe('Described upstream');

  // A console password (no body).
  await page.getByRole('link', { name: 'Console password', exact: true }).click();
  const setForm = page.getByRole('region', { name: 'Set a password' });
  await setForm.getByLabel('New password', { exact: true }).fill(PASSWORD);
  await setForm.getByLabel('Repeat the new password').fill(PASSWORD);
  await setForm.getByRole('button', { name: 'Set password' }).click();
  await assertToast(page, 'Console password set.');
  await expect(page.getByText('can sign in to the console with a password')).toBeVisible();
  expect((await storedUser()).hasPassword).toBe(true);

  // An AuthKey (its answer keeps the secret), then its deletion (no body).
  await page.getByRole('link', { name: 'AuthKeys' }).click();
  await page.getByRole('button', { name: 'Generate AuthKey' }).click();
  const keyDialog = page.getByRole('dialog', { name: `New AuthKey for ${userName}` });
  const authKeyId =
    (await keyDialog.getByRole('group', { name: 'AuthKey ID' }).locator('code').textContent()) ?? '';
  expect(authKeyId).toMatch(/^keyId-/);
  await keyDialog.getByRole('button', { name: 'Done' }).click();
  await page
    .getByRole('alertdialog', { name: 'Have you saved the secret?' })
    .getByRole('button', { name: 'Yes, close' })
    .click();
  const keyRow = page.getByRole('row').filter({ has: page.getByRole('rowheader', { name: authKeyId }) });
  await expect(keyRow).toBeVisible();
  await keyRow.getByRole('button', { name: `Delete ${authKeyId}` }).click();
  await page
    .getByRole('alertdialog', { name: 'Delete this AuthKey?' })
    .getByRole('button', { name: 'Delete AuthKey' })
    .click();
  await assertToast(page, `AuthKey ${authKeyId} deleted.`);
  await expect(page.getByText(`${userName} has no AuthKeys`)).toBeVisible();

  // A permission (no body), and the offer to apply it at once (no body).
  await page.getByRole('link', { name: 'Permissions', exact: true }).click();
  await page.getByLabel('Template').selectOption({ label: 'Read-only' });
  await page.getByRole('button', { name: 'Use template' }).click();
  await expect(editor(page, `Permission document of ${userName}`)).toContainText('"*:list*"');
  await page.getByRole('button', { name: 'Review and save…' }).click();
  const review = page.getByRole('dialog', { name: 'Review and save' });
  await review.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(review).toBeHidden();
  await assertToast(page, `Permission of ${userName} saved.`);
  await page
    .getByRole('alertdialog', { name: 'Apply the change now?' })
    .getByRole('button', { name: 'Revoke tokens now' })
    .click();
  await assertToast(
    page,
    `Every session of ${userName} has ended; the new permission applies at their next sign-in.`,
  );

  // MFA: enrolment (its answer keeps the URI), confirmation (no body).
  await page.getByRole('link', { name: 'MFA', exact: true }).click();
  await page.getByRole('button', { name: 'Enable MFA' }).click();
  const mfaDialog = page.getByRole('dialog', { name: `Set up MFA for ${userName}` });
  const grouped =
    (await mfaDialog.getByRole('group', { name: 'Secret key' }).locator('code').textContent()) ?? '';
  const totp = new TOTP({ secret: Secret.fromBase32(grouped.replace(/ /g, '')), digits: 6, period: 30 });
  await mfaDialog.getByRole('button', { name: 'Next: enter a code' }).click();
  const enrolledStep = await waitForRoomInStep();
  await mfaDialog.getByRole('textbox', { name: '6-digit code' }).pressSequentially(totp.generate());
  await expect(mfaDialog).toBeHidden();
  await assertToast(
    page,
    `MFA is now on for ${userName}: ${userName} will be asked for a code when signing in.`,
  );
  await expectNoSeriousA11yViolations(page);

  // The user signs in elsewhere: refused without a code (with a code the console cannot know), the code field is
  // offered in the same form, and the code signs in.
  const context = await browser.newContext({ baseURL: E2E_BASE_URL });
  const userPage = await context.newPage();
  await userPage.goto(paths.signIn({ method: 'user' }));
  await submitSamUserSignIn(userPage, { operatorId, userName, password: PASSWORD });
  const userForm = userPage.getByRole('form', { name: 'Sign in as a SAM user' });
  await expect(userForm.getByRole('alert')).toHaveText('Sign-in was not accepted.');
  const codeField = userForm.getByLabel('MFA code (if MFA is on)');
  await expect(codeField).toBeVisible();
  await expectNoSeriousA11yViolations(userPage);
  // The enrolment's code was used once: wait for the next step's.
  await expect
    .poll(() => TOTP.counter(), { intervals: [250], timeout: 35_000 })
    .toBeGreaterThan(enrolledStep);
  await waitForRoomInStep(3);
  await codeField.fill(totp.generate());
  await userForm.getByRole('button', { name: 'Sign in' }).click();
  await expect(userPage.getByRole('button', { name: 'Sign out' })).toBeVisible();
  await expect(userPage.getByRole('banner')).toContainText(userName);
  await context.close();

  // History: Soracom's log does not say whom a change was made to, and the tab says so instead of a broken list;
  // the Activity page lists the log without the local API's filters.
  await page.getByRole('link', { name: 'History' }).click();
  await expect(page.getByText(/^Not provided by Soracom’s API/)).toBeVisible();
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Activity' }).click();
  await expect(page.getByText(/cannot be filtered by user or kind/)).toBeVisible();
  await expect(page.getByRole('combobox', { name: 'Kind' })).toHaveCount(0);
  await expect(page.getByRole('table', { name: 'Audit entries, newest first' })).toBeVisible();
  await page.goBack();

  // Delete (no body), after confirming.
  await page.getByRole('link', { name: 'Overview' }).click();
  await page.getByRole('button', { name: 'Delete user' }).click();
  const confirm = page.getByRole('alertdialog', { name: `Delete ${userName}?` });
  await confirm.getByLabel(/Type .* to confirm/).fill(userName);
  await confirm.getByRole('button', { name: 'Delete user' }).click();
  await expectPath(page, paths.users());
  await assertToast(page, `User ${userName} deleted.`);
  expect(
    (await request.get(`${LOCAL_API}/operators/${operatorId}/users/${userName}`, { headers })).status(),
  ).toBe(404);
});

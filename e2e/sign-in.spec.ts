// Signing in each of the three ways (root, SAM user with its MFA step, AuthKey), what the header then says, and signing out.
import { expect, test } from '@playwright/test';
import * as OTPAuth from 'otpauth';
import {
  E2E_BASE_URL,
  E2E_ROOT,
  createUserViaApi,
  enableMfaViaApi,
  expectNoSeriousA11yViolations,
  generateAuthKeyViaApi,
  keepScreenshot,
  sessionCredentials,
  signInAsRoot,
  uniqueUserName,
  submitSamUserSignIn,
  paths,
  expectPath,
} from './support/index.ts';

test('the sign-in page shows how to reach the demo operator of the local sandbox', async ({ page }) => {
  await page.goto(paths.users());
  await expectPath(page, paths.signIn({ next: paths.users() }));
  await expect(page).toHaveTitle('Sign in · SAM Console');
  await expect(page.getByRole('heading', { level: 1, name: 'Sign in' })).toBeVisible();
  const demo = page.getByRole('complementary', { name: 'Local sandbox' });
  await expect(demo).toContainText(E2E_ROOT.email);
  await expect(page.getByText('This console talks to the Local sandbox.')).toBeVisible();
  await keepScreenshot(page, 'sign-in');
  await expectNoSeriousA11yViolations(page);
});

test('root signs in with email and password, sees who and where in the header, and signs out', async ({
  page,
  request,
}) => {
  await signInAsRoot(page);
  const header = page.getByRole('banner');
  await expect(header).toContainText(`root (${E2E_ROOT.email})`);
  const { operatorId, apiKey, token } = await sessionCredentials(page);
  await expect(header).toContainText(operatorId);
  await expect(header).toContainText('Local sandbox');
  // The session is kept for every tab of the browser; the password never is.
  expect(await page.evaluate(() => sessionStorage.length)).toBe(0);
  expect(await page.evaluate(() => JSON.stringify({ ...localStorage }))).not.toContain(E2E_ROOT.password);

  await page.getByRole('button', { name: 'Sign out' }).click();
  await expectPath(page, paths.signIn());
  expect(await page.evaluate(() => localStorage.getItem('sam-console.session'))).toBeNull();
  // Sign-out ended the session on the server too: the old key and token no longer work.
  const after = await request.get(`${E2E_BASE_URL}/v1/operators/${operatorId}/users`, {
    headers: { 'X-Soracom-API-Key': apiKey, 'X-Soracom-Token': token },
  });
  expect(after.status()).toBe(401);
});

test('wrong root credentials are refused with the server message and no session', async ({ page }) => {
  await page.goto(paths.signIn());
  const form = page.getByRole('form', { name: 'Sign in as the root user' });
  await form.getByLabel('Email').fill(E2E_ROOT.email);
  await form.getByLabel('Password').fill('not-the-password');
  await form.getByRole('button', { name: 'Sign in' }).click();
  await expect(form.getByRole('alert')).toContainText('the credentials are not correct');
  expect(await page.evaluate(() => localStorage.getItem('sam-console.session'))).toBeNull();
});

test('a SAM user with MFA signs in with operator ID, name and password, then the code', async ({
  page,
  request,
}) => {
  const userName = uniqueUserName('mfa');
  const root = await createUserViaApi(request, { userName, password: 'mfa-user-password' });
  let secret = '';
  await enableMfaViaApi(
    request,
    userName,
    (uri) => {
      const totp = OTPAuth.URI.parse(uri);
      if (!(totp instanceof OTPAuth.TOTP)) throw new Error('not a TOTP URI');
      secret = totp.secret.base32;
      return totp.generate();
    },
    root,
  );

  await page.goto(paths.signIn({ method: 'user' }));
  await submitSamUserSignIn(page, { operatorId: root.operatorId, userName, password: 'mfa-user-password' });

  const codeStep = page.getByRole('form', { name: 'Enter your MFA code' });
  await expect(codeStep).toBeVisible();
  await keepScreenshot(page, 'sign-in-mfa-step');
  await expectNoSeriousA11yViolations(page);
  const codeField = codeStep.getByLabel('MFA code');
  await expect(codeField).toBeFocused();
  // Six digits send the code by themselves, as in the MFA set-up: no button to press.
  const totp = new OTPAuth.TOTP({ secret: OTPAuth.Secret.fromBase32(secret) });
  const near = new Set([-1, 0, 1].map((steps) => totp.generate({ timestamp: Date.now() + steps * 30_000 })));
  const wrong = ['000000', '111111', '222222', '333333'].find((code) => !near.has(code)) ?? '444444';
  await codeField.pressSequentially(wrong);
  await expect(codeStep.getByRole('alert')).toContainText('MFA code is not correct');
  // The field is emptied and keeps focus, ready for the next code.
  await expect(codeField).toHaveValue('');
  await expect(codeField).toBeFocused();
  await keepScreenshot(page, 'sign-in-mfa-wrong-code');
  await expectNoSeriousA11yViolations(page);

  // The code of the next 30-second step: still accepted (window 1) and never used by the enrolment.
  await codeField.pressSequentially(totp.generate({ timestamp: Date.now() + 30_000 }));
  // A user without the permission to list users lands on their own page.
  await expectPath(page, paths.user(userName));
  await expect(page.getByRole('banner')).toContainText(userName);
  await expect(page.getByRole('banner')).toContainText(root.operatorId);
});

test('a SAM user without MFA signs in without a code step', async ({ page, request }) => {
  const userName = uniqueUserName('plain');
  const root = await createUserViaApi(request, { userName, password: 'plain-user-password' });
  await page.goto(paths.signIn({ method: 'user', next: paths.users() }));
  await submitSamUserSignIn(page, { operatorId: root.operatorId, userName, password: 'plain-user-password' });
  await expectPath(page, paths.users());
  await expect(page.getByRole('banner')).toContainText(userName);
});

test('an AuthKey signs in with its ID and secret', async ({ page, request }) => {
  const userName = uniqueUserName('key');
  const root = await createUserViaApi(request, { userName });
  const key = await generateAuthKeyViaApi(request, userName, root);
  await page.goto(paths.signIn());
  await page
    .getByRole('navigation', { name: 'How to sign in' })
    .getByRole('link', { name: 'AuthKey' })
    .click();
  const form = page.getByRole('form', { name: 'Sign in with an AuthKey' });
  await form.getByLabel('AuthKey ID').fill(key.authKeyId);
  await form.getByLabel('AuthKey secret').fill(key.authKey);
  await keepScreenshot(page, 'sign-in-authkey');
  await form.getByRole('button', { name: 'Sign in' }).click();
  // A user without the permission to list users lands on their own page.
  await expectPath(page, paths.user(userName));
  await expect(page.getByRole('banner')).toContainText(`${userName} (AuthKey)`);
  const stored = await sessionCredentials(page);
  expect(stored.operatorId).toBe(root.operatorId);
  // The stored key and token are a live session (a 403 would still mean authenticated; a 401 would not).
  const check = await request.get(`${E2E_BASE_URL}/v1/operators/${stored.operatorId}/users/${userName}`, {
    headers: { 'X-Soracom-API-Key': stored.apiKey, 'X-Soracom-Token': stored.token },
  });
  expect(check.status()).not.toBe(401);
});

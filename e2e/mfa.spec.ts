// MFA as an admin and a SAM user meet it: enrol with a real TOTP app's arithmetic, sign in with a code, revoke;
// a wrong code, leaving half-way then starting again, and double clicks that must act once; a SAM user enrolling
// themselves is spoken to as "you"; a user without a console password is told what that means.
import { expect, test, type Browser, type Page } from '@playwright/test';
import { Secret, TOTP, URI } from 'otpauth';
import {
  assertToast,
  createUserViaApi,
  E2E_BASE_URL,
  expectNoSeriousA11yViolations,
  keepScreenshot,
  sessionCredentials,
  signInAsRoot,
  uniqueUserName,
  submitSamUserSignIn,
  paths,
  enableMfaViaApi,
  goToUser,
  expectPath,
  setUserPermissionViaApi,
} from './support/index.ts';

const PASSWORD = 'mfa-e2e-password-2026';

function totpOf(secret: string): TOTP {
  return new TOTP({ secret: Secret.fromBase32(secret), digits: 6, period: 30, algorithm: 'SHA1' });
}

/** Reads the secret the set-up dialog shows for typing by hand (grouped in fours), without the spaces. */
async function readShownSecret(page: Page): Promise<string> {
  const grouped = (await page.getByRole('group', { name: 'Secret key' }).locator('code').textContent()) ?? '';
  expect(grouped).toMatch(/^([A-Z2-7]{4} )+[A-Z2-7]{1,4}$/);
  return grouped.replace(/ /g, '');
}

/**
 * Polls the clock until at least `seconds` are left in the current 30 s step, so a code typed now
 * is still current when the server checks it. Answers that step.
 */
async function waitForRoomInStep(seconds = 6): Promise<number> {
  await expect
    .poll(() => TOTP.remaining(), { intervals: [250], timeout: 35_000 })
    .toBeGreaterThan(seconds * 1000);
  return TOTP.counter();
}

/** A code that is wrong now and in the neighbouring steps the server tolerates. */
function wrongCodeFor(totp: TOTP): string {
  const near = new Set(
    [-1, 0, 1].map((offset) => totp.generate({ timestamp: Date.now() + offset * 30_000 })),
  );
  let candidate = 0;
  while (near.has(String(candidate).padStart(6, '0'))) candidate += 111111;
  return String(candidate).padStart(6, '0');
}

/** The status badge of the MFA tab, in the console's one vocabulary (not the same word in a dialog or a notification). */
function statusBadge(page: Page, status: 'Off' | 'Set-up pending' | 'On') {
  return page
    .getByRole('region', { name: 'Multi-factor authentication' })
    .locator('.mfa-status')
    .getByText(status, { exact: true });
}

async function openUserSignIn(browser: Browser, operatorId: string, userName: string) {
  const context = await browser.newContext({ baseURL: E2E_BASE_URL });
  const page = await context.newPage();
  await page.goto(paths.signIn({ method: 'user' }));
  await submitSamUserSignIn(page, { operatorId, userName, password: PASSWORD });
  return { context, page };
}

test('enrol MFA, sign in as the user with a code, then revoke', async ({ page, browser, request }) => {
  test.setTimeout(120_000);
  const userName = uniqueUserName('mfa');
  await createUserViaApi(request, { userName, password: PASSWORD });
  await signInAsRoot(page, paths.user(userName, 'mfa'));
  const { operatorId } = await sessionCredentials(page);

  await expect(statusBadge(page, 'Off')).toBeVisible();
  await expect(page.getByText(`Signing in as ${userName} needs only the password.`)).toBeVisible();
  // The user has a password: no note about signing in without one.
  await expect(page.getByRole('note')).toHaveCount(0);
  await keepScreenshot(page, 'mfa-inactive');
  await expectNoSeriousA11yViolations(page);

  // Step 1: the QR code (with a text alternative) and the same facts for manual entry.
  await page.getByRole('button', { name: 'Enable MFA' }).click();
  const dialog = page.getByRole('dialog', { name: `Set up MFA for ${userName}` });
  await expect(dialog.getByRole('heading', { name: /Step 1 of 2/ })).toBeVisible();
  await expect(
    dialog.getByRole('img', {
      name: new RegExp(`^QR code that adds SAM Console sandbox \\(${operatorId}:${userName}\\)`),
    }),
  ).toBeVisible();
  await expect(dialog.getByRole('group', { name: 'Issuer' })).toContainText('SAM Console sandbox');
  await expect(dialog.getByRole('group', { name: 'Account' })).toContainText(`${operatorId}:${userName}`);
  const secret = await readShownSecret(page);
  const totp = totpOf(secret);
  // Copying gives the secret without the grouping spaces, ready to paste into an app.
  await page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
  await dialog.getByRole('button', { name: 'Copy secret key' }).click();
  await expect(dialog.getByText('Secret key copied.')).toBeVisible();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(secret);
  expect(page.url()).not.toContain(secret);
  await keepScreenshot(page, 'mfa-step-1-scan');
  await expectNoSeriousA11yViolations(page);

  // Step 2: the code, with the countdown of the current window; it submits itself at six digits.
  await dialog.getByRole('button', { name: 'Next: enter a code' }).click();
  const codeInput = dialog.getByRole('textbox', { name: '6-digit code' });
  await expect(codeInput).toBeFocused();
  await expect(codeInput).toHaveAttribute('inputmode', 'numeric');
  await expect(codeInput).toHaveAttribute('autocomplete', 'one-time-code');
  await expect(dialog.getByRole('timer')).toHaveText(/changes in \d{1,2} s/);
  await keepScreenshot(page, 'mfa-step-2-code');
  await expectNoSeriousA11yViolations(page);

  const verifiedStep = await waitForRoomInStep();
  const verifyCode = totp.generate();
  await codeInput.pressSequentially(verifyCode);
  await expect(dialog).toBeHidden();
  await assertToast(
    page,
    `MFA is now on for ${userName}: ${userName} will be asked for a code when signing in.`,
  );
  await expect(statusBadge(page, 'On')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Revoke MFA' })).toBeVisible();
  expect(await page.content()).not.toContain(secret);
  const stored = await page.evaluate(() =>
    JSON.stringify({ session: { ...sessionStorage }, local: { ...localStorage } }),
  );
  expect(stored).not.toContain(secret);
  await keepScreenshot(page, 'mfa-active');
  await expectNoSeriousA11yViolations(page);

  // The user signs in elsewhere: the password alone is not enough, the code is asked for.
  const user = await openUserSignIn(browser, operatorId, userName);
  const codeForm = user.page.getByRole('form', { name: 'Enter your MFA code' });
  await expect(codeForm).toBeVisible();
  await keepScreenshot(user.page, 'mfa-sign-in-code');
  // The code that confirmed enrolment was used once and is refused now; six digits send it, no click needed.
  await codeForm.getByLabel('MFA code').fill(verifyCode);
  await expect(codeForm.getByRole('alert')).toContainText('already used');
  await expect(codeForm.getByLabel('MFA code')).toHaveValue('');
  await expect(codeForm.getByLabel('MFA code')).toBeFocused();
  await keepScreenshot(user.page, 'mfa-sign-in-code-replay-refused');
  // The app shows a new code once the step has moved on: poll the clock until then, and type that one.
  await expect
    .poll(() => TOTP.counter(), { intervals: [250], timeout: 35_000 })
    .toBeGreaterThan(verifiedStep);
  await waitForRoomInStep(3);
  await codeForm.getByLabel('MFA code').fill(totp.generate());
  await expect(user.page.getByRole('button', { name: 'Sign out' })).toBeVisible();
  await user.context.close();

  // Revoke, after confirming; the user then signs in with the password alone.
  await page.getByRole('button', { name: 'Revoke MFA' }).click();
  const confirm = page.getByRole('alertdialog', { name: 'Revoke MFA?' });
  await keepScreenshot(page, 'mfa-revoke-confirm');
  await expectNoSeriousA11yViolations(page);
  await confirm.getByRole('button', { name: 'Revoke MFA' }).click();
  await assertToast(page, `MFA revoked for ${userName}: it is now off.`);
  await expect(statusBadge(page, 'Off')).toBeVisible();
  const again = await openUserSignIn(browser, operatorId, userName);
  await expect(again.page.getByRole('button', { name: 'Sign out' })).toBeVisible();
  await again.context.close();
});

test('a wrong code keeps the step; leaving half-way leaves it set-up pending; starting again issues a new secret', async ({
  page,
  request,
}) => {
  const userName = uniqueUserName('mfa-half');
  await createUserViaApi(request, { userName, password: PASSWORD });
  await signInAsRoot(page, paths.user(userName, 'mfa'));

  await page.getByRole('button', { name: 'Enable MFA' }).click();
  const dialog = page.getByRole('dialog', { name: `Set up MFA for ${userName}` });
  const firstSecret = await readShownSecret(page);
  await dialog.getByRole('button', { name: 'Next: enter a code' }).click();

  // A wrong code, pasted with a space: a clear message, the field emptied and focused, still on step 2.
  const wrong = wrongCodeFor(totpOf(firstSecret));
  const codeInput = dialog.getByRole('textbox', { name: '6-digit code' });
  await codeInput.focus();
  await page.keyboard.insertText(`${wrong.slice(0, 3)} ${wrong.slice(3)}`);
  await expect(dialog.getByRole('alert')).toContainText('That code is not right');
  await expect(codeInput).toHaveValue('');
  await expect(codeInput).toBeFocused();
  await expect(dialog.getByRole('heading', { name: /Step 2 of 2/ })).toBeVisible();
  await keepScreenshot(page, 'mfa-wrong-code');
  await expectNoSeriousA11yViolations(page);

  // Leaving asks first, then leaves the status "Set-up pending" with an offer to start again.
  await dialog.getByRole('button', { name: 'Close' }).click();
  const question = page.getByRole('alertdialog', { name: 'Leave MFA set-up?' });
  await expect(question).toContainText(`MFA for ${userName} stays Set-up pending`);
  await keepScreenshot(page, 'mfa-leave-question');
  await expectNoSeriousA11yViolations(page);
  await question.getByRole('button', { name: 'Leave set-up' }).click();
  await expect(statusBadge(page, 'Set-up pending')).toBeVisible();
  const startAgain = page.getByRole('button', { name: 'Start set-up again' });
  await expect(startAgain).toBeVisible();
  expect(await page.content()).not.toContain(firstSecret);
  await keepScreenshot(page, 'mfa-unconfirmed');
  await expectNoSeriousA11yViolations(page);

  // Starting again gives a fresh secret; a code from it confirms.
  await startAgain.click();
  await expect(dialog).toBeVisible();
  const secondSecret = await readShownSecret(page);
  expect(secondSecret).not.toBe(firstSecret);
  await dialog.getByRole('button', { name: 'Next: enter a code' }).click();
  await waitForRoomInStep();
  await dialog
    .getByRole('textbox', { name: '6-digit code' })
    .pressSequentially(totpOf(secondSecret).generate());
  await expect(dialog).toBeHidden();
  await expect(statusBadge(page, 'On')).toBeVisible();
});

test('a double click on Enable MFA starts the set-up once', async ({ page, request }) => {
  const userName = uniqueUserName('dblclick');
  await createUserViaApi(request, { userName });
  const calls: string[] = [];
  page.on('request', (sent) => {
    const path = new URL(sent.url()).pathname;
    if (path.includes(`/users/${userName}/`) && sent.method() !== 'GET')
      calls.push(`${sent.method()} ${path.split(`/users/${userName}`)[1] ?? ''}`);
  });
  await signInAsRoot(page);
  await goToUser(page, userName, 'mfa');
  await page.getByRole('button', { name: 'Enable MFA' }).dblclick();
  await expect(page.getByRole('dialog', { name: `Set up MFA for ${userName}` })).toBeVisible();
  expect(calls.filter((call) => call === 'POST /mfa')).toHaveLength(1);
});

test('a right MFA code sends itself once at six digits: Enter pressed straight after does not send it again', async ({
  page,
  request,
}) => {
  const userName = uniqueUserName('mfadbl');
  const password = 'mfa-double-password-1';
  const root = await createUserViaApi(request, { userName, password });
  const enrolled: { totp?: TOTP } = {};
  await enableMfaViaApi(
    request,
    userName,
    (totpUri) => {
      const parsed = URI.parse(totpUri);
      if (!(parsed instanceof TOTP)) throw new Error('not a TOTP URI');
      enrolled.totp = parsed;
      return parsed.generate();
    },
    root,
  );
  const generator = enrolled.totp;
  if (!generator) throw new Error('no TOTP');
  const signIns: string[] = [];
  page.on('request', (sent) => {
    if (new URL(sent.url()).pathname === '/v1/auth') signIns.push(sent.method());
  });

  await page.goto(paths.signIn({ method: 'user', next: paths.users() }));
  await submitSamUserSignIn(page, { operatorId: root.operatorId, userName, password });
  const step = page.getByRole('form', { name: 'Enter your MFA code' });
  // The next window's code: accepted, and not the one the enrolment used. Pasted whole, it sends itself; an Enter
  // (twice) on its heels must not send the spent code again, whose refusal would hide the sign-in.
  await step.getByLabel('MFA code').focus();
  await page.keyboard.insertText(generator.generate({ timestamp: Date.now() + 30_000 }));
  await page.keyboard.press('Enter');
  await page.keyboard.press('Enter');

  await expectPath(page, paths.users());
  await expect(page.getByRole('button', { name: 'Sign out' })).toBeVisible();
  expect(signIns).toHaveLength(2);
});

test('a SAM user setting up MFA for their own account is spoken to as "you"', async ({ page, request }) => {
  const userName = uniqueUserName('mfa-self');
  const root = await createUserViaApi(request, { userName, password: PASSWORD });
  await setUserPermissionViaApi(
    request,
    userName,
    [{ effect: 'allow', api: 'User:*', condition: "pathVariable('user_name') == samUserName" }],
    root,
  );
  await page.goto(paths.signIn({ method: 'user' }));
  await submitSamUserSignIn(page, { operatorId: root.operatorId, userName, password: PASSWORD });
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'My account' }).click();
  await page.getByRole('link', { name: 'MFA', exact: true }).click();

  await expect(page.getByText(/^With MFA, signing in to your account with a password/)).toBeVisible();
  await expect(statusBadge(page, 'Off')).toBeVisible();
  await expect(page.getByText('Signing in needs only your password.')).toBeVisible();
  await page.getByRole('button', { name: 'Enable MFA' }).click();
  const dialog = page.getByRole('dialog', { name: 'Set up MFA for your account' });
  await expect(
    dialog.getByRole('heading', { name: 'Step 1 of 2: add your account to your authenticator app' }),
  ).toBeVisible();
  await expect(dialog.getByText(/^Scan the code with your authenticator app/)).toBeVisible();
  await keepScreenshot(page, 'mfa-self-step-1-scan', { fullPage: false });
  await expectNoSeriousA11yViolations(page);
  const secret = await readShownSecret(page);
  await dialog.getByRole('button', { name: 'Next: enter a code' }).click();
  await expect(
    dialog.getByText('Type the 6-digit code that your authenticator app now shows for this account.'),
  ).toBeVisible();
  await waitForRoomInStep();
  await dialog.getByRole('textbox', { name: '6-digit code' }).pressSequentially(totpOf(secret).generate());
  await expect(dialog).toBeHidden();
  await assertToast(page, 'MFA is now on for your account: you will be asked for a code when you sign in.');
  await expect(statusBadge(page, 'On')).toBeVisible();
  await expect(
    page.getByText(
      'You will be asked for a code from your authenticator app when you sign in with your password.',
    ),
  ).toBeVisible();
  await keepScreenshot(page, 'mfa-self-active');
  await expectNoSeriousA11yViolations(page);
});

test('a user without a console password: the MFA tab and the overview say so, with a link to set one', async ({
  page,
  request,
}) => {
  const userName = uniqueUserName('mfa-nopw');
  await createUserViaApi(request, { userName });
  await signInAsRoot(page, paths.user(userName, 'mfa'));

  const note = page.getByRole('region', { name: 'Multi-factor authentication' }).getByRole('note');
  await expect(note).toHaveText(
    `${userName} has no console password, so they cannot sign in to the console with a password; only their AuthKeys work. MFA applies only to console sign-in with a password. Set a console password`,
  );
  await keepScreenshot(page, 'mfa-no-password');
  await expectNoSeriousA11yViolations(page);

  await page.getByRole('link', { name: 'Overview', exact: true }).click();
  const overviewNote = page.getByRole('note');
  await expect(overviewNote).toContainText(
    `${userName} has no console password, so they cannot sign in to the console with a password`,
  );
  await keepScreenshot(page, 'overview-no-password');
  await expectNoSeriousA11yViolations(page);
  await overviewNote.getByRole('link', { name: 'Set a password' }).click();
  await expectPath(page, paths.user(userName, 'password'));
  await expect(page.getByText('cannot sign in to the console with a password')).toBeVisible();
});

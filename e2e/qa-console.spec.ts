// QA regressions found by trying the console as its users would: paging and Back, pages that cannot load, a SAM user's ended session,
// AuthKeys in a narrow window, double clicks on Generate AuthKey, Enable MFA, a confirmation and the MFA sign-in step, and a
// self-service user changing their own password.
import { expect, test } from '@playwright/test';
import { TOTP, URI } from 'otpauth';
import {
  createUserViaApi,
  enableMfaViaApi,
  expectNoSeriousA11yViolations,
  generateAuthKeyViaApi,
  goToUser,
  keepScreenshot,
  logoutViaApi,
  sessionCredentials,
  signInAsRoot,
  signInViaApi,
  uniqueUserName,
  submitSamUserSignIn,
  paths,
  expectPath,
  expectPathname,
} from './support/index.ts';

test('turning a page of users can be undone with Back, and shows the new page from its first row', async ({
  page,
  request,
}) => {
  const prefix = uniqueUserName('page');
  const root = await signInViaApi(request);
  const names = Array.from({ length: 60 }, (_, index) => `${prefix}-${String(index).padStart(2, '0')}`);
  for (let start = 0; start < names.length; start += 10) {
    await Promise.all(
      names.slice(start, start + 10).map((userName) => createUserViaApi(request, { userName }, root)),
    );
  }

  await signInAsRoot(page, paths.users({ q: prefix }));
  const pages = page.getByRole('navigation', { name: 'Pages of users' });
  await expect(pages).toContainText('Page 1 of 2');
  await pages.getByRole('button', { name: 'Next' }).click();

  await expect(page).toHaveURL(/[?&]page=2/);
  await expect(pages).toContainText('Page 2 of 2');
  await expect(page.getByRole('link', { name: names[50] })).toBeInViewport();
  await expect(page.getByRole('table')).toBeFocused();
  await expect(page.getByRole('table')).toHaveAccessibleName(/page 2 of 2/);

  await page.goBack();
  await expect(page).not.toHaveURL(/[?&]page=/);
  await expect(pages).toContainText('Page 1 of 2');
  await expect(page.getByRole('searchbox', { name: 'Search users by name or description' })).toHaveValue(
    prefix,
  );
  await expect(page.getByRole('link', { name: names[0] })).toBeVisible();

  await page.goForward();
  await expect(pages).toContainText('Page 2 of 2');
});

test('a page whose code cannot be fetched says so inside the console frame, and Try again brings it back', async ({
  page,
  request,
}) => {
  const userName = uniqueUserName('offline');
  await createUserViaApi(request, { userName });
  await signInAsRoot(page, paths.users({ q: userName }));
  // As when the server has stopped: the browser cannot fetch the user page's module.
  const detailModule = /\/assets\/user-detail-route-[^/]*\.js$/;
  await page.route(detailModule, (route) => route.abort('connectionrefused'));
  await page.getByRole('link', { name: userName }).click();

  await expect(page.getByRole('heading', { level: 1, name: 'This page could not be loaded' })).toBeVisible();
  await expect(page.getByRole('alert').filter({ hasText: 'Check that the server is running' })).toBeVisible();
  await expect(page).toHaveTitle('This page could not be loaded · SAM Console');
  // The frame stays: the user can still navigate or sign out.
  await expect(page.getByRole('navigation', { name: 'Main' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Sign out' })).toBeVisible();
  await expect(page.getByText(/dynamically imported module/)).toHaveCount(0);
  await keepScreenshot(page, 'qa-page-load-failed');
  await expectNoSeriousA11yViolations(page);

  await page.unroute(detailModule);
  await page.getByRole('button', { name: 'Try again' }).click();
  await expect(page.getByRole('heading', { level: 1, name: userName })).toBeVisible();
});

test('a SAM user whose session ended is shown the SAM user form again, and goes back to the page after signing in', async ({
  page,
  request,
}) => {
  const userName = uniqueUserName('samexpiry');
  const password = 'sam-expiry-password-1';
  const root = await createUserViaApi(request, { userName, password });
  await page.goto(paths.signIn({ method: 'user', next: paths.users() }));
  const signIn = () => submitSamUserSignIn(page, { operatorId: root.operatorId, userName, password });
  await signIn();
  // Without a permission the list answers 403: a finished call, and the page says what is lacking.
  await expect(page.getByText('User:listUsers')).toBeVisible();

  await logoutViaApi(request, await sessionCredentials(page));
  await page.reload();
  await expectPathname(page, paths.signIn());
  await expect(page).toHaveURL(/[?&]reason=expired/);
  await expect(page).toHaveURL(/[?&]method=user/);
  await expect(page.getByRole('link', { name: 'SAM user' })).toHaveAttribute('aria-current', 'page');
  await expect(page.getByRole('alert').filter({ hasText: 'Your session ended' })).toBeVisible();
  await signIn();
  await expectPath(page, paths.users());
  await expect(page.getByRole('button', { name: 'Sign out' })).toBeVisible();
});

test('in an 800 px wide window an AuthKey row shows its Details and Delete buttons without sideways scrolling', async ({
  page,
  request,
}) => {
  const userName = uniqueUserName('narrowkeys');
  const root = await createUserViaApi(request, { userName });
  const { authKeyId } = await generateAuthKeyViaApi(request, userName, root);
  await page.setViewportSize({ width: 800, height: 900 });
  await signInAsRoot(page);
  await goToUser(page, userName, 'auth-keys');
  const row = page.getByRole('row').filter({ hasText: authKeyId });
  await expect(row.getByRole('button', { name: /Delete/ })).toBeInViewport({ ratio: 1 });
  await expect(row.getByRole('button', { name: /Details/ })).toBeInViewport({ ratio: 1 });
  const overflow = await page
    .locator('.table-wrap')
    .filter({ has: row })
    .evaluate((wrap) => wrap.scrollWidth - wrap.clientWidth);
  expect(overflow).toBeLessThanOrEqual(0);
  await keepScreenshot(page, 'qa-auth-keys-narrow');
});

test('a double click generates one AuthKey, starts MFA set-up once and deletes a key once', async ({
  page,
  request,
}) => {
  const userName = uniqueUserName('dblclick');
  const root = await createUserViaApi(request, { userName });
  const calls: string[] = [];
  page.on('request', (sent) => {
    const path = new URL(sent.url()).pathname;
    if (path.includes(`/users/${userName}/`) && sent.method() !== 'GET')
      calls.push(`${sent.method()} ${path.split(`/users/${userName}`)[1] ?? ''}`);
  });
  await signInAsRoot(page);

  await goToUser(page, userName, 'auth-keys');
  await page.getByRole('button', { name: 'Generate AuthKey' }).dblclick();
  const secret = page.getByRole('dialog', { name: `New AuthKey for ${userName}` });
  await expect(secret).toBeVisible();
  expect(calls.filter((call) => call === 'POST /auth_keys')).toHaveLength(1);
  await secret.getByRole('button', { name: 'Done' }).click();
  await page.getByRole('alertdialog').getByRole('button', { name: 'Yes, close' }).click();
  const keys = await request.get(`/v1/operators/${root.operatorId}/users/${userName}/auth_keys`, {
    headers: root.headers,
  });
  expect(((await keys.json()) as unknown[]).length).toBe(1);

  await page.getByRole('button', { name: /^Delete keyId-/ }).click();
  await page
    .getByRole('alertdialog', { name: 'Delete this AuthKey?' })
    .getByRole('button', { name: 'Delete AuthKey' })
    .dblclick();
  await expect(page.getByText(`${userName} has no AuthKeys`)).toBeVisible();
  expect(calls.filter((call) => call.startsWith('DELETE /auth_keys/'))).toHaveLength(1);
  await expect(page.locator('.toaster').getByRole('alert')).toBeEmpty();

  await page.getByRole('link', { name: 'MFA' }).click();
  await page.getByRole('button', { name: 'Enable MFA' }).dblclick();
  await expect(page.getByRole('dialog', { name: `Set up MFA for ${userName}` })).toBeVisible();
  expect(calls.filter((call) => call === 'POST /mfa')).toHaveLength(1);
});

test('double-clicking "Verify and sign in" with a right MFA code signs in, instead of refusing the code it just used', async ({
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
  // The next window's code: accepted, and not the one the enrolment used.
  await step.getByLabel('MFA code').fill(generator.generate({ timestamp: Date.now() + 30_000 }));
  await step.getByRole('button', { name: 'Verify and sign in' }).dblclick();

  await expectPath(page, paths.users());
  await expect(page.getByRole('button', { name: 'Sign out' })).toBeVisible();
  expect(signIns).toHaveLength(2);
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

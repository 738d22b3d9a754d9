// An ended session: the next call's 401 sends the user to sign-in with a notice (a SAM user to their own form), and
// signing in returns to the same page.
import { expect, test } from '@playwright/test';
import {
  E2E_ROOT,
  createUserViaApi,
  expectNoSeriousA11yViolations,
  keepScreenshot,
  logoutViaApi,
  sessionCredentials,
  signInAsRoot,
  uniqueUserName,
  paths,
  expectPath,
  expectPathname,
  submitSamUserSignIn,
} from './support/index.ts';

test('a session ended behind the page goes to sign-in and back to the page', async ({ page, request }) => {
  const userName = uniqueUserName('expiry');
  await createUserViaApi(request, { userName });
  // Straight to a page whose one call finishes, so no earlier page's requests meet the ended session first.
  await signInAsRoot(page, paths.user(userName, 'password'));
  await expect(page.getByText('cannot sign in to the console with a password')).toBeVisible();

  await logoutViaApi(request, await sessionCredentials(page));
  // The page still looks signed in; its next call (this mutation) is answered 401.
  const setForm = page.getByRole('region', { name: 'Set a password' });
  await setForm.getByLabel('New password', { exact: true }).fill('never-stored-1');
  await setForm.getByLabel('Repeat the new password').fill('never-stored-1');
  await setForm.getByRole('button', { name: 'Set password' }).click();

  await expectPathname(page, paths.signIn());
  await expect(page.getByRole('alert').filter({ hasText: 'Your session ended' })).toBeVisible();
  await keepScreenshot(page, 'sign-in-session-ended');
  await expectNoSeriousA11yViolations(page);
  const form = page.getByRole('form', { name: 'Sign in as the root user' });
  await form.getByLabel('Email').fill(E2E_ROOT.email);
  await form.getByLabel('Password').fill(E2E_ROOT.password);
  await form.getByRole('button', { name: 'Sign in' }).click();
  await expectPath(page, paths.user(userName, 'password'));
  await expect(page.getByText('cannot sign in to the console with a password')).toBeVisible();
});

test('a corrupted token in storage goes to sign-in and back to the user page', async ({ page, request }) => {
  const userName = uniqueUserName('corrupt');
  await createUserViaApi(request, { userName });
  // A page whose only call has finished, so no request of this page load races the corruption below.
  await signInAsRoot(page, paths.user(userName, 'password'));
  await expect(page.getByText('cannot sign in to the console with a password')).toBeVisible();
  await page.evaluate(() => {
    const raw = localStorage.getItem('sam-console.session');
    if (raw)
      localStorage.setItem(
        'sam-console.session',
        JSON.stringify({ ...JSON.parse(raw), token: 'no-such-token' }),
      );
  });
  await page.reload();
  await expectPath(page, paths.signIn({ next: paths.user(userName, 'password'), reason: 'expired' }));
  await expect(page.getByText('Your session ended')).toBeVisible();
  const form = page.getByRole('form', { name: 'Sign in as the root user' });
  await form.getByLabel('Email').fill(E2E_ROOT.email);
  await form.getByLabel('Password').fill(E2E_ROOT.password);
  await form.getByRole('button', { name: 'Sign in' }).click();
  await expectPath(page, paths.user(userName, 'password'));
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

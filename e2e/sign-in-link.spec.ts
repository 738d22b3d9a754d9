// A user's page gives their sign-in link with a copy button; the copied link, opened in a fresh browser, is the SAM
// user sign-in with the operator ID and user name filled in, and signs the user in with just the password.
import { expect, test } from '@playwright/test';
import {
  E2E_BASE_URL,
  createUserViaApi,
  expectNoSeriousA11yViolations,
  expectPath,
  keepScreenshot,
  paths,
  signInAsRoot,
  uniqueUserName,
} from './support/index.ts';

test('copy a user’s sign-in link and sign in with it elsewhere, only the password typed', async ({
  page,
  browser,
  context,
  request,
}) => {
  const userName = uniqueUserName('link');
  const root = await createUserViaApi(request, { userName, password: 'link-user-password-1' });
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await signInAsRoot(page, paths.user(userName));

  const copy = page.getByRole('button', { name: 'Copy sign-in link' });
  await copy.click();
  await expect(page.getByRole('status').filter({ hasText: 'Sign-in link copied.' })).toBeVisible();
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  expect(copied).toBe(
    `${E2E_BASE_URL}${paths.signIn({ method: 'user', operatorId: root.operatorId, userName })}`,
  );
  // The page shows the same address it copies.
  await expect(page.getByText(copied, { exact: true })).toBeVisible();
  await expectNoSeriousA11yViolations(page);
  await keepScreenshot(page, 'user-sign-in-link', { fullPage: false });

  const elsewhere = await browser.newContext({ baseURL: E2E_BASE_URL });
  const other = await elsewhere.newPage();
  await other.goto(copied);
  const form = other.getByRole('form', { name: 'Sign in as a SAM user' });
  await expect(form.getByLabel('Operator ID')).toHaveValue(root.operatorId);
  await expect(form.getByLabel('User name')).toHaveValue(userName);
  await form.getByLabel('Password').fill('link-user-password-1');
  await form.getByRole('button', { name: 'Sign in' }).click();
  // A new user may read nothing yet: they land on their own page.
  await expectPath(other, paths.user(userName));
  await elsewhere.close();
});

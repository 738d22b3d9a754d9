// Sessions as a browser user meets them: a new tab is signed in too, signing out ends every tab, the token is renewed
// while the console is used, and an idle console signs out with the sign-in form kept filled in.
import { expect, test, type Page } from '@playwright/test';
import {
  createUserViaApi,
  E2E_BASE_URL,
  expectNoSeriousA11yViolations,
  expectPathname,
  paths,
  sessionCredentials,
  signInAsRoot,
  submitSamUserSignIn,
  uniqueUserName,
  userUrl,
} from './support/index.ts';

const PASSWORD = 'sessions-e2e-password';

async function signInAsUser(page: Page, operatorId: string, userName: string) {
  await page.goto(paths.signIn({ method: 'user' }));
  await submitSamUserSignIn(page, { operatorId, userName, password: PASSWORD });
  await expect(page.getByRole('button', { name: 'Sign out' })).toBeVisible();
}

test('a new tab keeps the session, and signing out in one tab ends both', async ({ page, request }) => {
  const userName = uniqueUserName('tabs');
  await createUserViaApi(request, { userName });
  await signInAsRoot(page);

  const second = await page.context().newPage();
  await second.goto(paths.user(userName, 'overview'));
  await expect(second.getByRole('heading', { level: 1, name: userName })).toBeVisible();
  await expect(second.getByRole('button', { name: 'Sign out' })).toBeVisible();

  await page.getByRole('button', { name: 'Sign out' }).click();
  await expectPathname(page, paths.signIn());
  // The other tab follows without being touched.
  await expectPathname(second, paths.signIn());
  await expect(second.getByRole('button', { name: 'Sign out' })).toHaveCount(0);
  await second.close();
});

test('an idle console signs out, keeping the method, operator ID and user name', async ({
  page,
  request,
}) => {
  const userName = uniqueUserName('idle');
  const root = await createUserViaApi(request, { userName, password: PASSWORD });
  await page.clock.install();
  await signInAsUser(page, root.operatorId, userName);
  const { apiKey, token } = await sessionCredentials(page);

  await page.clock.fastForward('31:00');
  await expectPathname(page, paths.signIn());
  await expect(page.getByText('You were signed out after 30 minutes without activity.')).toHaveRole('alert');
  const form = page.getByRole('form', { name: 'Sign in as a SAM user' });
  await expect(form.getByLabel('Operator ID')).toHaveValue(root.operatorId);
  await expect(form.getByLabel('User name')).toHaveValue(userName);
  await expect(form.getByLabel('Password')).toHaveValue('');
  await expectNoSeriousA11yViolations(page);
  // The server forgot the token too.
  const after = await request.get(userUrl(root, userName), {
    headers: { 'X-Soracom-API-Key': apiKey, 'X-Soracom-Token': token },
  });
  expect(after.status()).toBe(401);
});

test('the token is renewed before it ends while the console is used', async ({ page, request }) => {
  const userName = uniqueUserName('renew');
  await createUserViaApi(request, { userName });
  await page.clock.install();
  await signInAsRoot(page, paths.user(userName, 'overview'));
  const before = await sessionCredentials(page);

  // Used every 20 minutes: never idle; at 50 minutes less than 15 are left of the hour the token was asked for.
  for (const _ of [1, 2]) {
    await page.clock.fastForward('20:00');
    await page.getByRole('heading', { level: 1, name: userName }).click();
  }
  await page.clock.fastForward('10:00');
  await expect.poll(async () => (await sessionCredentials(page)).token).not.toBe(before.token);
  const after = await sessionCredentials(page);
  expect(after.apiKey).toBe(before.apiKey);
  const read = (token: string) =>
    request.get(`${E2E_BASE_URL}/v1/operators/${after.operatorId}/users/${userName}`, {
      headers: { 'X-Soracom-API-Key': after.apiKey, 'X-Soracom-Token': token },
    });
  expect((await read(after.token)).status()).toBe(200);
  expect((await read(before.token)).status()).toBe(401);
  await expect(page.getByRole('button', { name: 'Sign out' })).toBeVisible();
});

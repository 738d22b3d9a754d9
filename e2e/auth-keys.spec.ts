// AuthKeys as an admin meets them: generate one, save its secret, sign in with it elsewhere, see it used, delete it;
// a narrow window, and double clicks that must act once.
import { readFile } from 'node:fs/promises';
import { expect, test, type Browser, type Page } from '@playwright/test';
import {
  createUserViaApi,
  E2E_BASE_URL,
  expectNoSeriousA11yViolations,
  keepScreenshot,
  signInAsRoot,
  uniqueUserName,
  assertToast,
  paths,
  expectPathname,
  generateAuthKeyViaApi,
  goToUser,
} from './support/index.ts';

/** Signs in with an AuthKey through the sign-in page of a brand-new browser context (no shared storage). */
async function signInWithAuthKeyElsewhere(browser: Browser, authKeyId: string, authKey: string) {
  const context = await browser.newContext({ baseURL: E2E_BASE_URL });
  const page = await context.newPage();
  await page.goto(paths.signIn({ method: 'authKey' }));
  const form = page.getByRole('form', { name: 'Sign in with an AuthKey' });
  await form.getByLabel('AuthKey ID').fill(authKeyId);
  await form.getByLabel('AuthKey secret').fill(authKey);
  await form.getByRole('button', { name: 'Sign in' }).click();
  return { context, page, form };
}

function keyRow(page: Page, authKeyId: string) {
  return page.getByRole('row').filter({ has: page.getByRole('rowheader', { name: authKeyId }) });
}

test('generate an AuthKey, keep its secret once, sign in with it, see it used, delete it and see sign-in fail', async ({
  page,
  browser,
  request,
}) => {
  const userName = uniqueUserName('authkey');
  await createUserViaApi(request, { userName });
  // Record the page's Blob URLs, to check the CSV's URL is revoked once the download has started.
  await page.addInitScript(() => {
    const seen = { created: [] as string[], revoked: [] as string[] };
    Object.assign(window, { blobUrls: seen });
    const create = URL.createObjectURL.bind(URL);
    const revoke = URL.revokeObjectURL.bind(URL);
    URL.createObjectURL = (object) => {
      const url = create(object);
      seen.created.push(url);
      return url;
    };
    URL.revokeObjectURL = (url) => {
      seen.revoked.push(url);
      revoke(url);
    };
  });
  await signInAsRoot(page, paths.user(userName, 'auth-keys'));

  await expect(page.getByText(`${userName} has no AuthKeys`)).toBeVisible();
  await keepScreenshot(page, 'auth-keys-empty');
  await expectNoSeriousA11yViolations(page);

  // Generate: the secret is shown once, in a dialog.
  await page.getByRole('button', { name: 'Generate AuthKey' }).click();
  const dialog = page.getByRole('dialog', { name: `New AuthKey for ${userName}` });
  await expect(dialog).toBeVisible();
  const authKeyId =
    (await dialog.getByRole('group', { name: 'AuthKey ID' }).locator('code').textContent()) ?? '';
  const authKey =
    (await dialog.getByRole('group', { name: 'AuthKey secret' }).locator('code').textContent()) ?? '';
  expect(authKeyId).toMatch(/^keyId-\S+$/);
  expect(authKey).toMatch(/^secret-\S+$/);
  await expect(dialog.getByText(/only time it is shown/)).toBeVisible();
  await keepScreenshot(page, 'auth-keys-new-secret');
  await expectNoSeriousA11yViolations(page);

  // The copy buttons put the exact values on the clipboard.
  await page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
  await dialog.getByRole('button', { name: 'Copy secret' }).click();
  await expect(dialog.getByText('Secret copied.')).toBeVisible();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(authKey);
  await dialog.getByRole('button', { name: 'Copy AuthKey ID' }).click();
  await expect(dialog.getByText('AuthKey ID copied.')).toBeVisible();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(authKeyId);

  // The CSV holds exactly the header and this key.
  const downloading = page.waitForEvent('download');
  await dialog.getByRole('button', { name: 'Download CSV' }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toBe(`authkey-${userName}-${authKeyId}.csv`);
  const csvPath = await download.path();
  expect(await readFile(csvPath, 'utf8')).toBe(`authKeyId,authKey\r\n${authKeyId},${authKey}\r\n`);
  const blobUrls = await page.evaluate(async () => {
    const { created, revoked } = (window as unknown as { blobUrls: { created: string[]; revoked: string[] } })
      .blobUrls;
    // A revoked Blob URL no longer resolves.
    const stillReadable = await Promise.all(
      created.map((url) =>
        fetch(url).then(
          () => true,
          () => false,
        ),
      ),
    );
    return { created, revoked, stillReadable };
  });
  expect(blobUrls.created).toHaveLength(1);
  expect(blobUrls.revoked).toEqual(blobUrls.created);
  expect(blobUrls.stillReadable).toEqual([false]);

  // Nothing keeps the secret: not the URL, not storage.
  expect(page.url()).not.toContain(authKey);
  const stored = await page.evaluate(() =>
    JSON.stringify({ session: { ...sessionStorage }, local: { ...localStorage } }),
  );
  expect(stored).not.toContain(authKey);

  // Closing asks first; Cancel goes back to the secret.
  await page.keyboard.press('Escape');
  const question = page.getByRole('alertdialog', { name: 'Have you saved the secret?' });
  await expect(question).toContainText('You copied or downloaded it in this dialog.');
  await keepScreenshot(page, 'auth-keys-close-question');
  await expectNoSeriousA11yViolations(page);
  await question.getByRole('button', { name: 'Cancel' }).click();
  await expect(dialog.getByRole('group', { name: 'AuthKey secret' })).toContainText(authKey);
  await dialog.getByRole('button', { name: 'Done' }).click();
  await question.getByRole('button', { name: 'Yes, close' }).click();
  await expect(dialog).toBeHidden();
  expect(await page.content()).not.toContain(authKey);

  // The list shows the key, never used yet.
  const row = keyRow(page, authKeyId);
  await expect(row).toBeVisible();
  await expect(row.getByRole('cell').nth(1)).toHaveText('never');
  await keepScreenshot(page, 'auth-keys-list-unused');
  await expectNoSeriousA11yViolations(page);

  // The secret read from the dialog signs in, in a fresh browser.
  const elsewhere = await signInWithAuthKeyElsewhere(browser, authKeyId, authKey);
  await expect(elsewhere.page.getByRole('button', { name: 'Sign out' })).toBeVisible();
  await elsewhere.context.close();

  // "Last used" moves from never to now.
  await page.reload();
  await expect(keyRow(page, authKeyId).getByRole('cell').nth(1)).toHaveText('just now');
  await keepScreenshot(page, 'auth-keys-list-used');
  await keyRow(page, authKeyId)
    .getByRole('button', { name: `Details of ${authKeyId}` })
    .click();
  const details = page.getByRole('dialog', { name: 'AuthKey details' });
  await expect(details.getByText(authKeyId)).toBeVisible();
  await expect(details.locator('dd').nth(4)).not.toHaveText('never');
  await keepScreenshot(page, 'auth-keys-details');
  await expectNoSeriousA11yViolations(page);
  await details.getByRole('button', { name: 'Close' }).first().click();
  await expect(details).toBeHidden();

  // Delete, after confirming; the key stops working.
  await keyRow(page, authKeyId)
    .getByRole('button', { name: `Delete ${authKeyId}` })
    .click();
  const confirm = page.getByRole('alertdialog', { name: 'Delete this AuthKey?' });
  await expect(confirm).toContainText(authKeyId);
  await keepScreenshot(page, 'auth-keys-delete-confirm');
  await expectNoSeriousA11yViolations(page);
  await confirm.getByRole('button', { name: 'Delete AuthKey' }).click();
  await assertToast(page, `AuthKey ${authKeyId} deleted.`);
  await expect(page.getByText(`${userName} has no AuthKeys`)).toBeVisible();

  const refused = await signInWithAuthKeyElsewhere(browser, authKeyId, authKey);
  await expect(refused.form.getByRole('alert')).toBeVisible();
  await expectPathname(refused.page, paths.signIn());
  await expect(refused.page.getByRole('button', { name: 'Sign out' })).toHaveCount(0);
  await keepScreenshot(refused.page, 'auth-keys-deleted-key-refused');
  await refused.context.close();
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

test('a double click generates one AuthKey and deletes a key once', async ({ page, request }) => {
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
});

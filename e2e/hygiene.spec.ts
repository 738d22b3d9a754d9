// Credential hygiene on the user list: each filter on seeded users, the CSV and JSON reports read back to the same
// rows, and a bulk delete that meets a user already deleted elsewhere. Data is seeded over the API.
import { readFileSync } from 'node:fs';
import { expect, test, type APIRequestContext, type Page } from '@playwright/test';
import { URI } from 'otpauth';
import Papa from 'papaparse';
import { readCredentialReportCsv, type CredentialReport } from '../src/features/users/credential-report.ts';
import {
  createUserViaApi,
  enableMfaViaApi,
  expectNothingClipped,
  generateAuthKeyViaApi,
  signInAsRoot,
  signInViaApi,
  uniqueUserName,
  userUrl,
  type ApiSession,
  paths,
} from './support/index.ts';

async function putPermission(
  request: APIRequestContext,
  root: ApiSession,
  userName: string,
  document: object,
) {
  const response = await request.put(userUrl(root, userName, '/permission'), {
    headers: root.headers,
    data: { permission: JSON.stringify(document) },
  });
  expect(response.ok(), await response.text()).toBe(true);
}

/** The names in the table's first column, in order. */
function rowNames(page: Page) {
  return page.getByRole('table').locator('tbody tr td:first-child');
}

const codeFor = (totpUri: string) => {
  const otp = URI.parse(totpUri);
  if (!('generate' in otp)) throw new Error('not a TOTP URI');
  return otp.generate();
};

test('each hygiene filter shows the users it should, with its count before it is chosen', async ({
  page,
  request,
}) => {
  const p = uniqueUserName('hyg');
  const root = await signInViaApi(request);
  const n = (suffix: string) => `${p}-${suffix}`;
  await createUserViaApi(request, { userName: n('mfa'), password: 'mfa-password-1' }, root);
  await enableMfaViaApi(request, n('mfa'), codeFor, root);
  await createUserViaApi(request, { userName: n('pw'), password: 'pw-password-1' }, root);
  await createUserViaApi(request, { userName: n('pending'), password: 'pending-password-1' }, root);
  expect((await request.post(userUrl(root, n('pending'), '/mfa'), { headers: root.headers })).ok()).toBe(
    true,
  );
  await createUserViaApi(request, { userName: n('key') }, root);
  await generateAuthKeyViaApi(request, n('key'), root);
  await createUserViaApi(request, { userName: n('used') }, root);
  const used = await generateAuthKeyViaApi(request, n('used'), root);
  await signInViaApi(request, { authKeyId: used.authKeyId, authKey: used.authKey });
  await createUserViaApi(request, { userName: n('none') }, root);
  await putPermission(request, root, n('none'), { statements: [{ effect: 'allow', api: 'Sim:listSims' }] });
  await putPermission(request, root, n('mfa'), { statements: [{ effect: 'allow', api: '*' }] });
  await putPermission(request, root, n('pw'), {
    statements: [
      { effect: 'allow', api: 'User:*' },
      { effect: 'deny', api: 'User:deleteUser' },
    ],
  });

  // Keys made just now are 0 days old; seen from 100 days later they are old. The browser's clock moves, not the server's.
  await page.clock.setFixedTime(new Date(Date.now() + 100 * 86_400_000));
  await signInAsRoot(page, paths.users({ q: p }));
  await expect(rowNames(page)).toHaveCount(6);

  const filters = page.getByRole('group', { name: 'Credential hygiene filters' });
  // Counts before choosing: on one page every MFA status is read, so even the MFA filters' counts are final.
  await expect(filters.getByRole('button', { name: /^No credentials/ })).toContainText(/1$/);
  await expect(filters.getByRole('button', { name: /^Password, MFA not on/ })).toContainText(/2$/);
  await expect(page.getByRole('region', { name: 'Credential hygiene summary' })).toContainText(
    '2 users can sign in with a password alone (MFA not on)',
  );
  // The list names each MFA status as the MFA tab does: Off, Set-up pending, On.
  const mfaCell = (label: string) =>
    page
      .getByRole('row')
      .filter({ hasText: n(label) })
      .getByRole('cell')
      .nth(3);
  await expect(mfaCell('pending')).toHaveText('Set-up pending');
  await expect(mfaCell('mfa')).toHaveText('On');
  await expect(mfaCell('pw')).toHaveText('Off');
  // Every status, header and date reads whole at the desktop width, and at 800 px, where the table scrolls sideways
  // rather than squeezing the description out.
  await expectNothingClipped(page);
  await page.setViewportSize({ width: 800, height: 720 });
  await expectNothingClipped(page);
  await page.setViewportSize({ width: 1280, height: 720 });

  const expected: [string, string[]][] = [
    ['MFA off or set-up pending', ['key', 'none', 'pending', 'pw', 'used']],
    ['Password, MFA not on', ['pending', 'pw']],
    ['AuthKeys older than 90 days', ['key', 'used']],
    ['AuthKeys never used', ['key']],
    ['No credentials', ['none']],
    ['Has roles', []],
    ['No roles', ['key', 'mfa', 'none', 'pending', 'pw', 'used']],
    ['Broad permission', ['mfa', 'pw']],
    ['Permission denies nothing', ['mfa', 'none']],
  ];
  for (const [label, suffixes] of expected) {
    const chip = filters.getByRole('button', { name: new RegExp(`^${label.replace(/[()*]/g, '\\$&')}`) });
    await chip.click();
    await expect(chip).toHaveAttribute('aria-pressed', 'true');
    if (suffixes.length === 0) {
      await expect(page.getByText('No user matches these filters')).toBeVisible();
    } else {
      await expect(rowNames(page)).toHaveText(suffixes.map(n));
    }
    await expect(chip).toContainText(new RegExp(`${suffixes.length}$`));
    await chip.click();
    await expect(rowNames(page)).toHaveCount(6);
  }

  // Filters live in the URL and combine with the search and each other.
  await page.goto(`${paths.users({ q: p })}&f=mfa-off,unused-keys`);
  await expect(rowNames(page)).toHaveText([n('key')]);
  await page.goto(`${paths.users({ q: p })}&f=old-keys&age=200`);
  await expect(page.getByText('No user matches these filters')).toBeVisible();
  // Last sign-in: the user who signed in with an AuthKey shows a time, the others "never", in the list and the overview.
  await page.goto(`/users?q=${p}`);
  const lastSignIn = (suffix: string) =>
    page
      .getByRole('row')
      .filter({ hasText: n(suffix) })
      .getByRole('cell')
      .last();
  await expect(lastSignIn('used').locator('time')).toBeVisible();
  await expect(lastSignIn('none')).toHaveText('never');
  await page.getByRole('link', { name: n('used') }).click();
  const facts = page.getByRole('region', { name: 'Details' });
  await expect(facts.getByRole('term').filter({ hasText: 'Last sign-in' })).toBeVisible();
  await expect(facts.locator('dd time').last()).toHaveAttribute('datetime', /T/);
  await page.goBack();

  // The summary strip's sentence links to its filter.
  await page.goto(paths.users({ q: p }));
  await page.getByRole('link', { name: '2 users can sign in with a password alone (MFA not on)' }).click();
  await expect(page).toHaveURL(/f=password-no-mfa/);
});

test('the credential report downloads as CSV and JSON that read back to the same rows', async ({
  page,
  request,
}) => {
  const p = uniqueUserName('report');
  const root = await signInViaApi(request);
  await createUserViaApi(
    request,
    { userName: `${p}-ja`, description: '経理部の山田さん、「本社」, "HQ"' },
    root,
  );
  await createUserViaApi(
    request,
    { userName: `${p}-eq`, description: '=HYPERLINK("http://x.example","y")' },
    root,
  );
  await generateAuthKeyViaApi(request, `${p}-eq`, root);
  await signInAsRoot(page, paths.users({ q: p }));
  const menu = page.getByRole('group', { name: 'Credential report' });

  const [csvDownload] = await Promise.all([
    page.waitForEvent('download'),
    menu.getByRole('button', { name: 'Download CSV' }).click(),
  ]);
  const csvPath = await csvDownload.path();
  const csv = readFileSync(csvPath, 'utf8');
  expect(csv.charCodeAt(0)).toBe(0xfeff);
  expect(csvDownload.suggestedFilename()).toMatch(/^sam-credential-report-.+\.csv$/);
  // What Excel would see: the formula cell starts with an apostrophe, the Japanese text is intact.
  const raw = Papa.parse<Record<string, string>>(csv.slice(1), { header: true, skipEmptyLines: true }).data;
  expect(raw.find((row) => row.userName === `${p}-eq`)?.description).toBe(
    `'=HYPERLINK("http://x.example","y")`,
  );
  expect(raw.find((row) => row.userName === `${p}-ja`)?.description).toBe('経理部の山田さん、「本社」, "HQ"');

  const [jsonDownload] = await Promise.all([
    page.waitForEvent('download'),
    menu.getByRole('button', { name: 'Download JSON' }).click(),
  ]);
  const json = JSON.parse(readFileSync(await jsonDownload.path(), 'utf8')) as CredentialReport;
  const fromCsv = readCredentialReportCsv(csv);
  expect(fromCsv).toEqual(json.users);
  const eq = json.users.find((row) => row.userName === `${p}-eq`);
  expect(eq).toMatchObject({
    description: '=HYPERLINK("http://x.example","y")',
    authKeyCount: 1,
    oldestKeyAgeDays: 0,
    lastKeyUseDateTime: null,
    mfaStatus: 'INACTIVE',
    hasPassword: false,
    lastSignInDateTime: null,
  });
  expect(json.users.find((row) => row.userName === `${p}-ja`)?.description).toBe(
    '経理部の山田さん、「本社」, "HQ"',
  );
});

test('a bulk delete of 3 users, one already deleted elsewhere, reports 2 done and 1 failure with its reason', async ({
  page,
  request,
}) => {
  const p = uniqueUserName('bulk');
  const root = await signInViaApi(request);
  const names = ['a', 'b', 'c'].map((suffix) => `${p}-${suffix}`);
  for (const userName of names) await createUserViaApi(request, { userName }, root);
  await signInAsRoot(page, paths.users({ q: p }));
  await expect(rowNames(page)).toHaveCount(3);
  await page.getByRole('checkbox', { name: 'Select every user on this page' }).check();
  await expect(page.getByRole('region', { name: 'Selected users' })).toContainText('3 selected');

  // Someone else deletes b meanwhile.
  expect((await request.delete(userUrl(root, `${p}-b`), { headers: root.headers })).status()).toBe(204);

  await page.getByLabel('Action for the selected users').selectOption({ label: 'Delete users' });
  await page.getByRole('button', { name: 'Review…' }).click();
  const dialog = page.getByRole('alertdialog', { name: 'Delete users: 3 users' });
  for (const userName of names) await expect(dialog).toContainText(`Delete ${userName}`);
  // A double click confirms once: a second delete of a or c would add failures.
  await dialog.getByRole('button', { name: 'Delete users (3)' }).dblclick();
  await expect(dialog.getByRole('status')).toHaveText('Partly done: 2 done, 1 failed.');
  const results = dialog.getByRole('list', { name: 'Outcome per user' });
  await expect(results.getByRole('listitem').filter({ hasText: `${p}-a` })).toHaveText(`${p}-a: Done`);
  await expect(results.getByRole('listitem').filter({ hasText: `${p}-c` })).toHaveText(`${p}-c: Done`);
  await expect(results.getByRole('listitem').filter({ hasText: `${p}-b` })).toHaveText(
    `${p}-b: Failed: No SAM user named '${p}-b'.`,
  );
  await dialog.locator('.dialog__footer').getByRole('button', { name: 'Close' }).click();
  await expect(page.getByText(`No user matches “${p}”`)).toBeVisible();
});

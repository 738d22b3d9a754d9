// The audit log as an admin meets it: root changes bob's permission, bob's History shows who did it, when and the diff, and Activity lists it.
import { expect, test, type Page } from '@playwright/test';
import {
  assertToast,
  createUserViaApi,
  expectNoSeriousA11yViolations,
  expectPath,
  keepScreenshot,
  paths,
  setUserPermissionViaApi,
  signInAsRoot,
  signInViaApi,
  uniqueUserName,
} from './support/index.ts';

const PASSWORD = 'audit-e2e-password-2026';

/** Replaces the editor's whole text as one input (typing would let CodeMirror close brackets). */
async function replaceDocument(page: Page, name: string, text: string) {
  await page.getByRole('textbox', { name }).click();
  await page.keyboard.press('ControlOrMeta+a');
  await page.keyboard.insertText(text);
}

function auditTable(page: Page) {
  return page.getByRole('table', { name: 'Audit entries, newest first' });
}

test("root changes bob's permission: bob's History shows who, when and the diff, and Activity lists it", async ({
  page,
  request,
}) => {
  const bob = uniqueUserName('bob');
  const root = await createUserViaApi(request, { userName: bob, password: PASSWORD });
  await setUserPermissionViaApi(request, bob, [{ effect: 'allow', api: ['User:getUser'] }], root);
  // A wrong password for bob: his history lists the failed attempt too.
  await expect(
    signInViaApi(request, { operatorId: root.operatorId, userName: bob, password: 'not-his-password' }),
  ).rejects.toThrow();

  // Root adds an API to bob's permission in the editor.
  await signInAsRoot(page, paths.user(bob, 'permissions'));
  const editorName = `Permission document of ${bob}`;
  await expect(page.getByRole('textbox', { name: editorName })).toContainText('"User:getUser"');
  await replaceDocument(
    page,
    editorName,
    JSON.stringify({ statements: [{ effect: 'allow', api: ['User:getUser', 'User:listUsers'] }] }, null, 2),
  );
  await page.getByRole('button', { name: 'Review and save…' }).click();
  const review = page.getByRole('dialog', { name: 'Review and save' });
  await review.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(review).toBeHidden();
  await assertToast(page, `Permission of ${bob} saved.`);
  const offer = page.getByRole('alertdialog', { name: 'Apply the change now?' });
  await offer.getByRole('button', { name: 'Not now' }).click();
  await expect(offer).toBeHidden();

  // bob's History: the change on top, by root, with the lines added and removed.
  await page.getByRole('link', { name: 'History' }).click();
  await expectPath(page, paths.user(bob, 'history'));
  const rows = auditTable(page).getByRole('row');
  const latest = rows.nth(1);
  await expect(latest).toContainText('Permission changed');
  await expect(latest).toContainText('Root user');
  await expect(latest).toContainText('OK');
  await expect(latest.getByRole('time')).toHaveAttribute('datetime', /^\d{4}-\d\d-\d\dT/);
  await latest.getByText('Show the change').click();
  const diff = latest.getByRole('list', { name: 'Permission changed: lines removed and added' });
  await expect(diff.getByRole('listitem').filter({ hasText: 'added: ' })).toContainText([
    '"User:getUser",',
    '"User:listUsers"',
  ]);
  await expect(diff.getByRole('listitem').filter({ hasText: 'removed: ' })).toHaveText([/"User:getUser"$/]);
  await expect(auditTable(page)).toContainText('Sign-in failed (password, wrong credentials)');
  await expect(auditTable(page)).toContainText('User created');
  await keepScreenshot(page, 'audit-user-history');
  await expectNoSeriousA11yViolations(page);

  // Activity, from the header: filtered to permissions, then to bob; bob's change is there.
  await page.getByRole('link', { name: 'Activity' }).click();
  await expectPath(page, paths.activity());
  await expect(page.getByRole('heading', { level: 1, name: 'Activity' })).toBeVisible();
  await page.getByRole('combobox', { name: 'Kind' }).selectOption({ label: 'Permissions' });
  await expectPath(page, paths.activity({ kind: 'permission' }));
  await page.getByRole('searchbox', { name: 'User' }).fill(bob);
  await page.getByRole('searchbox', { name: 'User' }).press('Enter');
  await expectPath(page, paths.activity({ user: bob, kind: 'permission' }));
  const activityRows = auditTable(page).getByRole('row');
  await expect(activityRows).toHaveCount(3); // the header, the change in the editor, the one over the API
  await expect(activityRows.nth(1)).toContainText('Permission changed');
  await expect(activityRows.nth(1).getByRole('link', { name: bob })).toHaveAttribute(
    'href',
    paths.user(bob, 'history'),
  );
  await keepScreenshot(page, 'audit-activity');
  await expectNoSeriousA11yViolations(page);
});

// A valid 100-character user name with no hyphen (nothing for the browser to break at) fits every page and dialog,
// at a desktop width, at 800 px and at a phone's 412 px (Lighthouse's mobile width): nothing opens scrolled sideways,
// and no page scrolls horizontally. The pages that show no user name are checked at 412 px too.
import { expect, test, type Locator, type Page } from '@playwright/test';
import {
  createRoleViaApi,
  createUserViaApi,
  expectNoSeriousA11yViolations,
  goToUser,
  paths,
  signInAsRoot,
  uniqueUserName,
  userTabContent,
} from './support/index.ts';
import { userTabIds } from '../src/lib/paths.ts';

/** 100 characters, letters and digits only, unique to this run. */
function longUserName(): string {
  const stem = `longname${Date.now().toString(36)}${Math.floor(Math.random() * 1e6)}`;
  return stem.padEnd(100, 'x');
}

/** What reaches past the window's right edge (the innermost such elements), or [] when the page fits. */
function sidewaysOverflow(page: Page) {
  return page.evaluate(() => {
    const width = document.documentElement.clientWidth;
    const pageWidth = document.documentElement.scrollWidth;
    if (pageWidth <= width) return [];
    const past = [...document.querySelectorAll<HTMLElement>('body *')]
      .filter((node) => node.getBoundingClientRect().right > width + 1)
      .filter((node) => ![...node.children].some((child) => child.getBoundingClientRect().right > width + 1));
    // Named first: what ends where the page does, so it is what makes the page that wide (rather than what reaches
    // further but is clipped by a box that scrolls, such as the row of tabs).
    const edge = (node: HTMLElement) =>
      Math.abs(node.getBoundingClientRect().right + window.scrollX - pageWidth) <= 1 ? 0 : 1;
    return past
      .sort((a, b) => edge(a) - edge(b))
      .slice(0, 5)
      .map(
        (node) =>
          `${node.tagName.toLowerCase()}.${node.className} "${(node.textContent ?? '').slice(0, 40)}"`,
      );
  });
}

async function expectNoSidewaysScroll(page: Page, what: string) {
  // Polled: a tab may be wider for a moment while its lazy parts arrive; what stays too wide fails.
  await expect
    .poll(() => sidewaysOverflow(page), { message: `${what}: the page scrolls sideways` })
    .toEqual([]);
}

async function expectDialogFits(dialog: Locator, what: string) {
  await expect(dialog).toBeVisible();
  const sizes = await dialog.evaluate((element) => {
    const inner = [element, ...element.querySelectorAll<HTMLElement>('*')];
    const wide = inner.find((node) => node.scrollWidth > node.clientWidth + 1 && node.clientWidth > 0);
    return {
      scrollLeft: element.scrollLeft,
      wide: wide ? `${wide.tagName}.${wide.className} ${wide.scrollWidth}>${wide.clientWidth}` : null,
    };
  });
  expect(sizes.scrollLeft, `${what}: opened scrolled sideways`).toBe(0);
  expect(sizes.wide, `${what}: something inside is wider than its box`).toBeNull();
}

for (const width of [1280, 800, 412]) {
  test(`a 100-character user name fits the user page and its dialogs at ${width} px`, async ({
    page,
    request,
  }) => {
    const userName = longUserName();
    expect(userName).toHaveLength(100);
    await createUserViaApi(request, { userName });
    await page.setViewportSize({ width, height: 900 });
    await signInAsRoot(page, paths.user(userName));
    await expect(page.getByRole('heading', { level: 1, name: userName })).toBeVisible();

    for (const tab of userTabIds) {
      await goToUser(page, userName, tab);
      await expect(userTabContent(page, tab)).toBeVisible();
      await expectNoSidewaysScroll(page, `the ${tab} tab`);
    }

    await goToUser(page, userName, 'auth-keys');
    await page.getByRole('button', { name: 'Generate AuthKey' }).click();
    const secret = page.getByRole('dialog', { name: `New AuthKey for ${userName}` });
    await expectDialogFits(secret, 'the new AuthKey dialog');
    await expectNoSidewaysScroll(page, 'the new AuthKey dialog');
    await expectNoSeriousA11yViolations(page);

    await goToUser(page, userName, 'mfa');
    await page.getByRole('button', { name: 'Enable MFA' }).click();
    const mfa = page.getByRole('dialog', { name: `Set up MFA for ${userName}` });
    await expectDialogFits(mfa, 'the MFA set-up dialog');
    await expectNoSidewaysScroll(page, 'the MFA set-up dialog');
    await page.emulateMedia({ colorScheme: 'dark' });
    await expectNoSeriousA11yViolations(page);
  });
}

test('at 412 px no page without a user name scrolls sideways: its tables scroll in their own frames', async ({
  page,
  request,
}) => {
  // Each page checked with its table drawn: a role for the role list, and its creation for the activity.
  await createRoleViaApi(request, `${uniqueUserName('narrow')}-role`, [
    { effect: 'allow', api: 'Sim:listSims' },
  ]);
  await page.setViewportSize({ width: 412, height: 900 });
  await signInAsRoot(page, paths.users());
  await expect(page.getByRole('heading', { level: 1, name: 'Users' })).toBeVisible();
  await expect(page.locator('tbody tr').first()).toBeVisible();
  await expectNoSidewaysScroll(page, 'the user list');
  for (const [path, heading] of [
    [paths.roles(), 'Roles'],
    [paths.defaultPermissions(), 'Default permissions'],
    [paths.activity(), 'Activity'],
  ] as const) {
    await page.goto(path);
    await expect(page.getByRole('heading', { level: 1, name: heading })).toBeVisible();
    // The default permissions' table of access by API group, every group whatever the operator's defaults.
    if (path === paths.defaultPermissions()) await page.getByLabel('Only groups with some access').uncheck();
    await expect(page.locator('table tbody tr').first()).toBeVisible();
    await expectNoSidewaysScroll(page, heading);
  }
});

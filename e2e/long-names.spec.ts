// A valid 100-character user name with no hyphen (nothing for the browser to break at) fits every page and dialog,
// at a desktop width and at 800 px: nothing opens scrolled sideways, and no page scrolls horizontally.
import { expect, test, type Locator, type Page } from '@playwright/test';
import {
  createUserViaApi,
  expectNoSeriousA11yViolations,
  goToUser,
  paths,
  signInAsRoot,
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
    if (document.documentElement.scrollWidth <= width) return [];
    return [...document.querySelectorAll<HTMLElement>('body *')]
      .filter((node) => node.getBoundingClientRect().right > width + 1)
      .filter((node) => ![...node.children].some((child) => child.getBoundingClientRect().right > width + 1))
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

for (const width of [1280, 800]) {
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

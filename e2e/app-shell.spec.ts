// The frame around the pages: navigation and titles, keyboard-only use, dark mode, what the list page does not load,
// and a page whose code cannot be fetched.
import { expect, test } from '@playwright/test';
import {
  expectNoSeriousA11yViolations,
  keepScreenshot,
  signInAsRoot,
  uniqueUserName,
  assertToast,
  expectPath,
  paths,
  createUserViaApi,
  watchConsoleProblems,
} from './support/index.ts';

test('the list page loads neither the editor nor the QR code, nor any tab module', async ({ page }) => {
  const scripts: { url: string; body: Promise<string> }[] = [];
  page.on('response', (response) => {
    if (response.request().resourceType() === 'script')
      scripts.push({ url: response.url(), body: response.text() });
  });
  await signInAsRoot(page);
  await expect(page.getByRole('table')).toBeVisible();
  await expect(page.getByText(/^\d+ users$/)).toBeVisible();
  expect(scripts.length).toBeGreaterThan(0);
  const loaded = await Promise.all(scripts.map(async ({ url, body }) => ({ url, body: await body })));
  // By name (the lazy modules) and by content: CodeMirror's editor class and qrcode-generator's QrCode survive minifying.
  expect(
    loaded
      .map((s) => s.url)
      .filter((url) => /codemirror|qrcode|mfa-tab|auth-keys-tab|permissions/i.test(url)),
  ).toEqual([]);
  expect(
    loaded.filter((s) => s.body.includes('cm-content') || /QrCode/.test(s.body)).map((s) => s.url),
  ).toEqual([]);
});

test('the navigation reaches every page, each with its own title, and unknown paths say so', async ({
  page,
}) => {
  await signInAsRoot(page);
  const nav = page.getByRole('navigation', { name: 'Main' });
  await nav.getByRole('link', { name: 'Default permissions' }).click();
  await expectPath(page, paths.defaultPermissions());
  await expect(page).toHaveTitle('Default permissions · SAM Console');
  await expect(nav.getByRole('link', { name: 'Default permissions' })).toHaveAttribute(
    'aria-current',
    'page',
  );
  await nav.getByRole('link', { name: 'Users' }).click();
  await expect(page).toHaveTitle('Users · SAM Console');

  await page.goto('/no/such/page');
  await expect(page.getByRole('heading', { level: 1, name: 'Page not found' })).toBeVisible();
  await expect(page).toHaveTitle('Page not found · SAM Console');
  await expectNoSeriousA11yViolations(page);
});

test('a user can be created and opened with the keyboard alone', async ({ page }) => {
  const userName = uniqueUserName('keys');
  await signInAsRoot(page);
  // The skip link is the first stop and jumps past the header.
  await page.keyboard.press('Tab');
  await expect(page.getByRole('link', { name: 'Skip to content' })).toBeFocused();
  const create = page.getByRole('button', { name: 'Create user' });
  await create.focus();
  await page.keyboard.press('Enter');
  const dialog = page.getByRole('dialog', { name: 'Create user' });
  await expect(dialog.getByLabel('User name')).toBeFocused();
  await page.keyboard.type(userName);
  await page.keyboard.press('Tab');
  await expect(dialog.getByLabel('Description (optional)')).toBeFocused();
  await page.keyboard.type('typed, not clicked');
  await page.keyboard.press('Tab');
  await expect(dialog.getByRole('button', { name: 'Cancel' })).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(dialog.getByRole('button', { name: 'Create user' })).toBeFocused();
  // Tab past the last button wraps to the first control, and back: focus stays in the dialog.
  await page.keyboard.press('Tab');
  await expect(dialog.getByRole('button', { name: 'Close' })).toBeFocused();
  await page.keyboard.press('Shift+Tab');
  await expect(dialog.getByRole('button', { name: 'Create user' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(dialog).toBeHidden();
  await assertToast(page, `User ${userName} created.`);
  // The new user's page opens with focus on its content, as a page load would; its next steps are links.
  await expectPath(page, paths.user(userName));
  await expect(page.locator('#main')).toBeFocused();
  const steps = page.getByRole('region', { name: 'Next steps' });
  await steps.getByRole('link', { name: 'Set a console password' }).focus();
  await page.keyboard.press('Enter');
  await expectPath(page, paths.user(userName, 'password'));
  await page.getByRole('link', { name: 'Overview' }).focus();
  await page.keyboard.press('Enter');
  await expectPath(page, paths.user(userName));
});

test.describe('dark mode', () => {
  test.use({ colorScheme: 'dark' });

  test('follows the system setting and stays readable', async ({ page }) => {
    await page.goto(paths.signIn());
    const background = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
    expect(background).toBe('rgb(15, 18, 22)');
    await keepScreenshot(page, 'sign-in-dark');
    await expectNoSeriousA11yViolations(page);
    await signInAsRoot(page);
    await expect(page.getByRole('table')).toBeVisible();
    await keepScreenshot(page, 'users-list-dark');
    await expectNoSeriousA11yViolations(page);
  });

  test('the permission editor’s active line number stays readable', async ({ page }) => {
    await signInAsRoot(page, paths.user('alice-admin', 'permissions'));
    const editor = page.getByRole('textbox', { name: 'Permission document of alice-admin' });
    await editor.click();
    await page.keyboard.press('Control+Home');
    const gutter = page.locator('.cm-activeLineGutter').first();
    await expect(gutter).toHaveText('1');
    const contrast = await gutter.evaluate((element) => {
      // WCAG contrast of the number's colour on the line's background, from the computed sRGB colours.
      const rgb = (css: string) => (css.match(/[\d.]+/g) ?? []).slice(0, 3).map(Number);
      const luminance = (css: string) => {
        const [r = 0, g = 0, b = 0] = rgb(css).map((v) => {
          const c = v / 255;
          return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
        });
        return 0.2126 * r + 0.7152 * g + 0.0722 * b;
      };
      const style = getComputedStyle(element);
      const [light, dark] = [luminance(style.color), luminance(style.backgroundColor)].sort((a, b) => b - a);
      return ((light ?? 0) + 0.05) / ((dark ?? 0) + 0.05);
    });
    expect(contrast).toBeGreaterThanOrEqual(4.5);
  });
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

test('loading the console, signed out and signed in, writes no warning or error to the browser console', async ({
  page,
}) => {
  const written = watchConsoleProblems(page);
  await page.goto(paths.signIn());
  await expect(page.getByRole('form', { name: 'Sign in as the root user' })).toBeVisible();
  await signInAsRoot(page);
  await expect(page.getByRole('table')).toBeVisible();
  // A cold load of a deep link, with the session already there.
  await page.goto(paths.user('alice-admin', 'permissions'));
  await expect(page.getByRole('heading', { level: 1, name: 'alice-admin' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Review and save…' })).toBeVisible();
  expect(written).toEqual([]);
});

test('the user list at 800 px says it scrolls sideways, and which way; at 1280 px it fits and says nothing', async ({
  page,
}) => {
  await page.setViewportSize({ width: 800, height: 900 });
  await signInAsRoot(page);
  await expect(page.getByRole('table')).toBeVisible();
  await expect(page.getByText('More columns to the right: scroll the table sideways →')).toBeVisible();
  await expectNoSeriousA11yViolations(page);
  await page.locator('.table-wrap').evaluate((box) => box.scrollTo({ left: box.scrollWidth }));
  await expect(page.getByText('← More columns to the left')).toBeVisible();
  await page.setViewportSize({ width: 1280, height: 900 });
  await expect(page.getByText(/More columns/)).toHaveCount(0);
});

test('a long save review keeps Save in view on a short window', async ({ page, request }) => {
  const userName = uniqueUserName('review');
  await createUserViaApi(request, { userName });
  await page.setViewportSize({ width: 1280, height: 600 });
  await signInAsRoot(page, paths.user(userName, 'permissions'));
  await page.getByLabel('Template').selectOption({ label: 'Full access' });
  await page.getByRole('button', { name: 'Use template' }).click();
  await page.getByRole('button', { name: 'Review and save…' }).click();
  const review = page.getByRole('dialog', { name: 'Review and save' });
  await expect(review).toBeVisible();
  // The review is taller than the window, and Save is on screen all the same.
  expect(await review.evaluate((dialog) => dialog.scrollHeight > dialog.clientHeight)).toBe(true);
  await expect(review.getByRole('button', { name: 'Save', exact: true })).toBeInViewport({ ratio: 1 });
  await review.evaluate((dialog) => dialog.scrollTo({ top: dialog.scrollHeight / 2 }));
  await expect(review.getByRole('button', { name: 'Save', exact: true })).toBeInViewport({ ratio: 1 });
  await expectNoSeriousA11yViolations(page);
});

// Page helpers for specs: sign in (root, SAM user), open a user's tab, check a toast, keep a screenshot, run axe,
// find what is cut off.
import { expect, type Locator, type Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { E2E_ROOT } from './env.ts';
import { paths, type UserTab } from '../../src/lib/paths.ts';

// The app's own path builders: a spec never retypes a route.
export { paths };

/** signInAsRoot(page, next?): signs in through the sign-in page as the seeded root and waits for the target page. */
export async function signInAsRoot(page: Page, next = paths.users()): Promise<void> {
  await page.goto(paths.signIn({ next }));
  const form = page.getByRole('form', { name: 'Sign in as the root user' });
  await form.getByLabel('Email').fill(E2E_ROOT.email);
  await form.getByLabel('Password').fill(E2E_ROOT.password);
  await form.getByRole('button', { name: 'Sign in' }).click();
  await expect(page).toHaveURL((url) => `${url.pathname}${url.search}` === next);
  await expect(page.getByRole('button', { name: 'Sign out' })).toBeVisible();
}

/**
 * submitSamUserSignIn(page, {operatorId, userName, password}): fills the SAM user form of the sign-in page the page is on
 * and submits it; the caller waits for what follows (the target page, the MFA step or an error).
 */
export async function submitSamUserSignIn(
  page: Page,
  credentials: { operatorId: string; userName: string; password: string },
): Promise<void> {
  const form = page.getByRole('form', { name: 'Sign in as a SAM user' });
  await form.getByLabel('Operator ID').fill(credentials.operatorId);
  await form.getByLabel('User name').fill(credentials.userName);
  await form.getByLabel('Password').fill(credentials.password);
  await form.getByRole('button', { name: 'Sign in' }).click();
}

/** goToUser(page, userName, tab?): opens /users/:name/:tab and waits for the user's heading. */
export async function goToUser(page: Page, userName: string, tab: UserTab = 'overview'): Promise<void> {
  await page.goto(paths.user(userName, tab));
  await expect(page.getByRole('heading', { level: 1, name: userName })).toBeVisible();
}

/** The user page's tab names in English, as its tab list and each tab's region are labelled. */
export const userTabLabels: Record<UserTab, string> = {
  overview: 'Overview',
  password: 'Console password',
  'auth-keys': 'AuthKeys',
  permissions: 'Permissions',
  roles: 'Roles',
  'trust-policy': 'Trust policy',
  mfa: 'MFA',
  history: 'History',
};

/**
 * userTabContent(page, tab): what shows that a user tab's content has arrived (tabs load lazily): a control of its
 * own, or (the History of a user with one entry offers none) its table.
 */
export function userTabContent(page: Page, tab: UserTab): Locator {
  const region = page.getByRole('region', { name: userTabLabels[tab] });
  return region.getByRole('button').or(region.getByRole('table')).first();
}

/**
 * The warnings and errors the page writes to the browser console from now on, and its uncaught errors (a hydration
 * that does not match the server's HTML is one): a list the test expects to stay empty.
 */
export function watchConsoleProblems(page: Page): string[] {
  const written: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'warning' || message.type() === 'error') written.push(message.text());
  });
  page.on('pageerror', (error) => written.push(error.message));
  return written;
}

/** expectPath(page, path): the page's address becomes exactly this path and search (built with `paths`). */
export async function expectPath(page: Page, path: string): Promise<void> {
  await expect(page).toHaveURL((url) => `${url.pathname}${url.search}` === path);
}

/** expectPathname(page, pathname): the page is at this path, whatever its search params. */
export async function expectPathname(page: Page, pathname: string): Promise<void> {
  await expect(page).toHaveURL((url) => url.pathname === pathname);
}

/** assertToast(page, text): a success (status) or error (alert) notification with this text appears. */
export async function assertToast(
  page: Page,
  text: string | RegExp,
  kind: 'success' | 'error' = 'success',
): Promise<void> {
  const region = page.locator('.toaster').getByRole(kind === 'success' ? 'status' : 'alert');
  await expect(region.getByText(text)).toBeVisible();
}

/** keepScreenshot(page, name, {fullPage?}): saves a screenshot to e2e/.artifacts/screenshots/<name>.png (full page unless told; dialogs read better without). */
export async function keepScreenshot(
  page: Page,
  name: string,
  { fullPage = true }: { fullPage?: boolean } = {},
): Promise<void> {
  await page.screenshot({ path: `e2e/.artifacts/screenshots/${name}.png`, fullPage });
}

/**
 * Nothing that must be read whole is cut off: no button, tab, badge, navigation link or label, and in the user list no
 * header and no cell but the name and the description (which end in an ellipsis by design) is narrower than what it
 * holds. A column squeezed to nothing counts too: its header is then cut off.
 */
export async function expectNothingClipped(page: Page): Promise<void> {
  const clipped = await page.evaluate(() =>
    [
      ...document.querySelectorAll<HTMLElement>(
        'button, .button, .tabs__tab, .badge, .app-nav__link, label, ' +
          '.table--fixed th, .table--fixed td:not(.cell-name):not(.cell-description)',
      ),
    ]
      // Screen-reader-only labels are clipped on purpose.
      .filter((element) => element.offsetParent !== null && !element.closest('.visually-hidden'))
      .filter(
        (element) =>
          element.scrollWidth > element.clientWidth + 1 || element.scrollHeight > element.clientHeight + 1,
      )
      .map(
        (element) =>
          `${element.textContent?.trim() ?? ''} (${element.scrollWidth} > ${element.clientWidth} px)`,
      ),
  );
  expect(clipped, `cut off: ${clipped.join(' | ')}`).toEqual([]);
}

/**
 * No serious or critical axe violation on the page as it is, in light and in dark: the page is checked in its
 * current colour scheme, then in the other one, and left in the one it was in.
 */
export async function expectNoSeriousA11yViolations(page: Page): Promise<void> {
  const dark = await page.evaluate(() => matchMedia('(prefers-color-scheme: dark)').matches);
  const schemes = dark ? (['dark', 'light'] as const) : (['light', 'dark'] as const);
  const serious: string[] = [];
  for (const scheme of schemes) {
    await page.emulateMedia({ colorScheme: scheme });
    const results = await new AxeBuilder({ page }).analyze();
    serious.push(
      ...results.violations
        .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
        .map(
          (violation) =>
            `${scheme}: ${violation.id} (${violation.impact}): ${violation.help} at ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`,
        ),
    );
  }
  await page.emulateMedia({ colorScheme: schemes[0] });
  expect(serious, serious.join('\n')).toEqual([]);
}

/** sessionCredentials(page): the API key and token the page is using, read from localStorage (shared by the browser's tabs). */
export async function sessionCredentials(
  page: Page,
): Promise<{ apiKey: string; token: string; operatorId: string }> {
  const raw = await page.evaluate(() => localStorage.getItem('sam-console.session'));
  if (!raw) throw new Error('no session in localStorage');
  return JSON.parse(raw) as { apiKey: string; token: string; operatorId: string };
}

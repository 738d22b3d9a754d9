// /users drawn by the server (src/ssr): a signed-in browser gets the list in the page's HTML, the console takes it over
// without asking for the list again or drawing anything differently, and the page cookie that makes it possible
// follows the session and the language and ends with the session.
import { expect, test, type Page } from '@playwright/test';
import {
  createUserViaApi,
  expectNoSeriousA11yViolations,
  expectPathname,
  paths,
  setUserPermissionViaApi,
  signInAsRoot,
  submitSamUserSignIn,
  uniqueUserName,
  watchConsoleProblems,
} from './support/index.ts';
import { PAGE_COOKIE } from '../src/ssr/page-cookie.ts';

/** The list requests the page makes, from now on. */
function watchListRequests(page: Page, operatorId: () => string): string[] {
  const calls: string[] = [];
  page.on('request', (request) => {
    if (new URL(request.url()).pathname === `/v1/operators/${operatorId()}/users`) calls.push(request.url());
  });
  return calls;
}

async function pageCookie(page: Page) {
  return (await page.context().cookies()).find((cookie) => cookie.name === PAGE_COOKIE);
}

async function operatorIdOf(page: Page): Promise<string> {
  return page.evaluate(
    () =>
      (JSON.parse(localStorage.getItem('sam-console.session') ?? '{}') as { operatorId: string }).operatorId,
  );
}

test('a signed-in reload of /users arrives drawn, and the console takes it over without asking again', async ({
  page,
  request,
}) => {
  const tag = uniqueUserName('drawn');
  await createUserViaApi(request, { userName: `${tag}-a`, description: 'first of two' });
  await createUserViaApi(request, { userName: `${tag}-b`, description: 'second of two' });
  const written = watchConsoleProblems(page);
  await signInAsRoot(page);
  const cookie = await pageCookie(page);
  expect(cookie, 'the console writes the page cookie at sign-in').toBeDefined();
  expect(cookie?.path).toBe('/users');
  expect(cookie?.sameSite).toBe('Strict');
  expect(cookie?.httpOnly).toBe(false);

  const operatorId = await operatorIdOf(page);
  const listCalls = watchListRequests(page, () => operatorId);
  const search = `/users?q=${tag}`;
  const response = await page.goto(search);
  const html = (await response?.text()) ?? '';
  // The rows are in the HTML itself, searched as the URL says.
  expect(html).toContain(`href="/users/${tag}-a/overview"`);
  expect(html).toContain(`href="/users/${tag}-b/overview"`);
  expect(response?.headers()['cache-control']).toBe('no-store');
  const rows = page.getByRole('table').getByRole('row');
  await expect(rows).toHaveCount(3);
  await page.waitForLoadState('networkidle');
  expect(listCalls, 'the list came with the page').toEqual([]);

  // Live: the search box, the sort and a link work as on a page the browser drew.
  const searchBox = page.getByRole('searchbox');
  await expect(searchBox).toHaveValue(tag);
  await searchBox.fill(`${tag}-b`);
  await expect(rows).toHaveCount(2);
  await expect(page).toHaveURL(new RegExp(`q=${tag}-b`));
  await page.getByRole('link', { name: `${tag}-b` }).click();
  await expect(page.getByRole('heading', { level: 1, name: `${tag}-b` })).toBeVisible();
  expect(written).toEqual([]);
});

test('a SAM user who may list users gets the list drawn too, with its rights read once it is live', async ({
  page,
  request,
}) => {
  const userName = uniqueUserName('reader');
  const password = 'server-render-password-2026';
  const root = await createUserViaApi(request, { userName, password });
  await setUserPermissionViaApi(
    request,
    userName,
    [{ effect: 'allow', api: ['User:listUsers', 'User:getUser', 'User:getUserMFAStatus'] }],
    root,
  );
  const written = watchConsoleProblems(page);
  await page.goto(paths.signIn({ method: 'user' }));
  await submitSamUserSignIn(page, { operatorId: root.operatorId, userName, password });
  await expect(page.getByRole('button', { name: 'Sign out' })).toBeVisible();

  // Searched for by name: the whole run's users fill more than the list's first page.
  const response = await page.goto(paths.users({ q: userName }));
  const html = (await response?.text()) ?? '';
  // The row itself is drawn: the header links to the user's own page too, so only the table's body is looked in.
  expect(html.slice(html.indexOf('<tbody'), html.indexOf('</tbody>'))).toContain(
    `href="/users/${userName}/overview"`,
  );
  await expect(page.getByRole('table').getByRole('link', { name: userName, exact: true })).toBeVisible();
  // Drawn with its rights not known yet, as the browser would: once read, what the user may not do is disabled.
  await expect(page.getByRole('button', { name: 'Create user' })).toBeDisabled();
  await page.waitForLoadState('networkidle');
  expect(written).toEqual([]);
});

test('in Japanese the server draws Japanese, and a language switch follows into the cookie', async ({
  page,
}) => {
  const written = watchConsoleProblems(page);
  await signInAsRoot(page);
  await page.getByLabel('Language').selectOption('ja');
  await expect(page.locator('html')).toHaveAttribute('lang', 'ja');
  await expect
    .poll(async () => decodeURIComponent((await pageCookie(page))?.value ?? ''))
    .toContain('"locale":"ja"');

  const response = await page.goto(paths.users());
  const html = (await response?.text()) ?? '';
  expect(html).toContain('<html lang="ja"');
  expect(html).toContain('サインイン中');
  await expect(page.getByRole('button', { name: 'サインアウト' })).toBeVisible();
  await expect(page.getByRole('table').getByRole('row').nth(1)).toBeVisible();
  await page.waitForLoadState('networkidle');
  await expectNoSeriousA11yViolations(page);
  expect(written).toEqual([]);
});

test('signing out ends the page cookie, and /users then draws nothing of the old session', async ({
  page,
}) => {
  await signInAsRoot(page);
  expect(await pageCookie(page)).toBeDefined();
  await page.getByRole('button', { name: 'Sign out' }).click();
  await expectPathname(page, paths.signIn());
  await expect.poll(() => pageCookie(page)).toBeUndefined();

  const response = await page.goto(paths.users());
  const html = (await response?.text()) ?? '';
  expect(html).not.toContain('<table');
  await expectPathname(page, paths.signIn());
});

test('a page drawn for a session this browser no longer holds is drawn again, not taken over', async ({
  page,
}) => {
  const written = watchConsoleProblems(page);
  await signInAsRoot(page);
  expect(await pageCookie(page)).toBeDefined();
  // Storage loses the session while the cookie (and the token) live on: as after a sign-out in another tab that this
  // page's cookie has not caught up with.
  await page.evaluate(() => localStorage.removeItem('sam-console.session'));
  const response = await page.goto(paths.users());
  expect((await response?.text()) ?? '').toContain('<table');
  await expectPathname(page, paths.signIn());
  await expect(page.getByRole('form', { name: 'Sign in as the root user' })).toBeVisible();
  await expect(page.getByRole('table')).toHaveCount(0);
  expect(written).toEqual([]);
});

test('a page drawn in a time zone the browser has since left shows the browser’s own times once live', async ({
  page,
  request,
}) => {
  const userName = uniqueUserName('zone');
  await createUserViaApi(request, { userName, description: 'times in the browser’s zone' });
  const written = watchConsoleProblems(page);
  await signInAsRoot(page);
  const browserZone = await page.evaluate(() => Intl.DateTimeFormat().resolvedOptions().timeZone);
  // The cookie still names the zone of the last visit (the laptop has travelled since): UTC+14, never this one.
  const cookie = await pageCookie(page);
  if (!cookie) throw new Error('the console wrote no page cookie');
  const travelled = decodeURIComponent(cookie.value).replace(
    `"timeZone":"${browserZone}"`,
    '"timeZone":"Pacific/Kiritimati"',
  );
  expect(travelled).toContain('Pacific/Kiritimati');
  await page.context().addCookies([{ ...cookie, value: encodeURIComponent(travelled) }]);

  const operatorId = await operatorIdOf(page);
  const listCalls = watchListRequests(page, () => operatorId);
  const response = await page.goto(paths.users({ q: userName }));
  const html = (await response?.text()) ?? '';
  expect(html, 'the server drew the page in the cookie’s zone').toContain('GMT+14');
  const created = page.getByRole('row').filter({ hasText: userName }).locator('time').first();
  await expect(created).toBeVisible();
  await page.waitForLoadState('networkidle');
  await expect(created).not.toHaveAttribute('title', /GMT\+14/);
  // Drawn again in the browser's zone, from the answers that came with the page.
  expect(listCalls, 'the list came with the page').toEqual([]);
  expect(written).toEqual([]);
});

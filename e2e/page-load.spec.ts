// Loading pages: a cold load (the list, every user tab, a role) asks the API for nothing twice, and a user link
// fetches its page and user on intent, a user's tab its code.
import { expect, test, type Page } from '@playwright/test';
import {
  E2E_ROOT,
  attachRoleViaApi,
  createRoleViaApi,
  createUserViaApi,
  generateAuthKeyViaApi,
  paths,
  setUserPermissionViaApi,
  signInViaApi,
  uniqueUserName,
  userTabContent,
  type ApiSession,
} from './support/index.ts';
import { userTabIds } from '../src/lib/paths.ts';

/** Starts the page's browser context signed in as root, as a reload would find it. */
async function startSignedIn(page: Page, session: ApiSession): Promise<void> {
  const stored = JSON.stringify({
    apiKey: session.apiKey,
    token: session.token,
    operatorId: session.operatorId,
    method: 'root',
    identity: E2E_ROOT.email,
  });
  await page.addInitScript(
    ([value]) => {
      // Once: the page may sign out or renew later, which must not be undone on the next navigation.
      if (sessionStorage.getItem('e2e-started') === null) {
        localStorage.setItem('sam-console.session', value);
        sessionStorage.setItem('e2e-started', '1');
      }
    },
    [stored] as const,
  );
}

/** Every API request the page makes, as "METHOD /v1/path?search", in order. */
function recordApiRequests(page: Page): string[] {
  const calls: string[] = [];
  page.on('request', (request) => {
    const url = new URL(request.url());
    if (url.pathname.startsWith('/v1/')) calls.push(`${request.method()} ${url.pathname}${url.search}`);
  });
  return calls;
}

const repeatedIn = (calls: readonly string[]) => calls.filter((call, index) => calls.indexOf(call) !== index);

test('a cold /users and a cold user page each ask the API for nothing twice', async ({ page, request }) => {
  const session = await signInViaApi(request);
  const userName = uniqueUserName('load');
  await createUserViaApi(request, { userName }, session);
  await startSignedIn(page, session);
  const calls = recordApiRequests(page);

  await page.goto(paths.users());
  await expect(page.getByRole('table').getByRole('row').nth(1)).toBeVisible();
  // The tab's icon is in the page: without one the browser asks for /favicon.ico on every load, which the app's
  // fallback answers with index.html.
  await expect(page.locator('head link[rel="icon"]')).toHaveAttribute('href', /^data:image\/svg\+xml,/);
  // Every MFA status of the first page has arrived: nothing is left to fetch.
  await page.waitForLoadState('networkidle');
  expect(calls).toContain(`GET /v1/operators/${session.operatorId}/users`);
  expect(repeatedIn(calls)).toEqual([]);

  calls.length = 0;
  await page.goto(paths.user(userName));
  await expect(page.getByRole('heading', { level: 1, name: userName })).toBeVisible();
  await page.waitForLoadState('networkidle');
  expect(calls).toContain(`GET /v1/operators/${session.operatorId}/users/${userName}`);
  expect(repeatedIn(calls)).toEqual([]);
});

test('a cold load of each user tab and of a role page asks the API for nothing twice', async ({
  page,
  request,
}) => {
  const session = await signInViaApi(request);
  const userName = uniqueUserName('tabs');
  const roleId = `${userName}-role`;
  // Something on every tab: a password, an AuthKey, a permission, a role (whose page lists the user).
  await createUserViaApi(request, { userName, password: 'page-load-password-2026' }, session);
  await generateAuthKeyViaApi(request, userName, session);
  await setUserPermissionViaApi(request, userName, [{ effect: 'allow', api: ['User:getUser'] }], session);
  await createRoleViaApi(request, roleId, [{ effect: 'allow', api: ['Role:listRoles'] }], session);
  await attachRoleViaApi(request, userName, roleId, session);
  await startSignedIn(page, session);
  const calls = recordApiRequests(page);

  for (const tab of userTabIds) {
    calls.length = 0;
    await page.goto(paths.user(userName, tab));
    await expect(userTabContent(page, tab)).toBeVisible();
    await page.waitForLoadState('networkidle');
    expect(calls.length, tab).toBeGreaterThan(0);
    expect(repeatedIn(calls), tab).toEqual([]);
  }

  calls.length = 0;
  await page.goto(paths.role(roleId));
  await expect(page.getByRole('heading', { level: 1, name: roleId })).toBeVisible();
  await expect(page.getByRole('link', { name: userName })).toBeVisible();
  await page.waitForLoadState('networkidle');
  expect(calls).toContain(`GET /v1/operators/${session.operatorId}/roles/${roleId}`);
  expect(repeatedIn(calls)).toEqual([]);
});

test('pointing at or focusing a user link fetches the user page and the user before the click, once', async ({
  page,
  request,
}) => {
  const session = await signInViaApi(request);
  // One search shows both, however many users the other specs made.
  const tag = uniqueUserName('intent');
  const hovered = `${tag}-hover`;
  const focused = `${tag}-focus`;
  await createUserViaApi(request, { userName: hovered }, session);
  await createUserViaApi(request, { userName: focused }, session);
  const getUser = (userName: string) => `GET /v1/operators/${session.operatorId}/users/${userName}`;
  await startSignedIn(page, session);
  await page.goto(paths.users({ q: tag }));
  const link = page.getByRole('link', { name: hovered });
  await expect(link).toBeVisible();
  await page.waitForLoadState('networkidle');

  const calls = recordApiRequests(page);
  const pageChunk = page.waitForRequest((r) => /\/assets\/user-detail-route-[^/]+\.js$/.test(r.url()));
  await link.hover();
  await pageChunk;
  await expect.poll(() => calls).toContain(getUser(hovered));

  await link.click();
  await expect(page.getByRole('heading', { level: 1, name: hovered })).toBeVisible();
  await page.waitForLoadState('networkidle');
  // The page used what the pointer fetched.
  expect(calls.filter((call) => call === getUser(hovered))).toHaveLength(1);
  expect(repeatedIn(calls)).toEqual([]);

  // Keyboard users get the same when focus reaches a link.
  await page.goBack();
  await expect(page.getByRole('link', { name: focused })).toBeVisible();
  calls.length = 0;
  await page.getByRole('link', { name: focused }).focus();
  await expect.poll(() => calls).toContain(getUser(focused));
});

test('pointing at a user tab fetches its code before the click, and the tab opens without a loading state', async ({
  page,
  request,
}) => {
  const session = await signInViaApi(request);
  const userName = uniqueUserName('tab-intent');
  await createUserViaApi(request, { userName }, session);
  await startSignedIn(page, session);
  await page.goto(paths.user(userName));
  await expect(page.getByRole('heading', { level: 1, name: userName })).toBeVisible();
  await page.waitForLoadState('networkidle');
  // Notes the tab's own loading state ("Loading MFA…", shown while its code is fetched), not its data's.
  await page.evaluate(() => {
    const seen = window as unknown as { __tabLoading?: string };
    new MutationObserver(() => {
      const status = document.querySelector('section [role="status"]');
      if (status?.textContent === 'Loading MFA…') seen.__tabLoading = status.textContent;
    }).observe(document.body, { childList: true, subtree: true, characterData: true });
  });

  const tabs = page.getByRole('navigation', { name: 'User sections' });
  const mfaChunk = page.waitForRequest((r) => /\/assets\/mfa-tab-[^/]+\.js$/.test(r.url()));
  await tabs.getByRole('link', { name: 'MFA' }).hover();
  await mfaChunk;
  await page.waitForLoadState('networkidle');
  await tabs.getByRole('link', { name: 'MFA' }).click();
  await expect(userTabContent(page, 'mfa')).toBeVisible();
  expect(
    await page.evaluate(() => (window as unknown as { __tabLoading?: string }).__tabLoading),
  ).toBeUndefined();
});

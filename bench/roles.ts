// Benchmark of the roles pages with 200 roles and 50 users holding 10 roles each (issue 9's "stays smooth"): first
// render of the pages, input to paint on the list and the attach picker, and the API requests each page makes (none
// may grow with the number of roles or users). Run: npx tsx bench/roles.ts [--rounds 3]. Writes bench/roles-report.md.
import { execFileSync, spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Browser, type BrowserContext, type Page } from '@playwright/test';
import { format, resolveConfig } from 'prettier';
import { CHROMIUM_ARGS, findChromium } from '../e2e/support/find-chromium.ts';
import { RESERVED_PATH_NAMES } from '../src/lib/sam-rules.ts';
import {
  formatSpread,
  machineLine,
  renderSection,
  spread,
  type BenchRow,
  type BenchSection,
} from './lib/report.ts';
import { callApi, inBatches, waitForServer } from './lib/http.ts';

const PORT = Number(process.env.BENCH_ROLES_PORT ?? 5405);
const ROLES = 200;
const USERS = 50;
const ROLES_PER_USER = 10;
/** Roles attached to every user: their pages are the heaviest (50 attached users). */
const COMMON_ROLES = 5;
/** The attach picker lists at most this many roles at once (user-roles-tab.tsx). */
const PICKER_OPTIONS = 50;
const ROUNDS = Number(process.argv[process.argv.indexOf('--rounds') + 1] ?? 3) || 3;
const ROOT = { email: 'bench-roles@sam-console.test', password: 'bench-roles-password-1' };
const BASE = `http://127.0.0.1:${PORT}`;
const REPORT = new URL('./roles-report.md', import.meta.url);

/**
 * What "smooth" means here (RAIL): a reaction to input painted within 100 ms; content that needs the network (an
 * in-app navigation, the save review) within 1 s; on a cold load, the data within half a second of the page's shell.
 */
const INPUT_TARGET_MS = 100;
const FIRST_RENDER_TARGET_MS = 1000;
/** A cold page: what its data and rows add once the app shell (the page header) is painted. */
const AFTER_HEADER_TARGET_MS = 500;

interface Session {
  apiKey: string;
  token: string;
  operatorId: string;
}

/**
 * Waits until a page expression is true. Polled through page.evaluate, which the console's CSP (no 'unsafe-eval')
 * allows, where waitForFunction with a string does not.
 */
async function waitFor(page: Page, expression: string, timeoutMs = 60_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await page.evaluate(`Boolean(${expression})`))) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${expression}`);
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}

const roleId = (i: number) => `role-${String(i).padStart(3, '0')}`;
const userName = (i: number) => `bench-user-${String(i).padStart(2, '0')}`;
const GROUPS = ['Sim', 'Subscriber', 'Group', 'User', 'Role', 'Device', 'Stats', 'Billing'];

/** The roles of user `u`: the common ones, then five spread over the rest. */
function rolesOf(u: number): number[] {
  const spread = Array.from(
    { length: ROLES_PER_USER - COMMON_ROLES },
    (_, k) => COMMON_ROLES + ((u * 7 + k * 37) % (ROLES - COMMON_ROLES)),
  );
  return [...Array.from({ length: COMMON_ROLES }, (_, i) => i), ...new Set(spread)];
}

interface Seeded {
  roles: { roleId: string; description: string }[];
  attached: Map<number, number[]>;
}

async function seed(root: Session): Promise<Seeded> {
  const roles = Array.from({ length: ROLES }, (_, i) => ({
    roleId: roleId(i),
    description:
      i % 4 === 0 ? `運用チーム ${i}` : `Team ${i % 23} access to ${GROUPS[i % GROUPS.length] ?? 'Sim'}`,
    permission: JSON.stringify({
      statements: [
        { effect: 'allow', api: [`${GROUPS[i % GROUPS.length] ?? 'Sim'}:*`, 'User:get*'] },
        ...(i % 5 === 0 ? [{ effect: 'deny', api: ['User:delete*'] }] : []),
      ],
    }),
  }));
  await inBatches(roles, 8, async (role) => {
    await callApi(BASE, root, 'POST', `/operators/${root.operatorId}/roles/${role.roleId}`, {
      description: role.description,
      permission: role.permission,
    });
  });
  const attached = new Map<number, number[]>();
  const users = Array.from({ length: USERS }, (_, u) => u);
  await inBatches(users, 4, async (u) => {
    const path = `/operators/${root.operatorId}/users/${userName(u)}`;
    await callApi(BASE, root, 'POST', path, { description: `Bench user ${u}` });
    const mine = rolesOf(u);
    attached.set(u, mine);
    for (const r of mine) await callApi(BASE, root, 'POST', `${path}/roles`, { roleId: roleId(r) });
  });
  return { roles, attached };
}

/** Notes, in the page, when a first element matching a selector is in the DOM (from navigation start). */
const PROBE = `
  (() => {
    window.__seen = {};
    window.__watch = (name, selector, min) => {
      const look = () => {
        if (window.__seen[name] === undefined && document.querySelectorAll(selector).length >= min)
          window.__seen[name] = performance.now();
      };
      new MutationObserver(look).observe(document, { childList: true, subtree: true, characterData: true });
      look();
    };
    window.__watch('header', 'main h1', 1);
    window.__watch('listRow', 'main table tbody tr', 1);
    window.__watch('roleUsers', '.chip-list li', ${USERS});
    window.__watch('editor', '.cm-content', 1);
    window.__watch('rolesTabRows', '.user-roles table tbody tr', ${ROLES_PER_USER});
  })();
`;

/**
 * Performs `act`, then answers the ms from the input event (its timeStamp, when the browser received it) to the
 * frame painted once `done` (a page expression) holds: the first rAF that sees it, then a task after that frame.
 */
async function inputToPaint(page: Page, done: string, act: () => Promise<void>): Promise<number> {
  await page.evaluate(`(() => {
    window.__input = undefined;
    window.__painted = undefined;
    const mark = (event) => { if (window.__input === undefined) window.__input = event.timeStamp; };
    for (const type of ['keydown', 'pointerdown']) document.addEventListener(type, mark, { capture: true, once: true });
    const check = () => {
      if (window.__input !== undefined && (${done})) {
        const channel = new MessageChannel();
        channel.port1.onmessage = () => { window.__painted = performance.now(); };
        channel.port2.postMessage(null);
      } else requestAnimationFrame(check);
    };
    requestAnimationFrame(check);
  })()`);
  await act();
  await waitFor(page, 'window.__painted !== undefined');
  return (await page.evaluate('window.__painted - window.__input')) as number;
}

interface Requests {
  list: string[];
}

async function newPage(
  browser: Browser,
  session: Session,
): Promise<{ context: BrowserContext; page: Page; requests: Requests }> {
  const context = await browser.newContext({ locale: 'en-US' });
  const stored = JSON.stringify({ ...session, method: 'root', identity: ROOT.email });
  await context.addInitScript(`localStorage.setItem('sam-console.session', ${JSON.stringify(stored)});`);
  await context.addInitScript(PROBE);
  const page = await context.newPage();
  const requests: Requests = { list: [] };
  page.on('request', (request) => {
    const url = new URL(request.url());
    if (url.pathname.startsWith('/v1/'))
      requests.list.push(
        `${request.method()} ${url.pathname.replace(/\/operators\/[^/]+/, '/operators/{op}')}`,
      );
  });
  return { context, page, requests };
}

async function seenAt(page: Page, name: string): Promise<number> {
  await waitFor(page, `window.__seen && window.__seen[${JSON.stringify(name)}] !== undefined`);
  return (await page.evaluate(`window.__seen[${JSON.stringify(name)}]`)) as number;
}

/** `/users/{user}` for a user's path, but not for a name no user can have: /users/default_permissions is getDefaultPermissions. */
const userShape = (path: string, name: string) =>
  RESERVED_PATH_NAMES.includes(name) ? path : '/users/{user}';

/** Requests by the operation's shape (a user's or role's name replaced): one shape asked N times is per-row fetching. */
function countShapes(requests: readonly string[]): Map<string, number> {
  const shapes = new Map<string, number>();
  for (const request of requests) {
    const shape = request.replace(/\/users\/([^/]+)/, userShape).replace(/\/roles\/[^/]+/, '/roles/{role}');
    shapes.set(shape, (shapes.get(shape) ?? 0) + 1);
  }
  return shapes;
}

interface Round {
  floor: number[];
  listHeader: number;
  listFirstRow: number;
  rolePageHeader: number;
  userListHeader: number;
  rolesTabHeader: number;
  listRequests: string[];
  keystrokes: number[];
  clearKeystrokes: number[];
  sort: number;
  rolePageUsers: number;
  rolePageEditor: number;
  rolePageRequests: string[];
  review: number;
  reviewRequests: string[];
  roleFromList: number;
  userListFirstRow: number;
  userListRequests: string[];
  rolesTab: number;
  rolesTabRequests: string[];
  pickerOpen: number;
  pickerKeystroke: number;
  pickerRequests: string[];
}

const countIs = (text: string) =>
  `document.querySelector('.toolbar__count')?.textContent === ${JSON.stringify(text)}`;

function matching(seeded: Seeded, query: string, exclude: ReadonlySet<string> = new Set()) {
  const needle = query.toLocaleLowerCase();
  return seeded.roles.filter(
    (role) =>
      !exclude.has(role.roleId) &&
      (role.roleId.toLocaleLowerCase().includes(needle) ||
        role.description.toLocaleLowerCase().includes(needle)),
  ).length;
}

async function round(browser: Browser, root: Session, seeded: Seeded): Promise<Round> {
  // The role list, cold.
  const list = await newPage(browser, root);
  await list.page.goto(`${BASE}/roles`);
  const listHeader = await seenAt(list.page, 'header');
  const listFirstRow = await seenAt(list.page, 'listRow');
  await waitFor(list.page, countIs(`${ROLES} roles`));
  // Counts of attached users are in once the first role's row shows its number.
  await waitFor(
    list.page,
    `document.querySelector('main table tbody tr td.num')?.textContent === '${USERS}'`,
  );
  const listRequests = [...list.requests.list];
  const search = list.page.getByRole('searchbox', { name: 'Search roles by ID or description' });
  await search.focus();
  // The floor: a key that changes nothing still waits for the next frame, and for the machine's load.
  const floor: number[] = [];
  for (let i = 0; i < 2; i += 1)
    floor.push(await inputToPaint(list.page, 'true', () => list.page.keyboard.press('Shift')));
  const keystrokes: number[] = [];
  let typed = '';
  for (const key of ['1', '7']) {
    typed += key;
    const expected = matching(seeded, typed);
    keystrokes.push(
      await inputToPaint(list.page, countIs(`${expected} of ${ROLES} roles`), () =>
        list.page.keyboard.press(key),
      ),
    );
  }
  const clearKeystrokes: number[] = [];
  for (const expected of [matching(seeded, '1'), ROLES]) {
    const text = expected === ROLES ? `${ROLES} roles` : `${expected} of ${ROLES} roles`;
    clearKeystrokes.push(
      await inputToPaint(list.page, countIs(text), () => list.page.keyboard.press('Backspace')),
    );
  }
  // Sort by attached users, descending after two clicks would be two inputs: one click, ascending.
  const usersHeader = list.page.getByRole('button', { name: /^Attached users/ });
  const fewest = [...seeded.roles]
    .map((role) => ({
      roleId: role.roleId,
      count: [...seeded.attached.values()].filter((roles) => roles.some((r) => roleId(r) === role.roleId))
        .length,
    }))
    .sort((a, b) => a.count - b.count || a.roleId.localeCompare(b.roleId))[0]?.roleId;
  const sort = await inputToPaint(
    list.page,
    `document.querySelector('main table tbody tr a')?.textContent === ${JSON.stringify(fewest)}`,
    () => usersHeader.click(),
  );
  // Back to the ID order, then into the heaviest role's page from the list (an in-app navigation).
  await list.page.goto(`${BASE}/roles`);
  await waitFor(list.page, countIs(`${ROLES} roles`));
  const roleFromList = await inputToPaint(
    list.page,
    `document.querySelectorAll('.chip-list li').length === ${USERS}`,
    () => list.page.getByRole('link', { name: roleId(0), exact: true }).click(),
  );
  await list.context.close();

  // The heaviest role's page, cold: 50 attached users.
  const role = await newPage(browser, root);
  await role.page.goto(`${BASE}/roles/${roleId(0)}`);
  const rolePageHeader = await seenAt(role.page, 'header');
  const rolePageUsers = await seenAt(role.page, 'roleUsers');
  const rolePageEditor = await seenAt(role.page, 'editor');
  await role.page.waitForLoadState('networkidle');
  const rolePageRequests = [...role.requests.list];
  // An edit (a space before the document keeps it valid), then the save review: it reads each attached user's roles.
  await role.page.locator('.cm-content').click();
  await role.page.keyboard.press('Control+Home');
  await role.page.keyboard.type(' ');
  const beforeReview = role.requests.list.length;
  const review = await inputToPaint(
    role.page,
    `document.querySelector('[role=dialog] .user-impact') !== null`,
    () => role.page.getByRole('button', { name: 'Review and save…' }).click(),
  );
  const reviewRequests = role.requests.list.slice(beforeReview);
  await role.context.close();

  // The user list, cold.
  const users = await newPage(browser, root);
  await users.page.goto(`${BASE}/users`);
  const userListHeader = await seenAt(users.page, 'header');
  const userListFirstRow = await seenAt(users.page, 'listRow');
  await users.page.waitForLoadState('networkidle');
  const userListRequests = [...users.requests.list];
  await users.context.close();

  // A user's Roles tab, cold, then the attach picker and a search in it.
  const tab = await newPage(browser, root);
  await tab.page.goto(`${BASE}/users/${userName(0)}/roles`);
  const rolesTabHeader = await seenAt(tab.page, 'header');
  const rolesTab = await seenAt(tab.page, 'rolesTabRows');
  await tab.page.waitForLoadState('networkidle');
  const rolesTabRequests = [...tab.requests.list];
  const before = tab.requests.list.length;
  const attachedToFirst = new Set((seeded.attached.get(0) ?? []).map(roleId));
  const pickerOpen = await inputToPaint(
    tab.page,
    `document.querySelectorAll('.role-picker input[type=radio]').length === ${Math.min(PICKER_OPTIONS, ROLES - attachedToFirst.size)}`,
    () => tab.page.getByRole('button', { name: 'Attach a role…' }).click(),
  );
  await tab.page.getByRole('searchbox', { name: 'Find a role' }).focus();
  const pickerKeystroke = await inputToPaint(
    tab.page,
    `document.querySelectorAll('.role-picker input[type=radio]').length === ${Math.min(PICKER_OPTIONS, matching(seeded, '5', attachedToFirst))}`,
    () => tab.page.keyboard.press('5'),
  );
  const pickerRequests = tab.requests.list.slice(before);
  await tab.context.close();

  return {
    floor,
    listHeader,
    listFirstRow,
    rolePageHeader,
    userListHeader,
    rolesTabHeader,
    listRequests,
    keystrokes,
    clearKeystrokes,
    sort,
    rolePageUsers,
    rolePageEditor,
    rolePageRequests,
    review,
    reviewRequests,
    roleFromList,
    userListFirstRow,
    userListRequests,
    rolesTab,
    rolesTabRequests,
    pickerOpen,
    pickerKeystroke,
    pickerRequests,
  };
}

/**
 * A cold page's content, counted from its own page header: what the data and its rendering add to the app shell
 * (the bundle's load is bench/bundle-report.md's subject). The value from navigation start is given beside it.
 */
function afterHeaderRow(measure: string, content: number[], header: number[]): BenchRow {
  const after = spread(content.map((at, i) => at - (header[i] ?? 0)));
  const total = spread(content);
  return {
    measure: `${measure}, after the page header (from navigation start: ${formatSpread(total, 'ms')})`,
    value: formatSpread(after, 'ms'),
    target: `median ≤ ${AFTER_HEADER_TARGET_MS} ms`,
    met: after.median <= AFTER_HEADER_TARGET_MS,
  };
}

function timeRow(measure: string, values: number[], target: number): BenchRow {
  const s = spread(values);
  return { measure, value: formatSpread(s, 'ms'), target: `median ≤ ${target} ms`, met: s.median <= target };
}

/**
 * A page's API requests: how many, and whether any operation ran once per user or role. `rolesOnly`: the user list
 * reads each shown user's MFA status by design (issue 13); only role reads must not be per row there.
 */
function requestRow(page: string, rounds: readonly string[][], rolesOnly = false): BenchRow {
  const worst = rounds.reduce((a, b) => (b.length > a.length ? b : a), []);
  const repeated = [...countShapes(worst)].filter(
    ([shape, n]) => n > 1 && (!rolesOnly || shape.includes('/roles')),
  );
  const value = `${rounds.map((r) => r.length).join(', ')} requests${repeated.length ? ` (${repeated.map(([shape, n]) => `${n} × ${shape}`).join('; ')})` : ''}`;
  return {
    measure: `${page}: API requests`,
    value,
    target: 'none repeated per user or role',
    met: repeated.length === 0,
  };
}

async function main() {
  if (!existsSync(new URL('../dist/index.html', import.meta.url))) {
    execFileSync('npx', ['vite', 'build'], { stdio: 'inherit' });
  }
  const chromiumPath = findChromium({ chromePath: process.env.CHROME_PATH }).path;
  const dir = mkdtempSync(join(tmpdir(), 'sam-bench-roles-'));
  const server = spawn('node', ['--import', 'tsx', 'server/main.ts'], {
    env: {
      ...process.env,
      PORT: String(PORT),
      HOST: '127.0.0.1',
      SAM_DB: join(dir, 'sam.db'),
      SAM_SEED_EMAIL: ROOT.email,
      SAM_SEED_PASSWORD: ROOT.password,
      SAM_MAX_USERS: String(USERS),
      SAM_MAX_ROLES: String(ROLES),
      SAM_SEED_DEMO_USERS: '0',
      LOG_LEVEL: 'warn',
    },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  let browser: Browser | null = null;
  try {
    await waitForServer(`${BASE}/config.json`, server);
    const root = (await callApi(BASE, null, 'POST', '/auth', ROOT)) as Session;
    const seedStarted = Date.now();
    const seeded = await seed(root);
    const seedSeconds = (Date.now() - seedStarted) / 1000;

    browser = await chromium.launch({
      executablePath: chromiumPath,
      args: [...CHROMIUM_ARGS],
    });
    // One unmeasured round first: the server's and the disk's caches warm alike for every measured round.
    await round(browser, root, seeded);
    const loadBefore = loadavg()[0] ?? 0;
    const rounds: Round[] = [];
    for (let i = 0; i < ROUNDS; i += 1) {
      rounds.push(await round(browser, root, seeded));
      console.log(`round ${i + 1}/${ROUNDS} done`);
    }
    const all = <K extends keyof Round>(key: K) => rounds.map((r) => r[key]);
    const sections: BenchSection[] = [
      {
        title: 'Roles pages: first render (cold page loads)',
        method: [
          `A new browser context per page (session in localStorage, no HTTP cache), the built app served by the`,
          `local API (\`server/main.ts\`, temp SQLite) with ${ROLES} roles and ${USERS} users holding ${ROLES_PER_USER} roles each`,
          `(${COMMON_ROLES} of them on every user, so those roles have ${USERS} attached users). Times are from navigation start`,
          `to the element in the DOM (a MutationObserver in the page). ${ROUNDS} rounds after one unmeasured round;`,
          `min / **median** / max. Each page's content is counted from its own header (the app shell, painted before`,
          `any data arrives): what the roles and users add. Target: within ${AFTER_HEADER_TARGET_MS} ms of the header. The time from`,
          `navigation start is given too; most of it is loading the bundle, which this machine's load stretches.`,
        ].join('\n'),
        rows: [
          {
            measure:
              '/roles: its page header (the app shell and bundle, before any data: the floor of every page)',
            value: formatSpread(spread(all('listHeader')), 'ms'),
            target: '(reference)',
            met: null,
          },
          afterHeaderRow(`/roles: first row of ${ROLES}`, all('listFirstRow'), all('listHeader')),
          afterHeaderRow(
            `/roles/${roleId(0)}: its ${USERS} attached users listed`,
            all('rolePageUsers'),
            all('rolePageHeader'),
          ),
          afterHeaderRow(
            `/roles/${roleId(0)}: permission editor shown`,
            all('rolePageEditor'),
            all('rolePageHeader'),
          ),
          afterHeaderRow(`/users: first row of ${USERS}`, all('userListFirstRow'), all('userListHeader')),
          afterHeaderRow(
            `/users/${userName(0)}/roles: its ${ROLES_PER_USER} roles listed`,
            all('rolesTab'),
            all('rolesTabHeader'),
          ),
        ],
      },
      {
        title: 'Roles pages: input to paint',
        method: [
          `From the input event's timestamp (a real key press or click through Playwright) to the first frame`,
          `painted with the result (the first requestAnimationFrame that sees it, then a task after that frame).`,
          `Search keystrokes: "1" then "7" (narrowing), then two Backspaces back to all ${ROLES} roles; each round gives`,
          `two of each. Target: ${INPUT_TARGET_MS} ms from input to paint.`,
        ].join('\n'),
        rows: [
          {
            measure: '/roles: a key press that changes nothing (Shift): the floor at this load',
            value: formatSpread(spread(all('floor').flat()), 'ms'),
            target: '(reference)',
            met: null,
          },
          timeRow('/roles: search keystroke, narrowing', all('keystrokes').flat(), INPUT_TARGET_MS),
          timeRow(
            `/roles: search keystroke, widening (back to ${ROLES})`,
            all('clearKeystrokes').flat(),
            INPUT_TARGET_MS,
          ),
          timeRow('/roles: sort by attached users (click)', all('sort'), INPUT_TARGET_MS),
          timeRow(
            `/roles → /roles/${roleId(0)} (click): ${USERS} attached users shown`,
            all('roleFromList'),
            FIRST_RENDER_TARGET_MS,
          ),
          timeRow(
            `Roles tab: open the attach picker (${ROLES - ROLES_PER_USER} roles)`,
            all('pickerOpen'),
            INPUT_TARGET_MS,
          ),
          timeRow('Roles tab: a keystroke in the picker search', all('pickerKeystroke'), INPUT_TARGET_MS),
          timeRow(
            `/roles/${roleId(0)}: "Review and save…" to the review with each of ${USERS} users' change`,
            all('review'),
            FIRST_RENDER_TARGET_MS,
          ),
        ],
      },
      {
        title: 'Roles pages: API requests',
        method: [
          `Every /v1 request a page makes until the network is idle (one round shown per number). A path naming one`,
          `user or role that is requested more than once with different names means one request per row: the target`,
          `is none.`,
        ].join('\n'),
        rows: [
          requestRow('/roles', all('listRequests')),
          requestRow(`/roles/${roleId(0)}`, all('rolePageRequests')),
          requestRow('/users (role reads)', all('userListRequests'), true),
          requestRow(`/users/${userName(0)}/roles`, all('rolesTabRequests')),
          requestRow('Roles tab: opening the picker and searching', all('pickerRequests')),
          {
            measure: `/roles/${roleId(0)}: the save review`,
            value: `${all('reviewRequests')
              .map((r) => r.length)
              .join(', ')} requests`,
            target: `one listUserRoles per attached user, on demand (no bulk call upstream)`,
            met: null,
          },
        ],
      },
    ];
    const report = [
      '# Roles benchmark',
      '',
      `Made by \`npx tsx bench/roles.ts\` on ${new Date().toISOString().slice(0, 10)}: ${machineLine()}; Chromium at ${chromiumPath}.`,
      `Load average (1 min) when the rounds began: ${loadBefore.toFixed(1)}; when they ended: ${(loadavg()[0] ?? 0).toFixed(1)} (a shared machine).`,
      `Seeding ${ROLES} roles, ${USERS} users and ${USERS * ROLES_PER_USER} attachments over HTTP took ${seedSeconds.toFixed(0)} s.`,
      '',
      ...sections.map(renderSection),
      '### Requests of the last round',
      '',
      ...(
        [
          'listRequests',
          'rolePageRequests',
          'reviewRequests',
          'userListRequests',
          'rolesTabRequests',
          'pickerRequests',
        ] as const
      ).map(
        (key) =>
          `- ${key}: ${[...countShapes(rounds.at(-1)?.[key] ?? [])].map(([s, n]) => `${n} × ${s}`).join('; ')}`,
      ),
      '',
    ].join('\n');
    // Written as the format check (prettier --check .) wants it, so a fresh report can be committed as it is.
    const options = (await resolveConfig(REPORT)) ?? {};
    writeFileSync(REPORT, await format(report, { ...options, parser: 'markdown' }));
    console.log(report);
    if (sections.some((section) => section.rows.some((row) => row.met === false))) process.exitCode = 1;
  } finally {
    await browser?.close();
    server.kill('SIGTERM');
    await new Promise((resolve) => server.once('exit', resolve));
    rmSync(dir, { recursive: true, force: true });
  }
}

await main();

// Part (c) of `npm run bench`: a cold /users with 1,000 users in Chromium (first row, network idle, layout shift,
// repeated API requests) next to a plain HTML table of the same rows, and next to the stack's floor app (bench/floor/:
// the same libraries and nothing else) drawing a page of the same rows. Seeding and the plain table come from
// bench/user-list.ts (issue 13's own benchmark). Standalone: npx tsx bench/browser/cold-list.ts
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer, type Server, type ServerResponse } from 'node:http';
import { loadavg, tmpdir } from 'node:os';
import { extname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser, type Page } from '@playwright/test';
import { CHROMIUM_ARGS } from '../../e2e/support/find-chromium.ts';
import {
  detailRow,
  formatSpread,
  machineLine,
  ratioRow,
  ratioText,
  renderSection,
  spread,
  type BenchSection,
} from '../lib/report.ts';
import { FIRST_ROW_PROBE, plainTablePage, seed } from '../user-list.ts';
import { startConsoleServer, type ConsoleServer } from './console-server.ts';
import { buildFloor } from './bundle-floor.ts';

const USERS = 1000;
const CHROME_PATH = process.env.CHROME_PATH ?? '/usr/bin/chromium';
/** The network counts as idle after this long with no request in flight (as Playwright's networkidle). */
const QUIET_MS = 500;

/** Sums layout shifts not caused by input, from navigation start (buffered), as CLS counts them. */
const LAYOUT_SHIFT_PROBE = `
  (() => {
    window.__layoutShift = 0;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) if (!entry.hadRecentInput) window.__layoutShift += entry.value;
    }).observe({ type: 'layout-shift', buffered: true });
  })();
`;

interface Round {
  firstRowMs: number;
  /** The document's first byte (its navigation entry's responseStart), from navigation start. */
  firstByteMs: number;
  networkIdleMs: number;
  layoutShift: number;
  apiRequests: number;
  repeated: string[];
}

/** How long a tab rests on the page of another site before the measured load, for the browser to settle. */
const SETTLE_MS = 1000;

interface LoadSetup {
  /** Put in localStorage before any page runs. */
  session?: { key: string; value: string };
  cookie?: { name: string; value: string; url: string };
  /** A page of another site the tab shows (and rests on) before `url` is typed in; without it, a new tab's blank
   * page. */
  from?: string;
}

/** Loads `url` in a new context and measures it. */
async function loadOnce(
  browser: Browser,
  url: string,
  { session, cookie, from }: LoadSetup = {},
): Promise<Round> {
  const context = await browser.newContext({ locale: 'en-US', viewport: { width: 1280, height: 800 } });
  if (cookie) await context.addCookies([cookie]);
  if (session)
    await context.addInitScript(
      `localStorage.setItem(${JSON.stringify(session.key)}, ${JSON.stringify(session.value)});`,
    );
  await context.addInitScript(FIRST_ROW_PROBE);
  await context.addInitScript(LAYOUT_SHIFT_PROBE);
  const page: Page = await context.newPage();
  let inFlight = 0;
  let lastActivity = Date.now();
  let lastFinished = Date.now();
  const apiCalls: string[] = [];
  page.on('request', (request) => {
    inFlight += 1;
    lastActivity = Date.now();
    const address = new URL(request.url());
    if (address.pathname.startsWith('/v1/'))
      apiCalls.push(`${request.method()} ${address.pathname}${address.search}`);
  });
  const settle = () => {
    inFlight -= 1;
    lastActivity = Date.now();
    lastFinished = lastActivity;
  };
  page.on('requestfinished', settle);
  page.on('requestfailed', settle);
  try {
    if (from) {
      await page.goto(from);
      await new Promise((resolve) => setTimeout(resolve, SETTLE_MS));
      apiCalls.length = 0;
    }
    await page.goto(url);
    await page.waitForFunction(() => (window as { __firstRowAt?: number }).__firstRowAt !== undefined, null, {
      timeout: 120_000,
    });
    while (inFlight > 0 || Date.now() - lastActivity < QUIET_MS)
      await new Promise((resolve) => setTimeout(resolve, 50));
    const measured = (await page.evaluate(() => {
      const w = window as unknown as { __firstRowAt: number; __layoutShift: number };
      const [navigation] = performance.getEntriesByType('navigation') as PerformanceNavigationTiming[];
      return {
        firstRowMs: w.__firstRowAt,
        firstByteMs: navigation?.responseStart ?? Number.NaN,
        layoutShift: w.__layoutShift,
        origin: performance.timeOrigin,
      };
    })) as { firstRowMs: number; firstByteMs: number; layoutShift: number; origin: number };
    const repeated = apiCalls.filter((call, index) => apiCalls.indexOf(call) !== index);
    return {
      firstRowMs: measured.firstRowMs,
      firstByteMs: measured.firstByteMs,
      networkIdleMs: lastFinished - measured.origin,
      layoutShift: measured.layoutShift,
      apiRequests: apiCalls.length,
      repeated,
    };
  } finally {
    await context.close();
  }
}

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
};

/** Sends files under `dir` with their type (404 when missing), each read once, as a static server keeps them. */
function fileSender(dir: string): (response: ServerResponse, path: string) => void {
  const files = new Map<string, Buffer>();
  return (response, path) => {
    let body = files.get(path);
    try {
      body ??= readFileSync(join(dir, normalize(path)));
    } catch {
      response.writeHead(404);
      response.end();
      return;
    }
    files.set(path, body);
    response.writeHead(200, { 'content-type': CONTENT_TYPES[extname(path)] ?? 'application/octet-stream' });
    response.end(body);
  };
}

/** The console's build, whose assets the copy of its drawn page asks for. */
const CONSOLE_DIST = fileURLToPath(new URL('../../dist', import.meta.url));

/**
 * Serves the built floor app from `dir` (its files read once, as a static server keeps them), and `GET /v1/users`,
 * which it asks for, with `listJson`: the console's own listUsers answer, so both draw the same users.
 */
function floorServer(dir: string, listJson: string): Server {
  const send = fileSender(dir);
  return createServer((request, response) => {
    const path = new URL(request.url ?? '/', 'http://floor').pathname;
    if (path === '/v1/users') {
      response.writeHead(200, { 'content-type': 'application/json' });
      response.end(listJson);
      return;
    }
    send(response, path.startsWith('/assets/') ? path : '/index.html');
  });
}

/** `port`: the console's (the plain table takes the next one, the floor app the one after); `runs`: interleaved
 * loads of each. */
export async function coldListSections({ port = 5632, runs = 3 } = {}): Promise<BenchSection[]> {
  const RUNS = runs;
  const PLAIN_PORT = port + 1;
  const FLOOR_PORT = port + 2;
  const server: ConsoleServer = await startConsoleServer({ port, maxUsers: USERS });
  const floorDir = mkdtempSync(join(tmpdir(), 'sam-bench-floor-list-'));
  let plain: Server | null = null;
  let floorApp: Server | null = null;
  let browser: Browser | null = null;
  try {
    const seedStarted = Date.now();
    const users = await seed(server.api, server.root.operatorId);
    const seedSeconds = (Date.now() - seedStarted) / 1000;
    const html = plainTablePage(users);
    // The headers the console's server-drawn /users goes out with (helmet's set: CSP, Cross-Origin-Opener-Policy…),
    // for the same plain table sent with them at /with-headers: a detail that shows what they cost the browser.
    const cookie = server.pageCookie();
    const consoleAnswer = await fetch(`${server.base}/users`, {
      headers: { cookie: `${cookie.name}=${cookie.value}` },
    });
    // The page as the server drew it (the list and its answers inside), for a copy sent as a static file at /drawn.
    const drawnPage = await consoleAnswer.text();
    if (!drawnPage.includes('<tbody')) throw new Error('the console did not draw /users for the page cookie');
    const sendConsoleAsset = fileSender(CONSOLE_DIST);
    const consoleHeaders: Record<string, string> = {};
    consoleAnswer.headers.forEach((value, name) => {
      if (!/^(content-length|content-encoding|transfer-encoding|date|connection|keep-alive|vary)$/.test(name))
        consoleHeaders[name] = value;
    });
    plain = createServer((request, response) => {
      if (request.url === '/drawn') {
        response.writeHead(200, consoleHeaders);
        response.end(drawnPage);
        return;
      }
      if (request.url?.startsWith('/assets/')) {
        sendConsoleAsset(response, new URL(request.url, 'http://plain').pathname);
        return;
      }
      if (request.url === '/elsewhere') {
        response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
        response.end('<!doctype html><title>Elsewhere</title><p>Another site.</p>');
        return;
      }
      response.writeHead(
        200,
        request.url === '/with-headers' ? consoleHeaders : { 'content-type': 'text/html; charset=utf-8' },
      );
      response.end(html);
    });
    // `localhost` is another site than `127.0.0.1` (a site is the scheme and host, ports aside), so leaving this page
    // for either one is a cross-site navigation, as from a tab showing anything else when an address is typed.
    const elsewhere = `http://localhost:${PLAIN_PORT}/elsewhere`;
    await new Promise<void>((resolve) => plain?.listen(PLAIN_PORT, '127.0.0.1', resolve));
    await buildFloor(floorDir);
    const listJson = JSON.stringify(await server.api('GET', `/operators/${server.root.operatorId}/users`));
    floorApp = floorServer(floorDir, listJson);
    await new Promise<void>((resolve) => floorApp?.listen(FLOOR_PORT, '127.0.0.1', resolve));
    browser = await chromium.launch({
      executablePath: CHROME_PATH,
      args: [...CHROMIUM_ARGS],
    });
    const ours: Round[] = [];
    const oursInBrowser: Round[] = [];
    const floor: Round[] = [];
    const floorWithHeaders: Round[] = [];
    const drawnStatic: Round[] = [];
    const stack: Round[] = [];
    const oursFromElsewhere: Round[] = [];
    const floorFromElsewhere: Round[] = [];
    const load: number[] = [];
    // Interleaved, so load on the machine falls on both alike.
    for (let run = 0; run < RUNS; run += 1) {
      load.push(loadavg()[0] ?? Number.NaN);
      // A returning browser has its session and the page cookie the console writes beside it (src/ssr): the
      // server draws the list. Without the cookie (a switched session, or the first load after an upgrade) the
      // browser draws it: measured too, as a detail.
      const returning = { session: server.storedSession(), cookie: server.pageCookie() };
      ours.push(await loadOnce(browser, `${server.base}/users`, returning));
      oursInBrowser.push(
        await loadOnce(browser, `${server.base}/users`, { session: server.storedSession() }),
      );
      floor.push(await loadOnce(browser, `http://127.0.0.1:${PLAIN_PORT}/`));
      floorWithHeaders.push(await loadOnce(browser, `http://127.0.0.1:${PLAIN_PORT}/with-headers`));
      drawnStatic.push(await loadOnce(browser, `http://127.0.0.1:${PLAIN_PORT}/drawn`));
      stack.push(await loadOnce(browser, `http://127.0.0.1:${FLOOR_PORT}/`));
      // The same two loads typed into a tab that shows another site's page (detail): a new renderer either way, so
      // Cross-Origin-Opener-Policy, which costs a new tab's blank page one, costs nothing extra here.
      oursFromElsewhere.push(
        await loadOnce(browser, `${server.base}/users`, { ...returning, from: elsewhere }),
      );
      floorFromElsewhere.push(
        await loadOnce(browser, `http://127.0.0.1:${PLAIN_PORT}/`, { from: elsewhere }),
      );
      console.error(`cold list ${run + 1}/${RUNS} done`);
    }
    const first = spread(ours.map((r) => r.firstRowMs));
    const firstInBrowser = spread(oursInBrowser.map((r) => r.firstRowMs));
    const plainFirst = spread(floor.map((r) => r.firstRowMs));
    const plainWithHeadersFirst = spread(floorWithHeaders.map((r) => r.firstRowMs));
    const drawnStaticFirst = spread(drawnStatic.map((r) => r.firstRowMs));
    const stackFirst = spread(stack.map((r) => r.firstRowMs));
    const firstByte = spread(ours.map((r) => r.firstByteMs));
    const plainFirstByte = spread(floor.map((r) => r.firstByteMs));
    const elsewhereFirst = spread(oursFromElsewhere.map((r) => r.firstRowMs));
    const elsewherePlainFirst = spread(floorFromElsewhere.map((r) => r.firstRowMs));
    const idle = spread(ours.map((r) => r.networkIdleMs));
    const plainIdle = spread(floor.map((r) => r.networkIdleMs));
    const shift = spread(ours.map((r) => r.layoutShift));
    const repeats = [...new Set(ours.flatMap((r) => r.repeated))];
    return [
      {
        title: 'Cold /users with 1,000 users, next to a plain HTML table',
        method: [
          `A cold \`/users\` (a new browser context and tab: no HTTP cache, root's session in localStorage and the page cookie the`,
          'console writes beside it, so the server draws the list: src/ssr/) against the local API holding',
          `${USERS} seeded SAM users (bench/user-list.ts's mix; seeding took ${seedSeconds.toFixed(0)} s), next to a`,
          "plain server-rendered table of the same rows (sent bare, and again with the headers the console's page goes",
          "out with: helmet's set, Cross-Origin-Opener-Policy among them), next to a copy of the page the console's",
          'server drew, sent as a static file with those headers by the same plain server (its assets from dist/), so',
          "the page's own cost shows apart from the time the server takes to draw it, and next to the stack floor",
          '(bench/floor/: React, React Router,',
          'TanStack Query and React Hook Form, nothing else, built by Vite) drawing the first 50 of the same rows from',
          'the same listUsers answer (served as a static JSON file beside it), all in the same Chromium',
          `(${CHROME_PATH}, 1280×800). ${RUNS} interleaved runs; min / **median** / max. First row: a`,
          "MutationObserver in the page, from navigation start; first byte: the navigation entry's responseStart. As a",
          'detail, the console and the plain table are loaded again into a tab that first shows a page of another site',
          `(\`localhost\`, resting ${SETTLE_MS} ms), as when an address is typed over a page already open.`,
          'Network idle: the end of the last response before',
          `${QUIET_MS} ms with nothing in flight. Layout shift: a PerformanceObserver summing layout-shift entries`,
          'without recent input, from navigation start to network idle. Ratios compare medians.',
          `Machine: ${machineLine()}; load average (1 min) ${formatSpread(spread(load), '', 2)}.`,
        ].join('\n'),
        rows: [
          detailRow('plain table: first row', formatSpread(plainFirst, 'ms'), '(reference)'),
          detailRow('console: first row', formatSpread(first, 'ms')),
          ratioRow('first row ÷ plain table', first.median, plainFirst.median, 1.5, 'lower', '≤ 1.5×'),
          detailRow(
            "plain table sent with the console's response headers: first row",
            formatSpread(plainWithHeadersFirst, 'ms'),
          ),
          detailRow(
            "first row ÷ plain table sent with the console's response headers",
            ratioText(first.median, plainWithHeadersFirst.median),
          ),
          detailRow(
            "the console's drawn page, sent as a static file with the same headers: first row",
            formatSpread(drawnStaticFirst, 'ms'),
          ),
          detailRow(
            "the console's drawn page sent as a static file ÷ plain table sent with the console's response headers",
            ratioText(drawnStaticFirst.median, plainWithHeadersFirst.median),
          ),
          detailRow('console: first byte of the page (the server drawing it)', formatSpread(firstByte, 'ms')),
          detailRow('plain table: first byte of the page', formatSpread(plainFirstByte, 'ms')),
          detailRow(
            `typed into a tab showing another site's page: console, first row`,
            formatSpread(elsewhereFirst, 'ms'),
          ),
          detailRow(
            `typed into a tab showing another site's page: plain table, first row`,
            formatSpread(elsewherePlainFirst, 'ms'),
          ),
          detailRow(
            `typed into a tab showing another site's page: first row ÷ plain table`,
            ratioText(elsewhereFirst.median, elsewherePlainFirst.median),
          ),
          detailRow(
            'console without the page cookie (the browser draws the list): first row',
            formatSpread(firstInBrowser, 'ms'),
          ),
          detailRow(
            'stack floor (bench/floor/, a page of the same rows): first row',
            formatSpread(stackFirst, 'ms'),
            '(reference)',
          ),
          detailRow('stack floor ÷ plain table, first row', ratioText(stackFirst.median, plainFirst.median)),
          detailRow(
            'console without the page cookie ÷ stack floor, first row',
            ratioText(firstInBrowser.median, stackFirst.median),
          ),
          detailRow('plain table: network idle', formatSpread(plainIdle, 'ms'), '(reference)'),
          detailRow('console: network idle', formatSpread(idle, 'ms')),
          detailRow('network idle ÷ plain table', ratioText(idle.median, plainIdle.median)),
          {
            measure: 'console: cumulative layout shift to network idle',
            value: formatSpread(shift, '', 3),
            target: '0 (to 3 decimals, as Chrome and Lighthouse report it)',
            met: shift.max < 0.0005,
          },
          detailRow(
            'console: API requests in the load (each run)',
            ours.map((r) => r.apiRequests).join(', '),
          ),
          {
            measure: 'console: API requests repeated within one load',
            value: repeats.length === 0 ? 'none' : repeats.slice(0, 5).join('; '),
            target: 'none',
            met: repeats.length === 0,
          },
        ],
      },
    ];
  } finally {
    await browser?.close();
    plain?.close();
    floorApp?.close();
    rmSync(floorDir, { recursive: true, force: true });
    await server.stop();
  }
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const sections = await coldListSections();
  console.log(sections.map(renderSection).join('\n'));
}

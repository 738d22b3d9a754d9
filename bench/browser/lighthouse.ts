// Part (d) of `npm run bench`: Lighthouse 12 on /sign-in, /users and a user page, mobile and desktop, 3 runs each.
//
// Each run launches its own Chromium (chrome-launcher, a fresh profile: nothing cached), puts root's session in
// localStorage from a JSON address of the console's origin (no page, so no asset gets cached), and runs
// Lighthouse with its defaults (mobile: emulated Moto G Power, simulated slow 4G and 4× CPU; desktop: its
// desktop config) and storage reset off, so the session stays. Standalone: npx tsx bench/browser/lighthouse.ts
import { loadavg } from 'node:os';
import { fileURLToPath } from 'node:url';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import desktopConfig from 'lighthouse/core/config/desktop-config.js';
import { chromium } from '@playwright/test';
import { CHROMIUM_ARGS } from '../../e2e/support/find-chromium.ts';
import {
  detailRow,
  formatSpread,
  machineLine,
  renderSection,
  spread,
  type BenchRow,
  type BenchSection,
} from '../lib/report.ts';
import { inBatches } from '../lib/http.ts';
import { startConsoleServer, type ConsoleServer } from './console-server.ts';

/** A full first page of the list (50 rows, each with its MFA status to fetch) and a little more. */
const USERS = 60;
const CHROME_PATH = process.env.CHROME_PATH ?? '/usr/bin/chromium';
// The flags of the e2e runs, headless.
const CHROME_FLAGS = ['--headless=new', ...CHROMIUM_ARGS];

type FormFactor = 'mobile' | 'desktop';
const TARGETS: Record<FormFactor, number> = { desktop: 95, mobile: 85 };

interface Audit {
  performance: number;
  accessibility: number;
  lcpMs: number;
  tbtMs: number;
  cls: number;
  benchmarkIndex: number;
}

async function seed(server: ConsoleServer): Promise<void> {
  const names = Array.from({ length: USERS }, (_, i) => `bench-user-${String(i).padStart(3, '0')}`);
  await inBatches(names, 6, async (name) => {
    const path = `/operators/${server.root.operatorId}/users/${name}`;
    await server.api('POST', path, { description: `Benchmark user ${name}` });
    if (name.endsWith('0')) await server.api('POST', `${path}/password`, { password: 'bench-password-1' });
    if (name.endsWith('5')) await server.api('POST', `${path}/auth_keys`);
  });
}

async function audit(
  server: ConsoleServer,
  path: string,
  formFactor: FormFactor,
  signedIn: boolean,
): Promise<Audit> {
  const chrome = await chromeLauncher.launch({ chromePath: CHROME_PATH, chromeFlags: CHROME_FLAGS });
  try {
    if (signedIn) {
      const browser = await chromium.connectOverCDP(`http://127.0.0.1:${chrome.port}`);
      const context = browser.contexts()[0] ?? (await browser.newContext());
      const page = await context.newPage();
      await page.goto(`${server.base}/config.json`);
      const { key, value } = server.storedSession();
      await page.evaluate(([k, v]) => localStorage.setItem(k, v), [key, value] as const);
      await page.close();
      // Leaves the browser running: it belongs to chrome-launcher.
      await browser.close();
    }
    const result = await lighthouse(
      `${server.base}${path}`,
      {
        port: chrome.port,
        output: 'json',
        logLevel: 'error',
        onlyCategories: ['performance', 'accessibility'],
        disableStorageReset: true,
      },
      formFactor === 'desktop' ? desktopConfig : undefined,
    );
    if (!result) throw new Error(`Lighthouse gave no result for ${path}`);
    const { lhr } = result;
    if (lhr.runtimeError) throw new Error(`Lighthouse on ${path}: ${lhr.runtimeError.message}`);
    const finalUrl = new URL(lhr.finalDisplayedUrl);
    if (finalUrl.pathname !== new URL(`${server.base}${path}`).pathname)
      throw new Error(`Lighthouse on ${path} ended on ${finalUrl.pathname} (not signed in?)`);
    const score = (id: string) => Math.round((lhr.categories[id]?.score ?? Number.NaN) * 100);
    const numeric = (id: string) => lhr.audits[id]?.numericValue ?? Number.NaN;
    return {
      performance: score('performance'),
      accessibility: score('accessibility'),
      lcpMs: numeric('largest-contentful-paint'),
      tbtMs: numeric('total-blocking-time'),
      cls: numeric('cumulative-layout-shift'),
      benchmarkIndex: lhr.environment.benchmarkIndex,
    };
  } finally {
    chrome.kill();
  }
}

/** Lighthouse now and then fails to record a trace on a loaded machine (NO_NAVSTART): such a run is repeated, twice at most. */
async function auditWithRetry(
  server: ConsoleServer,
  path: string,
  formFactor: FormFactor,
  signedIn: boolean,
): Promise<Audit> {
  for (let attempt = 1; ; attempt += 1) {
    try {
      return await audit(server, path, formFactor, signedIn);
    } catch (error) {
      if (
        attempt >= 3 ||
        !(error instanceof Error) ||
        !/NO_NAVSTART|NO_FCP|PROTOCOL_TIMEOUT/.test(error.message)
      )
        throw error;
      console.error(`lighthouse ${formFactor} ${path}: ${error.message}; running it again`);
    }
  }
}

/** `port`: the console's; `runs`: of each page and form factor. */
export async function lighthouseSections({ port = 5631, runs = 3 } = {}): Promise<BenchSection[]> {
  const RUNS = runs;
  const server = await startConsoleServer({ port, maxUsers: USERS + 10 });
  const load: number[] = [];
  try {
    await seed(server);
    const pages = [
      { label: '/sign-in', path: '/sign-in', signedIn: false },
      { label: '/users', path: '/users', signedIn: true },
      { label: 'a user page', path: '/users/bench-user-010/overview', signedIn: true },
    ];
    const results = new Map<string, Audit[]>();
    // Rounds outermost, so load on the machine falls on every page and form factor alike.
    for (let run = 0; run < RUNS; run += 1) {
      for (const formFactor of ['desktop', 'mobile'] as const)
        for (const page of pages) {
          load.push(loadavg()[0] ?? Number.NaN);
          const key = `${page.label}|${formFactor}`;
          const audits = results.get(key) ?? [];
          audits.push(await auditWithRetry(server, page.path, formFactor, page.signedIn));
          results.set(key, audits);
          console.error(`lighthouse ${run + 1}/${RUNS} ${formFactor} ${page.label} done`);
        }
    }
    const rows: BenchRow[] = [];
    for (const formFactor of ['desktop', 'mobile'] as const)
      for (const page of pages) {
        const audits = results.get(`${page.label}|${formFactor}`) ?? [];
        const performance = spread(audits.map((a) => a.performance));
        const accessibility = spread(audits.map((a) => a.accessibility));
        rows.push({
          measure: `${page.label}, ${formFactor}: performance`,
          value: formatSpread(performance, ''),
          target: `≥ ${TARGETS[formFactor]}`,
          met: performance.median >= TARGETS[formFactor],
        });
        const median = (pick: (audit: (typeof audits)[number]) => number) => spread(audits.map(pick)).median;
        rows.push(
          detailRow(
            `${page.label}, ${formFactor}: LCP / TBT / CLS (medians)`,
            `${Math.round(median((a) => a.lcpMs))} ms / ${Math.round(median((a) => a.tbtMs))} ms / ${median(
              (a) => a.cls,
            ).toFixed(3)}`,
          ),
        );
        rows.push({
          measure: `${page.label}, ${formFactor}: accessibility`,
          value: formatSpread(accessibility, ''),
          target: '100',
          met: accessibility.min === 100,
        });
      }
    const all = [...results.values()].flat();
    const loadSpread = spread(load);
    return [
      {
        title: 'Lighthouse 12.2.3: /sign-in, /users and a user page',
        method: [
          `Lighthouse ${'12.2.3'} (programmatic), performance and accessibility categories, ${RUNS} runs of each page and`,
          `form factor, interleaved; min / **median** / max. Mobile is Lighthouse's default (emulated Moto G Power,`,
          `simulated slow 4G and 4× CPU slowdown); desktop is its desktop config. A new Chromium per run`,
          `(${CHROME_PATH}, a fresh profile, the flags of playwright.config.ts, headless); the signed-in pages`,
          `start with root's session in localStorage. The local API holds ${USERS} SAM users (the list's first page`,
          `is 50 rows). A performance target is met by the median; accessibility must be 100 in every run.`,
          `Machine: ${machineLine()}; load average (1 min) during the runs ${formatSpread(loadSpread, '', 2)};`,
          `Lighthouse's benchmark index ${formatSpread(spread(all.map((a) => a.benchmarkIndex)), '')}.`,
        ].join('\n'),
        rows,
      },
    ];
  } finally {
    await server.stop();
  }
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const sections = await lighthouseSections();
  console.log(sections.map(renderSection).join('\n'));
}

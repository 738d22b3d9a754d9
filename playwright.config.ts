// Playwright: a Chromium (CHROME_PATH, a system one, or Playwright's own) against the real server
// (npx tsx server/main.ts) on a fresh temporary database per run.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, defineConfig } from '@playwright/test';
import { E2E_PORT, E2E_ROOT } from './e2e/support/env.ts';
import { CHROMIUM_ARGS, chromiumPathOrExit } from './e2e/support/find-chromium.ts';

// Set once in the main process; workers inherit the environment, so they agree on the path.
process.env.SAM_E2E_DB ??= join(mkdtempSync(join(tmpdir(), 'sam-e2e-')), 'sam.db');

/** Where Playwright keeps its own Chromium, if this Playwright knows one. */
function playwrightChromium(): string | undefined {
  try {
    return chromium.executablePath();
  } catch {
    return undefined;
  }
}

export default defineConfig({
  testDir: 'e2e',
  // Specs only: e2e/support's unit tests (*.test.ts) run under Vitest.
  testMatch: '**/*.spec.ts',
  // e2e/upstream runs against a bare upstream with its own servers: playwright.upstream.config.ts.
  testIgnore: ['upstream/**'],
  // Per port: engineers running e2e side by side must not wipe each other's results.
  outputDir: `test-results/port-${E2E_PORT}`,
  fullyParallel: false,
  workers: 2,
  retries: 0,
  forbidOnly: true,
  // Limits to give up at, not waits: a test ends when it is done and an assertion as soon as the page agrees. A long
  // scenario took 72 s in a full run on a loaded 2-core machine (41 s alone), past the 60 s this once was.
  timeout: 180_000,
  expect: { timeout: 20_000 },
  reporter: [['list']],
  use: {
    baseURL: `http://127.0.0.1:${E2E_PORT}`,
    // The browser's language picks the console's first language: English here, so scenarios read as written;
    // the Japanese scenarios ask for ja-JP themselves.
    locale: 'en-US',
    screenshot: 'only-on-failure',
    trace: 'retain-on-failure',
    launchOptions: {
      // CHROME_PATH, else a system Chromium or Chrome, else Playwright's own (e2e/support/find-chromium.ts).
      executablePath: chromiumPathOrExit({
        chromePath: process.env.CHROME_PATH,
        playwrightPath: playwrightChromium(),
      }),
      args: [...CHROMIUM_ARGS],
    },
  },
  projects: [{ name: 'chromium', use: { browserName: 'chromium' } }],
  webServer: {
    command: 'npx tsx server/main.ts',
    url: `http://127.0.0.1:${E2E_PORT}/config.json`,
    reuseExistingServer: false,
    timeout: 120_000,
    stdout: 'ignore',
    stderr: 'pipe',
    env: {
      PORT: String(E2E_PORT),
      HOST: '127.0.0.1',
      SAM_DB: process.env.SAM_E2E_DB,
      SAM_SEED_EMAIL: E2E_ROOT.email,
      SAM_SEED_PASSWORD: E2E_ROOT.password,
      // Room for the specs' own users next to the demo ones.
      SAM_MAX_USERS: '500',
      LOG_LEVEL: 'warn',
    },
  },
});

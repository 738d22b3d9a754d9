// Playwright in upstream mode: the console server forwards /v1 to a bare upstream (e2e/support/bare-upstream.ts),
// which strips write bodies, nests error bodies and hides the MFA code, in front of a local SAM API on a fresh database.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { defineConfig } from '@playwright/test';
import baseConfig from './playwright.config.ts';
import { E2E_PORT, E2E_ROOT } from './e2e/support/env.ts';

process.env.SAM_E2E_UPSTREAM_DB ??= join(mkdtempSync(join(tmpdir(), 'sam-e2e-upstream-')), 'sam.db');
// Beside the console's port, so engineers running side by side do not collide (E2E_PORT+10 and +20).
const localApiPort = E2E_PORT + 10;
const bareUpstreamPort = E2E_PORT + 20;

export default defineConfig({
  ...baseConfig,
  testDir: 'e2e/upstream',
  testIgnore: [],
  outputDir: `test-results/upstream-port-${E2E_PORT}`,
  workers: 1,
  webServer: [
    {
      command: 'npx tsx server/main.ts',
      url: `http://127.0.0.1:${localApiPort}/config.json`,
      reuseExistingServer: false,
      timeout: 120_000,
      stdout: 'ignore',
      stderr: 'pipe',
      env: {
        PORT: String(localApiPort),
        HOST: '127.0.0.1',
        SAM_DB: process.env.SAM_E2E_UPSTREAM_DB,
        SAM_SEED_EMAIL: E2E_ROOT.email,
        SAM_SEED_PASSWORD: E2E_ROOT.password,
        LOG_LEVEL: 'warn',
      },
    },
    {
      command: `npx tsx e2e/support/bare-upstream.ts ${bareUpstreamPort} http://127.0.0.1:${localApiPort}`,
      url: `http://127.0.0.1:${bareUpstreamPort}/config.json`,
      reuseExistingServer: false,
      timeout: 60_000,
      stdout: 'ignore',
      stderr: 'pipe',
    },
    {
      command: 'npx tsx server/main.ts',
      url: `http://127.0.0.1:${E2E_PORT}/config.json`,
      reuseExistingServer: false,
      timeout: 120_000,
      stdout: 'ignore',
      stderr: 'pipe',
      env: {
        PORT: String(E2E_PORT),
        HOST: '127.0.0.1',
        SAM_UPSTREAM: `http://127.0.0.1:${bareUpstreamPort}`,
        LOG_LEVEL: 'warn',
      },
    },
  ],
});

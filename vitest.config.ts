// Unit, component and server tests. Browser scenarios live in e2e/ and run under Playwright.
import { defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';

export default defineConfig({
  plugins: [react()],
  test: {
    include: ['src/**/*.test.{ts,tsx}', 'server/**/*.test.ts', 'scripts/**/*.test.ts', 'e2e/**/*.test.ts'],
    environment: 'node',
    setupFiles: ['./src/test/setup.ts'],
    // A limit to give up at, not a wait: the review of a Full access draft took 14 s with the machine's load average
    // at 28 (2 cores), near the 20 s this once was.
    testTimeout: 60_000,
    // The same for set-up: a component test file starts the real local API (schemas compiled, root signed in with
    // scrypt) in beforeAll, which took over 10 s, Vitest's default, with the load average at 30.
    hookTimeout: 60_000,
  },
});

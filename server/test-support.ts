// Builds an in-process app on a fresh database with a seeded operator, for server tests to reuse.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { FastifyInstance, InjectOptions, LightMyRequestResponse } from 'fastify';
import { buildApp, type BuildAppOptions } from './app.ts';

export const TEST_ROOT_EMAIL = 'root@test.sam-console.local';
export const TEST_ROOT_PASSWORD = 'test-root-password';

/** The headers that carry a session, from a sign-in answer's body. */
export const sessionHeaders = (body: { apiKey: string; token: string }): Record<string, string> => ({
  'x-soracom-api-key': body.apiKey,
  'x-soracom-token': body.token,
});

export interface TestApp {
  app: FastifyInstance;
  operatorId: string;
  root: { email: string; password: string };
  /** Signs in as root and answers the headers later calls need. */
  rootHeaders(): Promise<Record<string, string>>;
  /** app.inject that fails loudly on a 5xx, which no test expects. */
  call(options: InjectOptions): Promise<LightMyRequestResponse>;
  /** Creates a SAM user and sets their console password, as root; fails the test on any refusal. */
  createUserWithPassword(userName: string, password?: string): Promise<void>;
  /** Signs in as a SAM user of the operator; fails the test on any refusal. */
  signInUser(userName: string, password: string): Promise<Record<string, string>>;
  /** Where the operator's paths start: `/v1/operators/OP.../`. */
  operatorPath: string;
  /** Closes the app and removes its temporary database folder. */
  close(): Promise<void>;
}

export type TestAppOptions = Omit<BuildAppOptions, 'seed' | 'db'> & { demoUsers?: boolean };

/**
 * A fresh app on a temporary database file with one operator (no demo users unless
 * `demoUsers` is set). Pass `options` to change the clock, limits or logger.
 */
export async function buildTestApp(options: TestAppOptions = {}): Promise<TestApp> {
  const { demoUsers = false, ...appOptions } = options;
  const dir = mkdtempSync(join(tmpdir(), 'sam-test-'));
  const app = await buildApp({
    dbPath: join(dir, 'sam.db'),
    ...appOptions,
    // 429s go at once unless a test asks to hold them (refusal-tarpit.test.ts does).
    security: { refusalDelayMs: 0, ...appOptions.security },
    seed: { email: TEST_ROOT_EMAIL, password: TEST_ROOT_PASSWORD, demoUsers },
  });
  const operatorId = app.samSeedOperatorId;
  if (!operatorId) throw new Error('the test operator was not seeded');

  const call = async (injectOptions: InjectOptions): Promise<LightMyRequestResponse> => {
    const response = await app.inject(injectOptions);
    if (response.statusCode >= 500) throw new Error(`Unexpected ${response.statusCode}: ${response.body}`);
    return response;
  };

  const operatorPath = `/v1/operators/${operatorId}`;
  const rootHeaders = async (): Promise<Record<string, string>> => {
    const response = await call({
      method: 'POST',
      url: '/v1/auth',
      payload: { email: TEST_ROOT_EMAIL, password: TEST_ROOT_PASSWORD },
    });
    if (response.statusCode !== 200) throw new Error(`root sign-in failed: ${response.body}`);
    return sessionHeaders(response.json<{ apiKey: string; token: string }>());
  };

  return {
    app,
    operatorId,
    root: { email: TEST_ROOT_EMAIL, password: TEST_ROOT_PASSWORD },
    operatorPath,
    call,
    rootHeaders,
    async createUserWithPassword(userName, password = 'user-password-1') {
      const headers = await rootHeaders();
      const created = await call({ method: 'POST', url: `${operatorPath}/users/${userName}`, headers });
      if (created.statusCode !== 201) throw new Error(`createUser ${userName}: ${created.body}`);
      const set = await call({
        method: 'POST',
        url: `${operatorPath}/users/${userName}/password`,
        headers,
        payload: { password },
      });
      if (set.statusCode !== 201) throw new Error(`createUserPassword ${userName}: ${set.body}`);
    },
    async signInUser(userName, password) {
      const response = await call({
        method: 'POST',
        url: '/v1/auth',
        payload: { operatorId, userName, password },
      });
      if (response.statusCode !== 200) throw new Error(`sign-in as ${userName} failed: ${response.body}`);
      return sessionHeaders(response.json<{ apiKey: string; token: string }>());
    },
    async close() {
      await app.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

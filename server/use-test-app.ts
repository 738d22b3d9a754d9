// useTestApp(): a fresh app with root signed in for each test of a file, closed after it (Vitest hooks; kept out of
// test-support.ts, which the component tests' API server process also loads).
import { afterEach, beforeEach } from 'vitest';
import { buildTestApp, type TestApp, type TestAppOptions } from './test-support.ts';

export interface TestAppInUse {
  /** The running test's app: one object for the whole file, whose calls go to that test's fresh app. */
  t: TestApp;
  /** Root's session headers in the running test's app (filled anew for each test). */
  root: Record<string, string>;
  /** Closes the running test's app and builds it anew with other options, root signed in again. */
  rebuild(options: TestAppOptions): Promise<void>;
}

/**
 * Gives each test of the file (or of the describe it is called in) a fresh app with root signed in, and
 * closes it after the test: the beforeEach and afterEach that every such file would otherwise write.
 * Register a beforeEach that the options read (a clock) before calling this; one that needs the app, after.
 */
export function useTestApp(options: TestAppOptions = {}): TestAppInUse {
  let current: TestApp | undefined;
  const app = (): TestApp => {
    if (!current) throw new Error('useTestApp: the app exists only while a test runs');
    return current;
  };
  const t: TestApp = {
    get app() {
      return app().app;
    },
    get operatorId() {
      return app().operatorId;
    },
    get root() {
      return app().root;
    },
    get operatorPath() {
      return app().operatorPath;
    },
    rootHeaders: () => app().rootHeaders(),
    call: (injectOptions) => app().call(injectOptions),
    createUserWithPassword: (userName, password) => app().createUserWithPassword(userName, password),
    signInUser: (userName, password) => app().signInUser(userName, password),
    close: () => app().close(),
  };
  const root: Record<string, string> = {};

  const start = async (startOptions: TestAppOptions) => {
    current = await buildTestApp(startOptions);
    const headers = await current.rootHeaders();
    for (const name of Object.keys(root)) delete root[name];
    Object.assign(root, headers);
  };
  const stop = async () => {
    const closing = current;
    current = undefined;
    await closing?.close();
  };

  beforeEach(() => start(options));
  afterEach(stop);

  return {
    t,
    root,
    async rebuild(rebuildOptions) {
      await stop();
      await start(rebuildOptions);
    },
  };
}

// One line at the top of a component test file: the real local API for its tests, and a clean DOM between them.
import { afterAll, afterEach, beforeAll } from 'vitest';
import { cleanup } from '@testing-library/react';
import { readSession, type Session } from '../api/index.ts';
import { startLiveApi, type LiveApi } from './live-api.ts';

export interface LiveApiHandle {
  readonly origin: string;
  readonly operatorId: string;
  /** The root session the API was signed in with, for a test that switched sessions to go back to. */
  readonly rootSession: Session;
}

/**
 * Starts the live API before the file's tests (signed in as root) and stops it after them, and
 * unmounts what each test rendered. Read the handle's fields inside tests, once the API is up.
 */
export function setUpLiveApi(): LiveApiHandle {
  let started: { api: LiveApi; root: Session } | null = null;
  beforeAll(async () => {
    const api = await startLiveApi();
    const root = readSession();
    if (!root) throw new Error('the live API did not leave a root session');
    started = { api, root };
  });
  afterAll(async () => {
    await started?.api.close();
  });
  afterEach(cleanup);

  const get = () => {
    if (!started) throw new Error('the live API is not up yet: read it inside a test, not at import time');
    return started;
  };
  return {
    get origin() {
      return get().api.origin;
    },
    get operatorId() {
      return get().api.operatorId;
    },
    get rootSession() {
      return get().root;
    },
  };
}

// @vitest-environment jsdom
// The session store: the session lives in sessionStorage only, and nothing of it survives its end.
import { afterEach, describe, expect, it } from 'vitest';
import { clearSession, readSession, writeSession, type Session } from './session-store.ts';

const session: Session = {
  apiKey: 'api-key',
  token: 'token',
  operatorId: 'OP0000000001',
  method: 'root',
};

afterEach(() => {
  clearSession();
});

describe('clearSession', () => {
  it('forgets the credentials and leaves nothing in storage', () => {
    writeSession(session);
    expect(readSession()).toEqual(session);
    clearSession();
    expect(readSession()).toBeNull();
    expect(sessionStorage.length).toBe(0);
    expect(localStorage.length).toBe(0);
  });
});

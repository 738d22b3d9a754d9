// @vitest-environment jsdom
// The session store: the session lives in sessionStorage only, and nothing of it survives its end but how it ended;
// and the hook that follows it.
import { afterEach, describe, expect, it } from 'vitest';
import { act, renderHook } from '@testing-library/react';
import { clearSession, getSessionState, readSession, writeSession, type Session } from './session-store.ts';
import { useSession } from './use-session.ts';

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

describe('how a session ended', () => {
  it('records the reason and the sign-in method with the end, and forgets both at the next sign-in', () => {
    writeSession({ ...session, method: 'authKey', userName: 'ci' });
    clearSession('expired');
    expect(getSessionState()).toMatchObject({ session: null, ended: 'expired', endedMethod: 'authKey' });
    writeSession(session);
    expect(getSessionState()).toMatchObject({ ended: null, endedMethod: null });
  });

  it('records nothing when no reason is given', () => {
    writeSession(session);
    clearSession();
    expect(getSessionState()).toMatchObject({ session: null, ended: null, endedMethod: null });
  });
});

describe('getSessionState', () => {
  it('is the same object until something in it changes (useSyncExternalStore needs that)', () => {
    writeSession(session);
    const first = getSessionState();
    expect(getSessionState()).toBe(first);
    clearSession('signed-out');
    expect(getSessionState()).not.toBe(first);
  });

  it('sees a session written to storage behind the store (devtools, another script)', () => {
    sessionStorage.setItem('sam-console.session', JSON.stringify(session));
    expect(readSession()).toMatchObject({ operatorId: 'OP0000000001' });
  });
});

describe('useSession', () => {
  it('re-renders a component on sign-in, on a switch to another user, and on sign-out', () => {
    const { result } = renderHook(() => useSession());
    expect(result.current).toBeNull();
    act(() => writeSession(session));
    expect(result.current).toMatchObject({ method: 'root' });
    act(() => writeSession({ ...session, method: 'user', userName: 'alice' }));
    expect(result.current).toMatchObject({ method: 'user', userName: 'alice' });
    act(() => clearSession('signed-out'));
    expect(result.current).toBeNull();
  });
});

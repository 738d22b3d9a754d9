// @vitest-environment jsdom
// The session store: the session lives in localStorage, shared by every tab, and nothing of it survives its end but
// how it ended (with the form to fill again, never a secret); and the hook that follows it.
import { afterEach, describe, expect, it } from 'vitest';
import { act, renderHook } from '@testing-library/react';
import {
  clearSession,
  getSessionState,
  readSession,
  renewSessionToken,
  writeSession,
  type Session,
} from './session-store.ts';
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

describe('across tabs', () => {
  it('follows a sign-in, a renewal and a sign-out made in another tab (the storage event)', () => {
    const { result } = renderHook(() => useSession());
    const otherTab = (value: Session | null) => {
      const raw = value ? JSON.stringify(value) : null;
      if (raw) localStorage.setItem('sam-console.session', raw);
      else localStorage.removeItem('sam-console.session');
      act(() => {
        window.dispatchEvent(new StorageEvent('storage', { key: 'sam-console.session', newValue: raw }));
      });
    };
    otherTab(session);
    expect(result.current).toMatchObject({ apiKey: 'api-key', token: 'token' });
    otherTab({ ...session, token: 'renewed' });
    expect(result.current).toMatchObject({ token: 'renewed' });
    otherTab(null);
    expect(result.current).toBeNull();
  });

  it('keeps how the session ended with its form (method, operator, user) for every tab, never the token', () => {
    writeSession({ ...session, method: 'user', userName: 'carol' });
    clearSession('idle');
    expect(getSessionState().endedSession).toEqual({
      how: 'idle',
      method: 'user',
      operatorId: 'OP0000000001',
      userName: 'carol',
    });
    expect(JSON.stringify({ ...localStorage })).not.toContain('api-key');
  });

  it('renews the token of the stored session only', () => {
    writeSession(session);
    renewSessionToken('another-key', 'stolen', 1);
    expect(readSession()?.token).toBe('token');
    renewSessionToken('api-key', 'renewed', 1_000);
    expect(readSession()).toMatchObject({ apiKey: 'api-key', token: 'renewed', expiresAt: 1_000 });
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
    localStorage.setItem('sam-console.session', JSON.stringify(session));
    expect(readSession()).toMatchObject({ operatorId: 'OP0000000001' });
  });

  it('takes nothing stored that is not a session the console wrote', () => {
    for (const stored of [
      { ...session, method: 'admin' },
      { ...session, token: 7 },
      { ...session, userName: 7 },
      { ...session, identity: ['root@example.com'] },
      { ...session, expiresAt: 'soon' },
    ]) {
      localStorage.setItem('sam-console.session', JSON.stringify(stored));
      expect(readSession(), JSON.stringify(stored)).toBeNull();
    }
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

// @vitest-environment jsdom
// Refused calls: remembered for the token that was refused, per user named, shared by the session's tabs, and forgotten
// with that token.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { act, renderHook } from '@testing-library/react';
import { recordRefusal, refusedCalls } from './refused-calls.ts';
import { clearSession, renewSessionToken, writeSession, type Session } from './session-store.ts';
import { useRefusedCalls } from './use-session.ts';
import { refusalKey } from '../lib/capability-verdicts.ts';

const session: Session = {
  apiKey: 'api-key',
  token: 'token-1',
  operatorId: 'OP0000000001',
  method: 'user',
  userName: 'bob',
};

afterEach(() => {
  clearSession();
});

describe('refused calls', () => {
  it('keeps a 403 for the user it named, for the token that carried it', () => {
    writeSession(session);
    recordRefusal('User:deleteUser', { userName: 'alice' }, 'token-1');
    recordRefusal('User:listUsers', {}, 'token-1');
    expect([...refusedCalls()]).toEqual([
      refusalKey('User:deleteUser', { userName: 'alice' }),
      refusalKey('User:listUsers'),
    ]);
    expect(refusedCalls().has(refusalKey('User:deleteUser', { userName: 'carol' }))).toBe(false);
  });

  it('ignores a late answer to a token that is no longer the session’s', () => {
    writeSession({ ...session, token: 'token-late' });
    recordRefusal('User:listUsers', {}, 'token-late');
    recordRefusal('User:deleteUser', {}, 'token-1');
    recordRefusal('User:deleteUser', {}, null);
    expect([...refusedCalls()]).toEqual([refusalKey('User:listUsers')]);
  });

  it('forgets them with a renewed token, a new session and a sign-out', () => {
    writeSession(session);
    recordRefusal('User:deleteUser', {}, 'token-1');
    expect(refusedCalls().size).toBeGreaterThan(0);
    renewSessionToken('api-key', 'token-2', Date.now() + 60_000);
    expect(refusedCalls().size).toBe(0);

    recordRefusal('User:deleteUser', {}, 'token-2');
    writeSession({ ...session, apiKey: 'other-key', token: 'token-3' });
    expect(refusedCalls().size).toBe(0);

    recordRefusal('User:deleteUser', {}, 'token-3');
    clearSession('signed-out');
    expect(refusedCalls().size).toBe(0);
  });

  it('re-renders a component when a refusal arrives', () => {
    writeSession({ ...session, token: 'token-hook' });
    const { result } = renderHook(() => useRefusedCalls());
    expect(result.current.size).toBe(0);
    act(() => recordRefusal('User:enableUserMFA', { userName: 'bob' }, 'token-hook'));
    expect(result.current.has(refusalKey('User:enableUserMFA', { userName: 'bob' }))).toBe(true);
  });

  it('are shared with the other tabs of the session, and with a tab opened later', async () => {
    writeSession({ ...session, token: 'token-shared' });
    recordRefusal('User:deleteUser', { userName: 'alice' }, 'token-shared');
    // A tab opened now: the same storage, its own copy of the module.
    vi.resetModules();
    const later = await import('./refused-calls.ts');
    expect(later.refusedCalls().has(refusalKey('User:deleteUser', { userName: 'alice' }))).toBe(true);

    // That tab is refused another call; this one hears of it as a browser tells a tab: a storage event.
    later.recordRefusal('User:generateUserAuthKey', { userName: 'alice' }, 'token-shared');
    const heard = () => refusedCalls().has(refusalKey('User:generateUserAuthKey', { userName: 'alice' }));
    expect(heard()).toBe(false);
    window.dispatchEvent(new StorageEvent('storage', { key: 'sam-console.refused-calls' }));
    expect(heard()).toBe(true);
    expect(localStorage.getItem('sam-console.refused-calls')).not.toContain('token-shared');

    // A renewed token starts with none, in every tab; signing out leaves no record behind.
    renewSessionToken('api-key', 'token-renewed', Date.now() + 60_000);
    expect(refusedCalls().size).toBe(0);
    expect(later.refusedCalls().size).toBe(0);
    clearSession('signed-out');
    expect(localStorage.getItem('sam-console.refused-calls')).toBeNull();
  });
});

// @vitest-environment jsdom
// Refused calls: remembered for the token that was refused, per user named, and forgotten with that token.
import { afterEach, describe, expect, it } from 'vitest';
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
});

// @vitest-environment jsdom
// A SAM user's documents as the console reads them from the real local API: their roles' documents come through
// getRole and count in the verdicts; a role that cannot be read leaves the verdicts "unknown", as before.
import { createElement, type ReactNode } from 'react';
import { beforeEach, describe, expect, it } from 'vitest';
import { renderHook, waitFor } from '@testing-library/react';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import {
  attachRole,
  auth,
  createRole,
  createUser,
  createUserPassword,
  generateAuthToken,
  readSession,
  sessionFromSignIn,
  updateUserPermission,
  writeSession,
} from '../api/index.ts';
import { renewSessionToken } from '../api/session-store.ts';
import { capabilitiesOf } from '../lib/capabilities.ts';
import { setUpLiveApi } from '../test/set-up-live-api.ts';
import { readPrincipalDocuments, useCapabilities } from './capabilities-queries.ts';

const live = setUpLiveApi();
beforeEach(() => writeSession(live.rootSession));

const reads = ['User:getUser', 'User:getUserPermission', 'User:getDefaultPermissions'];

/** A new user with this permission and one role granting createUser, signed in (the session is theirs). */
async function signedInUserWithRole(userName: string, api: readonly string[]) {
  const roleId = `${userName}-role`;
  await createUser({ userName });
  await createUserPassword({ userName, password: 'role-reader-pass-1' });
  await updateUserPermission({
    userName,
    permission: JSON.stringify({ statements: [{ effect: 'allow', api }] }),
  });
  await createRole({
    roleId,
    permission: JSON.stringify({ statements: [{ effect: 'allow', api: 'User:createUser' }] }),
  });
  await attachRole({ userName, roleId });
  const answer = await auth({ operatorId: live.operatorId, userName, password: 'role-reader-pass-1' });
  writeSession(sessionFromSignIn(answer, 'user', userName));
}

describe('readPrincipalDocuments', () => {
  it('reads each attached role with getRole, so what a role grants is allowed', async () => {
    await signedInUserWithRole('role-reader', [...reads, 'Role:getRole']);
    const documents = await readPrincipalDocuments('role-reader');
    expect(documents.roles).toHaveLength(1);
    const capabilities = capabilitiesOf({ kind: 'samUser', userName: 'role-reader' }, documents);
    expect(capabilities.complete).toBe(true);
    expect(capabilities.can('User:createUser', { userName: 'someone' })).toEqual({ kind: 'allowed' });
    expect(capabilities.can('User:deleteUser', { userName: 'someone' })).toEqual({
      kind: 'denied',
      api: 'User:deleteUser',
    });
  });

  it('leaves the verdicts unknown when a role cannot be read', async () => {
    await signedInUserWithRole('role-blind', reads);
    const documents = await readPrincipalDocuments('role-blind');
    expect(documents.roles).toBeUndefined();
    const capabilities = capabilitiesOf({ kind: 'samUser', userName: 'role-blind' }, documents);
    expect(capabilities.complete).toBe(false);
    expect(capabilities.can('User:createUser', { userName: 'someone' })).toEqual({ kind: 'unknown' });
  });
});

describe('useCapabilities', () => {
  it('reads the documents again with a renewed token, keeping the verdicts meanwhile', async () => {
    const userName = 'renewing-reader';
    const own = [...reads, 'Operator:generateAuthToken'];
    await createUser({ userName });
    await createUserPassword({ userName, password: 'renewing-reader-pass-1' });
    await updateUserPermission({
      userName,
      permission: JSON.stringify({ statements: [{ effect: 'allow', api: own }] }),
    });
    const answer = await auth({ operatorId: live.operatorId, userName, password: 'renewing-reader-pass-1' });
    writeSession(sessionFromSignIn(answer, 'user', userName));
    const client = new QueryClient();
    // What every render said of createUser, to see that no render in between said "unknown".
    const rendered: string[] = [];
    const { result } = renderHook(
      () => {
        const capabilities = useCapabilities();
        rendered.push(capabilities.can('User:createUser', { userName: 'someone' }).kind);
        return capabilities;
      },
      {
        wrapper: ({ children }: { children: ReactNode }) =>
          createElement(QueryClientProvider, { client }, children),
      },
    );
    await waitFor(() => expect(result.current.ready).toBe(true));
    expect(result.current.can('User:createUser', { userName: 'someone' })).toEqual({
      kind: 'denied',
      api: 'User:createUser',
    });

    // Root grants createUser; the token the user holds keeps what it was issued with, and so does the console.
    const mine = readSession();
    writeSession(live.rootSession);
    await updateUserPermission({
      userName,
      permission: JSON.stringify({ statements: [{ effect: 'allow', api: [...own, 'User:createUser'] }] }),
    });
    if (!mine) throw new Error('no session');
    writeSession(mine);
    await waitFor(() =>
      expect(result.current.can('User:createUser', { userName: 'someone' }).kind).toBe('denied'),
    );

    // The renewed token carries the new permission; the verdicts follow it, and never turn unknown on the way.
    const { token } = await generateAuthToken({ tokenTimeoutSeconds: 3600 });
    rendered.length = 0;
    renewSessionToken(mine.apiKey, token, Date.now() + 3_600_000);
    await waitFor(() =>
      expect(result.current.can('User:createUser', { userName: 'someone' }).kind).toBe('allowed'),
    );
    expect(rendered[0]).toBe('denied');
    expect(rendered.filter((kind) => kind === 'unknown')).toEqual([]);
  });
});

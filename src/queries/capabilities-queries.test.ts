// @vitest-environment jsdom
// A SAM user's documents as the console reads them from the real local API: their roles' documents come through
// getRole and count in the verdicts; a role that cannot be read leaves the verdicts "unknown", as before.
import { beforeEach, describe, expect, it } from 'vitest';
import {
  attachRole,
  auth,
  createRole,
  createUser,
  createUserPassword,
  sessionFromSignIn,
  updateUserPermission,
  writeSession,
} from '../api/index.ts';
import { capabilitiesOf } from '../lib/capabilities.ts';
import { setUpLiveApi } from '../test/set-up-live-api.ts';
import { readPrincipalDocuments } from './capabilities-queries.ts';

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

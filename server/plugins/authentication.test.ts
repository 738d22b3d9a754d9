// The auth hook: which calls need a session, which answer 401 or 403, and the operator in the path.
import { beforeEach, describe, expect, it } from 'vitest';
import { seedOperator } from '../store/seed.ts';
import { sessionHeaders } from '../test-support.ts';
import { useTestApp } from '../use-test-app.ts';

let clock: Date;
beforeEach(() => {
  clock = new Date('2026-11-28T10:00:00Z');
});
const { t, root: headers } = useTestApp({ now: () => clock });

const signIn = (payload: object) => t.call({ method: 'POST', url: '/v1/auth', payload });

describe('access', () => {
  it('a SAM user may log out and nothing else for now (403 naming the API)', async () => {
    await t.createUserWithPassword('alice');
    const session = sessionHeaders(
      (await signIn({ operatorId: t.operatorId, userName: 'alice', password: 'user-password-1' })).json(),
    );
    const calls: Array<[string, string, string]> = [
      ['GET', `${t.operatorPath}/users`, 'User:listUsers'],
      ['GET', `${t.operatorPath}/users/alice`, 'User:getUser'],
      ['POST', `${t.operatorPath}/users/mallory`, 'User:createUser'],
      ['PUT', `${t.operatorPath}/users/alice/password`, 'User:updateUserPassword'],
      ['POST', `${t.operatorPath}/token`, 'Operator:generateAuthToken'],
      ['GET', `${t.operatorPath}/users/default_permissions`, 'User:getDefaultPermissions'],
    ];
    for (const [method, url, api] of calls) {
      const res = await t.call({ method: method as 'GET', url, headers: session });
      expect(res.statusCode, url).toBe(403);
      expect(res.json()).toEqual({ code: 'SAM0201', message: `This user may not call ${api}.` });
    }
    expect(
      (await t.call({ method: 'GET', url: `${t.operatorPath}/users/mallory`, headers })).statusCode,
    ).toBe(404);
    expect((await t.call({ method: 'POST', url: '/v1/auth/logout', headers: session })).statusCode).toBe(204);
    expect(
      (await t.call({ method: 'GET', url: `${t.operatorPath}/users`, headers: session })).statusCode,
    ).toBe(401);
  });

  it("an AuthKey session is its user's session: same refusals", async () => {
    await t.call({ method: 'POST', url: `${t.operatorPath}/users/robot`, headers });
    const key = (
      await t.call({ method: 'POST', url: `${t.operatorPath}/users/robot/auth_keys`, headers })
    ).json();
    const session = sessionHeaders((await signIn({ authKeyId: key.authKeyId, authKey: key.authKey })).json());
    const res = await t.call({ method: 'DELETE', url: `${t.operatorPath}/users/robot`, headers: session });
    expect(res.statusCode).toBe(403);
    expect(res.json().message).toBe('This user may not call User:deleteUser.');
    // Deleting the key ends the sessions it opened.
    expect(
      (
        await t.call({
          method: 'DELETE',
          url: `${t.operatorPath}/users/robot/auth_keys/${key.authKeyId}`,
          headers,
        })
      ).statusCode,
    ).toBe(204);
    expect((await t.call({ method: 'POST', url: '/v1/auth/logout', headers: session })).statusCode).toBe(401);
  });

  it('a session reaches only its own operator', async () => {
    const store = t.app.samStore;
    if (!store) throw new Error('local mode has a store');
    const otherId = await seedOperator(store, {
      email: 'other@example.com',
      password: 'other-password',
      now: clock,
    });
    const other = sessionHeaders(
      (await signIn({ email: 'other@example.com', password: 'other-password' })).json(),
    );
    await t.call({ method: 'POST', url: `${t.operatorPath}/users/alice`, headers });
    for (const [method, url] of [
      ['GET', `${t.operatorPath}/users`],
      ['GET', `${t.operatorPath}/users/alice`],
      ['DELETE', `${t.operatorPath}/users/alice`],
      ['POST', `${t.operatorPath}/token`],
    ] as const) {
      const res = await t.call({ method, url, headers: other });
      expect(res.statusCode, url).toBe(403);
      expect(res.json().code).toBe('SAM0202');
    }
    expect((await t.call({ method: 'GET', url: `${t.operatorPath}/users/alice`, headers })).statusCode).toBe(
      200,
    );
    expect(
      (await t.call({ method: 'GET', url: `/v1/operators/${otherId}/users`, headers: other })).json(),
    ).toEqual([]);
  });

  it('revokeUserAuthTokens ends every session of that user', async () => {
    await t.createUserWithPassword('alice');
    const one = sessionHeaders(
      (await signIn({ operatorId: t.operatorId, userName: 'alice', password: 'user-password-1' })).json(),
    );
    const two = sessionHeaders(
      (await signIn({ operatorId: t.operatorId, userName: 'alice', password: 'user-password-1' })).json(),
    );
    expect(
      (await t.call({ method: 'DELETE', url: `${t.operatorPath}/users/alice/tokens`, headers })).statusCode,
    ).toBe(204);
    for (const session of [one, two]) {
      expect((await t.call({ method: 'POST', url: '/v1/auth/logout', headers: session })).statusCode).toBe(
        401,
      );
    }
    // Root's own session is untouched.
    expect((await t.call({ method: 'GET', url: `${t.operatorPath}/users`, headers })).statusCode).toBe(200);
    expect(
      (await t.call({ method: 'DELETE', url: `${t.operatorPath}/users/ghost/tokens`, headers })).statusCode,
    ).toBe(404);
  });
});

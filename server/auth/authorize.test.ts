// SAM-user sessions are authorized by the permission engine, over HTTP, as the browser's simulator predicts.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { buildTestApp, type TestApp } from '../test-support.ts';
import { ALWAYS_ALLOWED_APIS, evaluateCall, firstPermissionError } from '../../src/permissions/index.ts';
import { DEMO_USER_PASSWORD } from '../store/seed.ts';

let t: TestApp;
let root: Record<string, string>;

const doc = (...statements: object[]): string => JSON.stringify({ statements }, null, 2);
const userPath = (name: string) => `${t.operatorPath}/users/${name}`;

async function createUser(name: string, password: string, permission?: string): Promise<void> {
  expect((await t.call({ method: 'POST', url: userPath(name), headers: root })).statusCode).toBe(201);
  expect(
    (
      await t.call({
        method: 'POST',
        url: `${userPath(name)}/password`,
        headers: root,
        payload: { password },
      })
    ).statusCode,
  ).toBe(201);
  if (permission !== undefined) await setPermission(name, permission);
}

async function setPermission(name: string, permission: string): Promise<void> {
  const res = await t.call({
    method: 'PUT',
    url: `${userPath(name)}/permission`,
    headers: root,
    payload: { permission },
  });
  expect(res.statusCode, res.body).toBe(200);
}

async function signIn(userName: string, password: string): Promise<Record<string, string>> {
  const res = await t.call({
    method: 'POST',
    url: '/v1/auth',
    payload: { operatorId: t.operatorId, userName, password },
  });
  expect(res.statusCode, res.body).toBe(200);
  const body = res.json<{ apiKey: string; token: string }>();
  return { 'x-soracom-api-key': body.apiKey, 'x-soracom-token': body.token };
}

beforeEach(async () => {
  t = await buildTestApp();
  root = await t.rootHeaders();
});
afterEach(async () => t.close());

describe('authorization of SAM users by their permissions', () => {
  it('a user allowed only User:listUsers can list users but not create one (403 {code, message})', async () => {
    await createUser('alice', 'alice-password', doc({ effect: 'allow', api: 'User:listUsers' }));
    const alice = await signIn('alice', 'alice-password');

    const list = await t.call({ method: 'GET', url: `${t.operatorPath}/users`, headers: alice });
    expect(list.statusCode).toBe(200);
    expect(list.json<{ userName: string }[]>().map((user) => user.userName)).toEqual(['alice']);

    const create = await t.call({ method: 'POST', url: userPath('mallory'), headers: alice });
    expect(create.statusCode).toBe(403);
    expect(create.json()).toEqual({ code: 'SAM0201', message: 'This user may not call User:createUser.' });
    expect(
      (await t.call({ method: 'GET', url: `${t.operatorPath}/users`, headers: root })).json(),
    ).toHaveLength(1);

    expect((await t.call({ method: 'GET', url: userPath('alice'), headers: alice })).statusCode).toBe(403);
    // Logging out needs no statement.
    expect(
      (await t.call({ method: 'POST', url: '/v1/auth/logout', headers: alice })).statusCode,
    ).toBeLessThan(300);
  });

  it('a user without any permission can call nothing but logout (implicit deny)', async () => {
    await createUser('bare', 'bare-password');
    const bare = await signIn('bare', 'bare-password');
    expect((await t.call({ method: 'GET', url: `${t.operatorPath}/users`, headers: bare })).statusCode).toBe(
      403,
    );
    expect((await t.call({ method: 'POST', url: '/v1/auth/logout', headers: bare })).statusCode).toBeLessThan(
      300,
    );
  });

  it('combines the default permissions with the user permission; a deny in either wins', async () => {
    await createUser('alice', 'alice-password', doc({ effect: 'allow', api: 'User:*' }));
    const defaults = doc(
      { effect: 'deny', api: 'User:deleteUser' },
      { effect: 'allow', api: 'User:getDefaultPermissions' },
    );
    expect(
      (
        await t.call({
          method: 'PUT',
          url: `${t.operatorPath}/users/default_permissions`,
          headers: root,
          payload: { permissions: defaults },
        })
      ).statusCode,
    ).toBe(202);
    await createUser('bob', 'bob-password');
    const alice = await signIn('alice', 'alice-password');
    const bob = await signIn('bob', 'bob-password');

    expect((await t.call({ method: 'GET', url: userPath('bob'), headers: alice })).statusCode).toBe(200);
    const del = await t.call({ method: 'DELETE', url: userPath('bob'), headers: alice });
    expect(del.statusCode).toBe(403);
    expect(del.json()).toEqual({ code: 'SAM0201', message: 'This user may not call User:deleteUser.' });
    // Bob has no permission of his own: the defaults alone decide.
    expect(
      (await t.call({ method: 'GET', url: `${t.operatorPath}/users/default_permissions`, headers: bob }))
        .statusCode,
    ).toBe(200);
    expect((await t.call({ method: 'GET', url: `${t.operatorPath}/users`, headers: bob })).statusCode).toBe(
      403,
    );
  });

  it("pathVariable('user_name') == samUserName lets a user change only their own password", async () => {
    const ownPassword = doc({
      effect: 'allow',
      api: 'User:updateUserPassword',
      condition: "pathVariable('user_name') == samUserName",
    });
    await createUser('alice', 'alice-password', ownPassword);
    await createUser('bob', 'bob-password');
    const alice = await signIn('alice', 'alice-password');

    const others = await t.call({
      method: 'PUT',
      url: `${userPath('bob')}/password`,
      headers: alice,
      payload: { currentPassword: 'bob-password', newPassword: 'taken-over-1' },
    });
    expect(others.statusCode).toBe(403);
    expect(others.json()).toEqual({
      code: 'SAM0201',
      message: 'This user may not call User:updateUserPassword.',
    });
    await signIn('bob', 'bob-password');

    const own = await t.call({
      method: 'PUT',
      url: `${userPath('alice')}/password`,
      headers: alice,
      payload: { currentPassword: 'alice-password', newPassword: 'alice-password-2' },
    });
    expect(own.statusCode, own.body).toBe(200);
    await signIn('alice', 'alice-password-2');
  });

  it('reads the client address for ipAddress() conditions', async () => {
    await createUser(
      'alice',
      'alice-password',
      doc({ effect: 'allow', api: 'User:listUsers', condition: "ipAddress('10.1.0.0/16')" }),
    );
    const alice = await signIn('alice', 'alice-password');
    const from = async (remoteAddress: string) =>
      (await t.call({ method: 'GET', url: `${t.operatorPath}/users`, headers: alice, remoteAddress }))
        .statusCode;
    expect(await from('10.1.2.3')).toBe(200);
    expect(await from('10.2.0.1')).toBe(403);
  });
});

describe('a permission change reaches a signed-in user only at the next sign-in or after revocation', () => {
  it('an open session keeps its permissions; a new sign-in gets the new ones', async () => {
    await createUser('alice', 'alice-password', doc({ effect: 'allow', api: 'User:listUsers' }));
    const before = await signIn('alice', 'alice-password');
    await setPermission('alice', doc({ effect: 'allow', api: ['User:listUsers', 'User:createUser'] }));

    expect((await t.call({ method: 'POST', url: userPath('carol'), headers: before })).statusCode).toBe(403);
    const after = await signIn('alice', 'alice-password');
    expect((await t.call({ method: 'POST', url: userPath('carol'), headers: after })).statusCode).toBe(201);
    // The older session still runs on what it was given.
    expect((await t.call({ method: 'POST', url: userPath('dave'), headers: before })).statusCode).toBe(403);

    // Taking a right away works the same way: only new sessions lose it.
    await setPermission('alice', doc({ effect: 'deny', api: '*' }));
    expect((await t.call({ method: 'GET', url: `${t.operatorPath}/users`, headers: after })).statusCode).toBe(
      200,
    );
    const denied = await signIn('alice', 'alice-password');
    expect(
      (await t.call({ method: 'GET', url: `${t.operatorPath}/users`, headers: denied })).statusCode,
    ).toBe(403);
  });

  it('DELETE .../users/{name}/tokens ends every session of the user, so the next sign-in applies the change', async () => {
    await createUser('alice', 'alice-password', doc({ effect: 'allow', api: 'User:listUsers' }));
    await createUser('bob', 'bob-password', doc({ effect: 'allow', api: 'User:listUsers' }));
    const alice = await signIn('alice', 'alice-password');
    const bob = await signIn('bob', 'bob-password');
    await setPermission('alice', doc({ effect: 'deny', api: 'User:listUsers' }));
    expect((await t.call({ method: 'GET', url: `${t.operatorPath}/users`, headers: alice })).statusCode).toBe(
      200,
    );

    expect(
      (await t.call({ method: 'DELETE', url: `${userPath('alice')}/tokens`, headers: root })).statusCode,
    ).toBe(204);
    expect((await t.call({ method: 'GET', url: `${t.operatorPath}/users`, headers: alice })).statusCode).toBe(
      401,
    );
    expect((await t.call({ method: 'GET', url: `${t.operatorPath}/users`, headers: bob })).statusCode).toBe(
      200,
    );
    const again = await signIn('alice', 'alice-password');
    expect((await t.call({ method: 'GET', url: `${t.operatorPath}/users`, headers: again })).statusCode).toBe(
      403,
    );
  });
});

describe('the engine in the browser and the server agree', () => {
  it('for every call of a set of documents, the server answers 403 exactly when the engine (the simulator) denies', async () => {
    await createUser('alice', 'alice-password');
    await createUser('bob', 'bob-password');
    const defaults = doc({
      effect: 'allow',
      api: 'User:getUser',
      condition: "pathVariable('user_name') == samUserName",
    });
    expect(
      (
        await t.call({
          method: 'PUT',
          url: `${t.operatorPath}/users/default_permissions`,
          headers: root,
          payload: { permissions: defaults },
        })
      ).statusCode,
    ).toBe(202);
    const documents = [
      doc({ effect: 'allow', api: '*', condition: "httpMethod('GET')" }),
      doc(
        { effect: 'allow', api: ['User:list*', 'User:get*'] },
        { effect: 'deny', api: 'User:getUserPermission' },
      ),
      doc(
        { effect: 'allow', api: 'User:*', condition: "pathVariable('user_name') == samUserName" },
        { effect: 'deny', api: 'User:*', condition: "not ipAddress('127.0.0.0/8')" },
      ),
      doc(
        { effect: 'allow', api: '*' },
        {
          effect: 'deny',
          api: '*',
          condition: `currentDate >= date(${new Date().getUTCFullYear() + 1}, 1, 1)`,
        },
      ),
    ];
    const calls = [
      { api: 'User:listUsers', method: 'GET', url: '/users', pathVariables: {} },
      { api: 'User:getUser', method: 'GET', url: '/users/alice', pathVariables: { user_name: 'alice' } },
      { api: 'User:getUser', method: 'GET', url: '/users/bob', pathVariables: { user_name: 'bob' } },
      {
        api: 'User:getUserPermission',
        method: 'GET',
        url: '/users/alice/permission',
        pathVariables: { user_name: 'alice' },
      },
      {
        api: 'User:listUserAuthKeys',
        method: 'GET',
        url: '/users/bob/auth_keys',
        pathVariables: { user_name: 'bob' },
      },
      {
        api: 'User:getDefaultPermissions',
        method: 'GET',
        url: '/users/default_permissions',
        pathVariables: {},
      },
      {
        api: 'User:updateUser',
        method: 'PUT',
        url: '/users/alice',
        pathVariables: { user_name: 'alice' },
        payload: { description: 'me' },
      },
      {
        api: 'User:updateUser',
        method: 'PUT',
        url: '/users/bob',
        pathVariables: { user_name: 'bob' },
        payload: { description: 'not me' },
      },
    ] as const;
    let allowedCount = 0;
    for (const permission of documents) {
      await setPermission('alice', permission);
      const alice = await signIn('alice', 'alice-password');
      for (const c of calls) {
        const expected = evaluateCall(
          { user: permission, defaults },
          {
            api: c.api,
            method: c.method,
            pathVariables: { operator_id: t.operatorId, ...c.pathVariables },
            clientIp: '127.0.0.1',
            now: new Date(),
            samUserName: 'alice',
          },
        );
        const res = await t.call({
          method: c.method,
          url: `${t.operatorPath}${c.url}`,
          headers: alice,
          ...('payload' in c ? { payload: c.payload } : {}),
        });
        expect(res.statusCode === 403, `${permission}\n${c.method} ${c.url}: ${expected.reason}`).toBe(
          !expected.allowed,
        );
        if (expected.allowed) allowedCount++;
      }
    }
    // The set exercises both answers.
    expect(allowedCount).toBeGreaterThan(5);
    expect(allowedCount).toBeLessThan(documents.length * calls.length - 5);
  });

  it('the operations the simulator shows as always allowed are those the server lets through under a deny of everything', async () => {
    await createUser('alice', 'alice-password', doc({ effect: 'deny', api: '*' }));
    expect(ALWAYS_ALLOWED_APIS).toEqual(['Auth:logout']);
    // The engine alone would deny it: the simulator and the server both apply the shared list first.
    expect(
      evaluateCall({ user: doc({ effect: 'deny', api: '*' }) }, { api: 'Auth:logout', method: 'POST' })
        .allowed,
    ).toBe(false);
    const alice = await signIn('alice', 'alice-password');
    expect((await t.call({ method: 'GET', url: `${t.operatorPath}/users`, headers: alice })).statusCode).toBe(
      403,
    );
    expect(
      (await t.call({ method: 'POST', url: '/v1/auth/logout', headers: alice })).statusCode,
    ).toBeLessThan(300);
  });

  it("the demo users' documents are valid and behave as the seed describes them", async () => {
    const demo = await buildTestApp({ demoUsers: true });
    try {
      const rootHeaders = await demo.rootHeaders();
      const defaults = (
        await demo.call({
          method: 'GET',
          url: `${demo.operatorPath}/users/default_permissions`,
          headers: rootHeaders,
        })
      ).json<{ defaultPermissions: string }>();
      expect(firstPermissionError(defaults.defaultPermissions)).toBeNull();
      const users = (
        await demo.call({ method: 'GET', url: `${demo.operatorPath}/users`, headers: rootHeaders })
      ).json<{ userName: string; permission?: string }[]>();
      const withPermission = users.filter((user) => user.permission !== undefined);
      expect(withPermission.map((user) => user.userName).sort()).toEqual([
        'alice-admin',
        'bob-viewer',
        'carol-self-service',
        'ci-deployer',
      ]);
      for (const user of withPermission)
        expect(firstPermissionError(user.permission ?? ''), user.userName).toBeNull();
      const signInDemo = async (userName: string) => {
        const body = (
          await demo.call({
            method: 'POST',
            url: '/v1/auth',
            payload: { operatorId: demo.operatorId, userName, password: DEMO_USER_PASSWORD },
          })
        ).json<{ apiKey: string; token: string }>();
        return { 'x-soracom-api-key': body.apiKey, 'x-soracom-token': body.token };
      };
      const bob = await signInDemo('bob-viewer');
      expect(
        (await demo.call({ method: 'GET', url: `${demo.operatorPath}/users`, headers: bob })).statusCode,
      ).toBe(200);
      expect(
        (await demo.call({ method: 'DELETE', url: `${demo.operatorPath}/users/dave-new`, headers: bob }))
          .statusCode,
      ).toBe(403);
      const carol = await signInDemo('carol-self-service');
      // The default permissions let her read herself, not others.
      expect(
        (
          await demo.call({
            method: 'GET',
            url: `${demo.operatorPath}/users/carol-self-service`,
            headers: carol,
          })
        ).statusCode,
      ).toBe(200);
      expect(
        (await demo.call({ method: 'GET', url: `${demo.operatorPath}/users/bob-viewer`, headers: carol }))
          .statusCode,
      ).toBe(403);
      // ...and what she may do: her own permission and the defaults, not bob's permission.
      const read = async (url: string) =>
        (await demo.call({ method: 'GET', url, headers: carol })).statusCode;
      expect(await read(`${demo.operatorPath}/users/carol-self-service/permission`)).toBe(200);
      expect(await read(`${demo.operatorPath}/users/default_permissions`)).toBe(200);
      expect(await read(`${demo.operatorPath}/users/bob-viewer/permission`)).toBe(403);
    } finally {
      await demo.close();
    }
  });
});

// The permission engine the browser's simulator runs and the server's authorization agree, call by call.
import { describe, expect, it } from 'vitest';
import { buildTestApp } from '../test-support.ts';
import { useTestApp } from '../use-test-app.ts';
import { ALWAYS_ALLOWED_APIS, evaluateCall, firstPermissionError } from '../../src/permissions/index.ts';
import { DEMO_USER_PASSWORD } from '../store/seed.ts';
import { routeHelpers } from '../routes/route-test-kit.ts';

const { t, root } = useTestApp();

// Pretty-printed, as the console saves them: line and column in diagnostics stay meaningful.
const doc = (...statements: object[]): string => JSON.stringify({ statements }, null, 2);

const { createUser, setPermission } = routeHelpers(() => ({ t, root }));

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
      const alice = await t.signInUser('alice', 'alice-password');
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
    const alice = await t.signInUser('alice', 'alice-password');
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

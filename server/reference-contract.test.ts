// The local API answers every SAM User operation as Soracom's reference says (its committed digest), tried over real HTTP.
import type { AddressInfo } from 'node:net';
import { TOTP, URI } from 'otpauth';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ReferenceContract, operationsOf, readYamlDocument, OUR_OPENAPI_URL } from './contract-check.ts';
import { arrayOf, referenceClient, stringField } from './reference-client.ts';
import { buildTestApp, type TestApp } from './test-support.ts';

const reference = ReferenceContract.load();
const SIGN_IN_AND_TOKENS = ['auth', 'logout', 'generateAuthToken', 'revokeUserAuthTokens'];

describe('a client driving the local API over HTTP, judged by the reference', () => {
  let t: TestApp;
  let base: string;
  let clock = new Date('2026-11-28T09:00:05Z');
  const userName = 'contract-alice';
  const userPassword = 'first-password-1';
  const newUserPassword = 'second-password-2';
  let root: Record<string, string> = {};
  let vars: Record<string, string> = {};

  const { send, succeed, fail, covered } = referenceClient(reference, { base: () => base, vars: () => vars });

  const USER = '/operators/{operator_id}/users/{user_name}';
  const asRoot = () => ({ headers: root });

  beforeAll(async () => {
    t = await buildTestApp({ now: () => clock });
    await t.app.listen({ port: 0, host: '127.0.0.1' });
    const address = t.app.server.address() as AddressInfo;
    base = `http://127.0.0.1:${address.port}`;
    vars = { operator_id: t.operatorId, user_name: userName };
  });
  afterAll(async () => t.close());

  it('signs in as root (auth) and reads and sets the default permissions', async () => {
    const signedIn = await succeed(
      {
        operationId: 'auth',
        method: 'POST',
        path: '/auth',
        body: { email: t.root.email, password: t.root.password },
      },
      200,
    );
    expect(stringField(signedIn.json, 'operatorId')).toBe(t.operatorId);
    root = {
      'X-Soracom-API-Key': stringField(signedIn.json, 'apiKey'),
      'X-Soracom-Token': stringField(signedIn.json, 'token'),
    };

    const path = '/operators/{operator_id}/users/default_permissions';
    await succeed({ operationId: 'getDefaultPermissions', method: 'GET', path, ...asRoot() }, 200);
    const permissions = JSON.stringify({
      statements: [{ effect: 'allow', api: ['User:getUser', 'User:getUserMFAStatus'] }],
    });
    await succeed(
      { operationId: 'updateDefaultPermissions', method: 'PUT', path, body: { permissions }, ...asRoot() },
      202,
    );
    const after = await succeed(
      { operationId: 'getDefaultPermissions', method: 'GET', path, ...asRoot() },
      200,
    );
    expect(JSON.parse(stringField(after.json, 'defaultPermissions'))).toEqual(JSON.parse(permissions));
  });

  it('creates, reads, lists and updates a SAM user', async () => {
    const before = await succeed(
      { operationId: 'listUsers', method: 'GET', path: '/operators/{operator_id}/users', ...asRoot() },
      200,
    );
    expect(arrayOf(before.json).map((user) => user.userName)).not.toContain(userName);

    await succeed(
      {
        operationId: 'createUser',
        method: 'POST',
        path: USER,
        body: { description: 'made by the contract test' },
        ...asRoot(),
      },
      201,
    );
    await fail({ operationId: 'createUser', method: 'POST', path: USER, body: {}, ...asRoot() }, 400);

    const got = await succeed({ operationId: 'getUser', method: 'GET', path: USER, ...asRoot() }, 200);
    expect(got.json).toMatchObject({
      userName,
      description: 'made by the contract test',
      hasPassword: false,
      authKeyList: [],
    });
    await succeed(
      {
        operationId: 'updateUser',
        method: 'PUT',
        path: USER,
        body: { description: 'renamed purpose' },
        ...asRoot(),
      },
      200,
    );
    const listed = await succeed(
      { operationId: 'listUsers', method: 'GET', path: '/operators/{operator_id}/users', ...asRoot() },
      200,
    );
    expect(arrayOf(listed.json).find((user) => user.userName === userName)).toMatchObject({
      description: 'renamed purpose',
    });
  });

  it('sets, checks, changes the password and the permission, and the user signs in', async () => {
    const path = `${USER}/password`;
    const none = await succeed({ operationId: 'hasUserPassword', method: 'GET', path, ...asRoot() }, 200);
    expect(none.json).toEqual({ hasPassword: false });
    // The reference documents deleteUserPassword's 404 as "a password must be registered first".
    await fail({ operationId: 'deleteUserPassword', method: 'DELETE', path, ...asRoot() }, 404);
    await succeed(
      {
        operationId: 'createUserPassword',
        method: 'POST',
        path,
        body: { password: userPassword },
        ...asRoot(),
      },
      201,
    );
    const some = await succeed({ operationId: 'hasUserPassword', method: 'GET', path, ...asRoot() }, 200);
    expect(some.json).toEqual({ hasPassword: true });
    await succeed(
      {
        operationId: 'updateUserPassword',
        method: 'PUT',
        path,
        body: { currentPassword: userPassword, newPassword: newUserPassword },
        ...asRoot(),
      },
      200,
    );

    const permissionPath = `${USER}/permission`;
    const permission = JSON.stringify({ statements: [{ effect: 'allow', api: '*' }] });
    await succeed(
      { operationId: 'getUserPermission', method: 'GET', path: permissionPath, ...asRoot() },
      200,
    );
    await succeed(
      {
        operationId: 'updateUserPermission',
        method: 'PUT',
        path: permissionPath,
        body: { permission, description: 'everything' },
        ...asRoot(),
      },
      200,
    );
    const stored = await succeed(
      { operationId: 'getUserPermission', method: 'GET', path: permissionPath, ...asRoot() },
      200,
    );
    expect(JSON.parse(stringField(stored.json, 'permission'))).toEqual(JSON.parse(permission));

    await fail(
      {
        operationId: 'auth',
        method: 'POST',
        path: '/auth',
        body: { operatorId: t.operatorId, userName, password: userPassword },
      },
      401,
    );
    const user = await succeed(
      {
        operationId: 'auth',
        method: 'POST',
        path: '/auth',
        body: { operatorId: t.operatorId, userName, password: newUserPassword },
      },
      200,
    );
    expect(stringField(user.json, 'userName')).toBe(userName);
  });

  it('generates, lists, reads an AuthKey, signs in with it, then deletes it', async () => {
    const path = `${USER}/auth_keys`;
    const generated = await succeed(
      { operationId: 'generateUserAuthKey', method: 'POST', path, ...asRoot() },
      200,
    );
    const authKeyId = stringField(generated.json, 'authKeyId');
    const authKey = stringField(generated.json, 'authKey');
    const listed = await succeed({ operationId: 'listUserAuthKeys', method: 'GET', path, ...asRoot() }, 200);
    expect(arrayOf(listed.json).map((key) => key.authKeyId)).toEqual([authKeyId]);
    const one = await succeed(
      {
        operationId: 'getUserAuthKey',
        method: 'GET',
        path: `${path}/{auth_key_id}`,
        vars: { auth_key_id: authKeyId },
        ...asRoot(),
      },
      200,
    );
    expect(one.json).not.toHaveProperty('authKey');

    const viaKey = await succeed(
      { operationId: 'auth', method: 'POST', path: '/auth', body: { authKeyId, authKey } },
      200,
    );
    expect(stringField(viaKey.json, 'userName')).toBe(userName);

    await succeed(
      {
        operationId: 'deleteUserAuthKey',
        method: 'DELETE',
        path: `${path}/{auth_key_id}`,
        vars: { auth_key_id: authKeyId },
        ...asRoot(),
      },
      204,
    );
    await fail(
      {
        operationId: 'deleteUserAuthKey',
        method: 'DELETE',
        path: `${path}/{auth_key_id}`,
        vars: { auth_key_id: authKeyId },
        ...asRoot(),
      },
      404,
    );
    await fail({ operationId: 'auth', method: 'POST', path: '/auth', body: { authKeyId, authKey } }, 401);
    const empty = await succeed({ operationId: 'listUserAuthKeys', method: 'GET', path, ...asRoot() }, 200);
    expect(empty.json).toEqual([]);
  });

  it('enables MFA, verifies it with a real TOTP code, signs in with a code, ends the sessions, revokes MFA', async () => {
    const path = `${USER}/mfa`;
    const status = async () =>
      stringField(
        (await succeed({ operationId: 'getUserMFAStatus', method: 'GET', path, ...asRoot() }, 200)).json,
        'status',
      );
    expect(await status()).toBe('INACTIVE');
    const enabled = await succeed({ operationId: 'enableUserMFA', method: 'POST', path, ...asRoot() }, 200);
    const totp = URI.parse(stringField(enabled.json, 'totpUri'));
    if (!(totp instanceof TOTP)) throw new Error('the totpUri is not a TOTP URI');
    expect(await status()).toBe('UNCONFIRMED');
    await succeed(
      {
        operationId: 'verifyUserMFA',
        method: 'POST',
        path: `${path}/verify`,
        body: { mfaOTPCode: totp.generate({ timestamp: clock.getTime() }) },
        ...asRoot(),
      },
      204,
    );
    expect(await status()).toBe('ACTIVE');

    // A code works once per 30 s step: move to the next step for the sign-in's own code.
    clock = new Date(clock.getTime() + 30_000);
    const credentials = { operatorId: t.operatorId, userName, password: newUserPassword };
    await fail({ operationId: 'auth', method: 'POST', path: '/auth', body: credentials }, 401);
    const user = await succeed(
      {
        operationId: 'auth',
        method: 'POST',
        path: '/auth',
        body: { ...credentials, mfaOTPCode: totp.generate({ timestamp: clock.getTime() }) },
      },
      200,
    );
    const headers = {
      'X-Soracom-API-Key': stringField(user.json, 'apiKey'),
      'X-Soracom-Token': stringField(user.json, 'token'),
    };
    // Whether the user may read themselves is the permission engine's business (200 or 403);
    // what revokeUserAuthTokens changes is whether the session is recognised at all (401).
    const live = await send({ operationId: 'getUser', method: 'GET', path: USER, headers });
    expect(live.status, live.text).not.toBe(401);

    await succeed(
      { operationId: 'revokeUserAuthTokens', method: 'DELETE', path: `${USER}/tokens`, ...asRoot() },
      204,
    );
    const ended = await send({ operationId: 'getUser', method: 'GET', path: USER, headers });
    expect(ended.status).toBe(401);
    expect(Object.keys(ended.json as object).sort()).toEqual(['code', 'message']);

    await succeed({ operationId: 'revokeUserMFA', method: 'DELETE', path, ...asRoot() }, 204);
    expect(await status()).toBe('INACTIVE');
  });

  it('renews the root token (generateAuthToken): the old token stops working', async () => {
    const renewed = await succeed(
      {
        operationId: 'generateAuthToken',
        method: 'POST',
        path: '/operators/{operator_id}/token',
        body: { tokenTimeoutSeconds: 3600 },
        ...asRoot(),
      },
      200,
    );
    const old = root;
    root = { ...root, 'X-Soracom-Token': stringField(renewed.json, 'token') };
    expect(
      (
        await send({
          operationId: 'listUsers',
          method: 'GET',
          path: '/operators/{operator_id}/users',
          headers: old,
        })
      ).status,
    ).toBe(401);
    await succeed(
      { operationId: 'listUsers', method: 'GET', path: '/operators/{operator_id}/users', ...asRoot() },
      200,
    );
  });

  it('answers missing things with the 404 the reference lists, in the flat error shape', async () => {
    const missing = { user_name: 'no-such-user' };
    await fail({ operationId: 'deleteUser', method: 'DELETE', path: USER, vars: missing, ...asRoot() }, 404);
    await fail(
      {
        operationId: 'updateUser',
        method: 'PUT',
        path: USER,
        vars: missing,
        body: { description: 'x' },
        ...asRoot(),
      },
      404,
    );
    await fail(
      {
        operationId: 'deleteUserPassword',
        method: 'DELETE',
        path: `${USER}/password`,
        vars: missing,
        ...asRoot(),
      },
      404,
    );
    await fail(
      {
        operationId: 'deleteUserAuthKey',
        method: 'DELETE',
        path: `${USER}/auth_keys/{auth_key_id}`,
        vars: { auth_key_id: 'keyId-missing' },
        ...asRoot(),
      },
      404,
    );

    // The reference lists no error for getUserAuthKey; our openapi.yaml promises 404, in the same flat shape.
    const ours = operationsOf(readYamlDocument(OUR_OPENAPI_URL)).get('getUserAuthKey');
    expect(ours?.statuses).toContain('404');
    const unknownKey = await send({
      operationId: 'getUserAuthKey',
      method: 'GET',
      path: `${USER}/auth_keys/{auth_key_id}`,
      vars: { auth_key_id: 'keyId-missing' },
      ...asRoot(),
    });
    expect(unknownKey.status).toBe(404);
    expect(Object.keys(unknownKey.json as object).sort()).toEqual(['code', 'message']);
    expect(stringField(unknownKey.json, 'code')).toMatch(/^[A-Z]{3}[0-9]{4}$/);
  });

  it('removes the password and the user, then logs out', async () => {
    await succeed(
      { operationId: 'deleteUserPassword', method: 'DELETE', path: `${USER}/password`, ...asRoot() },
      204,
    );
    await succeed({ operationId: 'deleteUser', method: 'DELETE', path: USER, ...asRoot() }, 204);
    await fail({ operationId: 'deleteUser', method: 'DELETE', path: USER, ...asRoot() }, 404);
    const listed = await succeed(
      { operationId: 'listUsers', method: 'GET', path: '/operators/{operator_id}/users', ...asRoot() },
      200,
    );
    expect(arrayOf(listed.json).map((user) => user.userName)).not.toContain(userName);

    await succeed({ operationId: 'logout', method: 'POST', path: '/auth/logout', ...asRoot() }, 204);
    expect(
      (
        await send({
          operationId: 'listUsers',
          method: 'GET',
          path: '/operators/{operator_id}/users',
          ...asRoot(),
        })
      ).status,
    ).toBe(401);
  });

  it('covered every operation of UserApi.md, plus sign-in, logout and the token calls', () => {
    const wanted = reference.digest.userApiOperations;
    expect(wanted).toHaveLength(21);
    expect([...wanted, ...SIGN_IN_AND_TOKENS].filter((operationId) => !covered.has(operationId))).toEqual([]);
  });
});

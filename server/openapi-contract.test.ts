// The server serves exactly the operations of openapi.yaml, with the document's own schemas.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  DESCRIPTION_MAX,
  PASSWORD_MIN,
  TOKEN_TIMEOUT_MAX,
  TOKEN_TIMEOUT_MIN,
  USER_NAME_PATTERN,
} from '../src/lib/sam-rules.ts';
import { loadContract } from './openapi-contract.ts';
import { buildTestApp, type TestApp } from './test-support.ts';

const operations = loadContract();

describe('openapi.yaml as loaded by the server', () => {
  it('lists the User and Role operations, revokeUserAuthTokens, sign-in, switching user, logout, token renewal, the audit log and /config.json', () => {
    expect(operations.map((op) => op.api).sort()).toEqual(
      [
        'Auth:auth',
        'Auth:logout',
        'Auth:switchUser',
        'AuditLog:getApiAuditLogs',
        'Operator:generateAuthToken',
        'Console:getConsoleConfig',
        'User:listUsers',
        'User:getUser',
        'User:createUser',
        'User:updateUser',
        'User:deleteUser',
        'User:createUserPassword',
        'User:hasUserPassword',
        'User:updateUserPassword',
        'User:deleteUserPassword',
        'User:listUserAuthKeys',
        'User:generateUserAuthKey',
        'User:getUserAuthKey',
        'User:deleteUserAuthKey',
        'User:getUserPermission',
        'User:updateUserPermission',
        'User:getDefaultPermissions',
        'User:updateDefaultPermissions',
        'User:enableUserMFA',
        'User:verifyUserMFA',
        'User:getUserMFAStatus',
        'User:revokeUserMFA',
        'User:revokeUserAuthTokens',
        'User:deleteUserPermission',
        'User:deleteDefaultPermissions',
        'User:getUserTrustPolicy',
        'User:updateUserTrustPolicy',
        'User:deleteUserTrustPolicy',
        'Role:listRoles',
        'Role:getRole',
        'Role:createRole',
        'Role:updateRole',
        'Role:deleteRole',
        'Role:listRoleAttachedUsers',
        'Role:listRoleVersions',
        'Role:listUserRoles',
        'Role:attachRole',
        'Role:detachRole',
      ].sort(),
    );
  });

  it('resolves $refs into plain JSON schemas that agree with the shared rules', () => {
    const byId = new Map(operations.map((op) => [op.operationId, op]));
    const password = byId.get('createUserPassword')?.bodySchema;
    expect(password).toMatchObject({
      type: 'object',
      additionalProperties: false,
      required: ['password'],
      properties: { password: { type: 'string', minLength: PASSWORD_MIN } },
    });
    expect(JSON.stringify(operations)).not.toContain('$ref');
    expect(byId.get('auth')?.bodySchema).toMatchObject({
      properties: { tokenTimeoutSeconds: { minimum: TOKEN_TIMEOUT_MIN, maximum: TOKEN_TIMEOUT_MAX } },
    });
    expect(byId.get('getUser')?.paramsSchema).toMatchObject({ required: ['operator_id', 'user_name'] });
    expect(byId.get('auth')?.isPublic).toBe(true);
    expect(byId.get('logout')?.isPublic).toBe(false);
    expect(byId.get('getConsoleConfig')?.outsideApiPrefix).toBe(true);
  });

  it('checks user names and descriptions by the rules the console’s forms use', () => {
    const byId = new Map(operations.map((op) => [op.operationId, op]));
    const nameSchema = byId.get('createUser')?.paramsSchema?.properties;
    const userName =
      nameSchema && typeof nameSchema === 'object' && !Array.isArray(nameSchema)
        ? nameSchema.user_name
        : undefined;
    if (
      !userName ||
      typeof userName !== 'object' ||
      Array.isArray(userName) ||
      typeof userName.pattern !== 'string'
    ) {
      throw new Error('createUser has no user_name pattern');
    }
    const { pattern, minLength, maxLength } = userName;
    const serverAccepts = (name: string) =>
      new RegExp(pattern).test(name) && name.length >= Number(minLength) && name.length <= Number(maxLength);
    for (const name of [
      'a',
      'alice-admin',
      'ci.bot@example.com',
      'a+b=c,d_e',
      'x'.repeat(100),
      '',
      'x'.repeat(101),
      'has space',
      'slash/no',
      'ünï',
      'tab\t',
    ]) {
      expect(serverAccepts(name), name).toBe(USER_NAME_PATTERN.test(name));
    }
    expect(byId.get('createUser')?.bodySchema).toMatchObject({
      properties: { description: { maxLength: DESCRIPTION_MAX } },
    });
    expect(byId.get('updateUser')?.bodySchema).toMatchObject({
      properties: { description: { maxLength: DESCRIPTION_MAX } },
    });
  });
});

describe('every operation in the document', () => {
  let t: TestApp;
  let headers: Record<string, string>;
  beforeAll(async () => {
    t = await buildTestApp();
    headers = await t.rootHeaders();
  });
  afterAll(async () => t.close());

  it('is routed (never the unknown-route 404), and needs a session unless public', async () => {
    for (const op of operations) {
      const path = op.openapiPath
        .replace('{operator_id}', t.operatorId)
        .replace('{user_name}', 'nobody')
        .replace('{auth_key_id}', 'keyId-none');
      const url = op.outsideApiPrefix ? path : `/v1${path}`;
      const anonymous = await t.call({ method: op.method, url });
      if (op.isPublic) {
        expect(anonymous.statusCode, op.api).not.toBe(401);
      } else {
        expect(anonymous.statusCode, op.api).toBe(401);
      }
      if (op.operationId === 'logout') continue;
      const signedIn = await t.call({ method: op.method, url, headers });
      expect(signedIn.json<{ code?: string }>().code, op.api).not.toBe('SAM0404');
    }
  });
});

describe('bad input never causes a 5xx', () => {
  let t: TestApp;
  let headers: Record<string, string>;
  beforeAll(async () => {
    t = await buildTestApp();
    headers = await t.rootHeaders();
    await t.call({ method: 'POST', url: `${t.operatorPath}/users/target`, headers });
  });
  afterAll(async () => t.close());

  it('answers 4xx with {code, message} to arbitrary JSON bodies and raw text', async () => {
    const withBody = operations.filter((op) => op.bodySchema && !op.outsideApiPrefix);
    expect(withBody.length).toBeGreaterThan(5);
    const samples: string[] = [
      '',
      ' ',
      'null',
      'true',
      '0',
      '"x"',
      '[]',
      '{',
      '{"a":',
      '{"__proto__":{"polluted":1}}',
      '{"constructor":{"prototype":{"x":1}}}',
      '\u0000',
      '{"description":"\\ud800"}',
      '[{}]',
      '1e999',
      JSON.stringify({ password: 12345678 }),
      JSON.stringify({ permission: null }),
      JSON.stringify({ tokenTimeoutSeconds: 1.5 }),
      JSON.stringify({ email: 'x', password: 'y', extra: { deep: [1, 2, 3] } }),
      JSON.stringify({ mfaOTPCode: ['123456'] }),
    ];
    for (const op of withBody) {
      const url = `/v1${op.openapiPath.replace('{operator_id}', t.operatorId).replace('{user_name}', 'target')}`;
      for (const payload of samples) {
        const res = await t.call({
          method: op.method,
          url,
          headers: { ...headers, 'content-type': 'application/json' },
          payload,
        });
        expect(res.statusCode, `${op.api} ${payload}`).toBeLessThan(500);
        if (op.operationId === 'generateAuthToken' && res.statusCode === 200) {
          headers = { ...headers, 'x-soracom-token': res.json<{ token: string }>().token };
        }
        // The session must survive every sample, so each one really reached validation.
        if (op.operationId !== 'auth') expect(res.statusCode, `${op.api} ${payload}`).not.toBe(401);
        if (res.statusCode >= 400) {
          expect(Object.keys(res.json()).sort(), `${op.api} ${payload}`).toEqual(['code', 'message']);
        }
      }
    }
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('answers a body that is not JSON in the same shape: 400 for text, 415 for other types', async () => {
    const url = `${t.operatorPath}/users/target/password`;
    const text = await t.call({
      method: 'POST',
      url,
      headers: { ...headers, 'content-type': 'text/plain' },
      payload: 'password=hunter22',
    });
    expect(text.statusCode).toBe(400);
    expect(text.json()).toEqual({ code: 'SAM0004', message: 'body: must be a JSON object' });
    const form = await t.call({
      method: 'POST',
      url,
      headers: { ...headers, 'content-type': 'application/x-www-form-urlencoded' },
      payload: 'password=hunter22',
    });
    expect(form.statusCode).toBe(415);
    expect(form.json().code).toBe('SAM0415');
  });
});

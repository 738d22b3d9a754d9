// Permission documents over HTTP: a user's own and the operator's defaults, and what a token keeps.
import { beforeEach, describe, expect, it } from 'vitest';
import { authenticate } from '../auth/sessions.ts';
import { useTestApp } from '../use-test-app.ts';

const { t, root: headers } = useTestApp();
const permissionPath = () => `${t.operatorPath}/users/alice/permission`;
const defaultsPath = () => `${t.operatorPath}/users/default_permissions`;
const ALLOW_LIST = JSON.stringify({ statements: [{ effect: 'allow', api: 'User:listUsers' }] });

beforeEach(async () => {
  await t.call({ method: 'POST', url: `${t.operatorPath}/users/alice`, headers });
});

describe('user permission', () => {
  it('is empty until set, then answers what was stored (also in UserDetail)', async () => {
    expect((await t.call({ method: 'GET', url: permissionPath(), headers })).json()).toEqual({
      permission: '',
    });
    expect(
      (await t.call({ method: 'GET', url: `${t.operatorPath}/users/alice`, headers })).json(),
    ).not.toHaveProperty('permission');
    const put = await t.call({
      method: 'PUT',
      url: permissionPath(),
      headers,
      payload: { permission: ALLOW_LIST },
    });
    expect(put.statusCode).toBe(200);
    expect((await t.call({ method: 'GET', url: permissionPath(), headers })).json()).toEqual({
      permission: ALLOW_LIST,
    });
    expect(
      (await t.call({ method: 'GET', url: `${t.operatorPath}/users/alice`, headers })).json().permission,
    ).toBe(ALLOW_LIST);
  });

  it('refuses a document that is not JSON or has no statements array, naming the field', async () => {
    for (const permission of ['{not json', '[]', '{"statement":[]}', '""']) {
      const res = await t.call({ method: 'PUT', url: permissionPath(), headers, payload: { permission } });
      expect(res.statusCode, permission).toBe(400);
      expect(res.json().code).toBe('SAM0008');
      expect(res.json().message).toMatch(/^permission: the permission document is invalid: /);
    }
    const notString = await t.call({
      method: 'PUT',
      url: permissionPath(),
      headers,
      payload: { permission: { statements: [] } },
    });
    expect(notString.json()).toEqual({ code: 'SAM0004', message: 'permission: must be a string' });
    expect((await t.call({ method: 'GET', url: permissionPath(), headers })).json()).toEqual({
      permission: '',
    });
  });

  it('answers 404 for a missing user', async () => {
    const url = `${t.operatorPath}/users/ghost/permission`;
    expect((await t.call({ method: 'GET', url, headers })).statusCode).toBe(404);
    expect(
      (await t.call({ method: 'PUT', url, headers, payload: { permission: ALLOW_LIST } })).statusCode,
    ).toBe(404);
  });
});

describe('default permissions', () => {
  it('start empty, are replaced with 202, and are checked like a user permission', async () => {
    expect((await t.call({ method: 'GET', url: defaultsPath(), headers })).json()).toEqual({
      defaultPermissions: '{"statements":[]}',
    });
    const put = await t.call({
      method: 'PUT',
      url: defaultsPath(),
      headers,
      payload: { permissions: ALLOW_LIST },
    });
    expect(put.statusCode).toBe(202);
    expect((await t.call({ method: 'GET', url: defaultsPath(), headers })).json()).toEqual({
      defaultPermissions: ALLOW_LIST,
    });
    const bad = await t.call({
      method: 'PUT',
      url: defaultsPath(),
      headers,
      payload: { permissions: 'nope' },
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().message).toMatch(/^permissions: /);
    const singular = await t.call({
      method: 'PUT',
      url: defaultsPath(),
      headers,
      payload: { permission: ALLOW_LIST },
    });
    expect(singular.json()).toEqual({ code: 'SAM0002', message: 'permissions: is required' });
    const extra = await t.call({
      method: 'PUT',
      url: defaultsPath(),
      headers,
      payload: { permissions: ALLOW_LIST, note: 'x' },
    });
    expect(extra.json()).toEqual({ code: 'SAM0003', message: "unknown field 'note'" });
  });
});

describe('permissions fixed into a token', () => {
  it('a session keeps the documents of its sign-in; a new sign-in sees the change', async () => {
    await t.call({
      method: 'POST',
      url: `${t.operatorPath}/users/alice/password`,
      headers,
      payload: { password: 'alice-password' },
    });
    await t.call({ method: 'PUT', url: permissionPath(), headers, payload: { permission: ALLOW_LIST } });
    await t.call({
      method: 'PUT',
      url: defaultsPath(),
      headers,
      payload: { permissions: '{"statements":[{"effect":"deny","api":"*"}]}' },
    });
    const signIn = async () =>
      (
        await t.call({
          method: 'POST',
          url: '/v1/auth',
          payload: { operatorId: t.operatorId, userName: 'alice', password: 'alice-password' },
        })
      ).json();
    const store = t.app.samStore;
    if (!store) throw new Error('local mode has a store');
    const first = await signIn();
    await t.call({
      method: 'PUT',
      url: permissionPath(),
      headers,
      payload: { permission: '{"statements":[]}' },
    });
    const second = await signIn();

    const sessionOf = (body: { apiKey: string; token: string }) =>
      authenticate(store, body.apiKey, body.token, new Date());
    const a = sessionOf(first);
    const b = sessionOf(second);
    if (a.kind !== 'samUser' || b.kind !== 'samUser') throw new Error('SAM-user sessions expected');
    expect(a.principal).toEqual({
      operatorId: t.operatorId,
      userName: 'alice',
      userPermission: ALLOW_LIST,
      defaultPermissions: '{"statements":[{"effect":"deny","api":"*"}]}',
      roles: [],
    });
    expect(b.principal.userPermission).toBe('{"statements":[]}');
  });
});

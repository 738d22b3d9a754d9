// The SAM user resource over HTTP: list, read, create, update, delete, limits and input checks.
import { describe, expect, it } from 'vitest';
import { useTestApp } from '../use-test-app.ts';

const { t, root: headers, rebuild } = useTestApp({ now: () => new Date('2026-11-28T10:00:00Z') });

const usersPath = () => `${t.operatorPath}/users`;

describe('createUser', () => {
  it('answers 201 with the new UserDetail, times in UNIX seconds', async () => {
    const res = await t.call({
      method: 'POST',
      url: `${usersPath()}/alice`,
      headers,
      payload: { description: 'Ops' },
    });
    expect(res.statusCode).toBe(201);
    expect(res.json()).toEqual({
      userName: 'alice',
      description: 'Ops',
      hasPassword: false,
      authKeyList: [],
      roleList: [],
      createDateTime: 1795860000,
      updateDateTime: 1795860000,
    });
  });

  it('accepts no body at all, and an empty body sent as JSON', async () => {
    expect((await t.call({ method: 'POST', url: `${usersPath()}/bare`, headers })).statusCode).toBe(201);
    const res = await t.call({
      method: 'POST',
      url: `${usersPath()}/bare2`,
      headers: { ...headers, 'content-type': 'application/json' },
      payload: '',
    });
    expect(res.statusCode).toBe(201);
    expect(res.json()).toMatchObject({ userName: 'bare2', description: '' });
  });

  it('refuses a name that is taken with 400 and a clear message', async () => {
    await t.call({ method: 'POST', url: `${usersPath()}/alice`, headers });
    const res = await t.call({ method: 'POST', url: `${usersPath()}/alice`, headers });
    expect(res.statusCode).toBe(400);
    expect(res.json()).toEqual({ code: 'SAM0302', message: "A SAM user named 'alice' already exists." });
  });

  it('refuses an invalid user name, naming the field', async () => {
    for (const name of ['bad%20name', 'a'.repeat(101), 'slash%2Fname', '%C3%A9t%C3%A9']) {
      const res = await t.call({ method: 'POST', url: `${usersPath()}/${name}`, headers });
      expect(res.statusCode, name).toBe(400);
      expect(res.json().code).toBe('SAM0006');
      expect(res.json().message).toMatch(/^user_name: /);
    }
  });

  it('refuses unknown fields, wrong types, too long descriptions and bad JSON', async () => {
    const cases: Array<[unknown, string, string]> = [
      [{ foo: 1 }, 'SAM0003', "unknown field 'foo'"],
      [{ description: 5 }, 'SAM0004', 'description: must be a string'],
      [{ description: 'x'.repeat(1001) }, 'SAM0005', 'description: must be at most 1000 characters'],
      [[], 'SAM0004', 'body: must be a JSON object'],
    ];
    for (const [payload, code, message] of cases) {
      const res = await t.call({
        method: 'POST',
        url: `${usersPath()}/u1`,
        headers,
        payload: payload as object,
      });
      expect(res.statusCode).toBe(400);
      expect(res.json()).toEqual({ code, message });
    }
    const bad = await t.call({
      method: 'POST',
      url: `${usersPath()}/u1`,
      headers: { ...headers, 'content-type': 'application/json' },
      payload: '{"description": ',
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().code).toBe('SAM0001');
    const listed = await t.call({ method: 'GET', url: usersPath(), headers });
    expect(listed.json()).toEqual([]);
  });

  it('stops at the per-operator limit with its own code', async () => {
    await rebuild({ maxUsers: 2 });
    expect((await t.call({ method: 'POST', url: `${usersPath()}/u1`, headers })).statusCode).toBe(201);
    expect((await t.call({ method: 'POST', url: `${usersPath()}/u2`, headers })).statusCode).toBe(201);
    const third = await t.call({ method: 'POST', url: `${usersPath()}/u3`, headers });
    expect(third.statusCode).toBe(400);
    expect(third.json()).toEqual({
      code: 'SAM0303',
      message: 'This operator already has the maximum of 2 SAM users.',
    });
  });

  it("applies Soracom's limit of 50 by default", async () => {
    for (let i = 0; i < 50; i += 1) {
      expect((await t.call({ method: 'POST', url: `${usersPath()}/user${i}`, headers })).statusCode).toBe(
        201,
      );
    }
    const over = await t.call({ method: 'POST', url: `${usersPath()}/one-too-many`, headers });
    expect(over.statusCode).toBe(400);
    expect(over.json().code).toBe('SAM0303');
  });
});

describe('listUsers and getUser', () => {
  it('list every user by name with full details, and one user alone', async () => {
    await t.call({ method: 'POST', url: `${usersPath()}/zoe`, headers });
    await t.call({ method: 'POST', url: `${usersPath()}/adam`, headers, payload: { description: 'first' } });
    const key = (await t.call({ method: 'POST', url: `${usersPath()}/adam/auth_keys`, headers })).json();
    const list = await t.call({ method: 'GET', url: usersPath(), headers });
    expect(list.statusCode).toBe(200);
    const users = list.json<Array<{ userName: string; authKeyList: Array<{ authKeyId: string }> }>>();
    expect(users.map((u) => u.userName)).toEqual(['adam', 'zoe']);
    expect(users[0]?.authKeyList).toEqual([{ authKeyId: key.authKeyId, createDateTime: 1795860000 }]);
    const one = await t.call({ method: 'GET', url: `${usersPath()}/adam`, headers });
    expect(one.json()).toMatchObject({
      userName: 'adam',
      description: 'first',
      hasPassword: false,
      roleList: [],
    });
    expect(JSON.stringify(one.json())).not.toContain('secret-');
  });

  it('answers 404 for a user that does not exist', async () => {
    const res = await t.call({ method: 'GET', url: `${usersPath()}/ghost`, headers });
    expect(res.statusCode).toBe(404);
    expect(res.json()).toEqual({ code: 'SAM0301', message: "No SAM user named 'ghost'." });
  });
});

describe('updateUser and deleteUser', () => {
  it('updates the description and answers the stored user', async () => {
    await t.call({ method: 'POST', url: `${usersPath()}/alice`, headers, payload: { description: 'old' } });
    const res = await t.call({
      method: 'PUT',
      url: `${usersPath()}/alice`,
      headers,
      payload: { description: 'new' },
    });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ userName: 'alice', description: 'new' });
    expect((await t.call({ method: 'GET', url: `${usersPath()}/alice`, headers })).json().description).toBe(
      'new',
    );
  });

  it('refuses an update without a body, and 404s for a missing user', async () => {
    await t.call({ method: 'POST', url: `${usersPath()}/alice`, headers });
    const noBody = await t.call({ method: 'PUT', url: `${usersPath()}/alice`, headers });
    expect(noBody.statusCode).toBe(400);
    const missing = await t.call({
      method: 'PUT',
      url: `${usersPath()}/ghost`,
      headers,
      payload: { description: 'x' },
    });
    expect(missing.statusCode).toBe(404);
  });

  it('deletes the user with their AuthKeys, then 404s', async () => {
    await t.call({ method: 'POST', url: `${usersPath()}/alice`, headers });
    const key = (await t.call({ method: 'POST', url: `${usersPath()}/alice/auth_keys`, headers })).json();
    expect((await t.call({ method: 'DELETE', url: `${usersPath()}/alice`, headers })).statusCode).toBe(204);
    expect((await t.call({ method: 'GET', url: `${usersPath()}/alice`, headers })).statusCode).toBe(404);
    expect((await t.call({ method: 'DELETE', url: `${usersPath()}/alice`, headers })).statusCode).toBe(404);
    const signIn = await t.call({
      method: 'POST',
      url: '/v1/auth',
      payload: { authKeyId: key.authKeyId, authKey: key.authKey },
    });
    expect(signIn.statusCode).toBe(401);
    // The name is free again, with nothing left over.
    await t.call({ method: 'POST', url: `${usersPath()}/alice`, headers });
    expect(
      (await t.call({ method: 'GET', url: `${usersPath()}/alice`, headers })).json().authKeyList,
    ).toEqual([]);
  });
});

describe('unknown routes', () => {
  it('answer 404 in the flat error shape', async () => {
    const res = await t.call({ method: 'GET', url: '/v1/nothing/here', headers });
    expect(res.statusCode).toBe(404);
    expect(res.json()).toEqual({ code: 'SAM0404', message: 'No such resource: GET /v1/nothing/here' });
    const wrongMethod = await t.call({ method: 'PATCH', url: `${usersPath()}/alice`, headers });
    expect(wrongMethod.statusCode).toBe(404);
  });
});

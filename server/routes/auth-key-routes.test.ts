// AuthKeys over HTTP: generate (the secret shown only once), list, read, delete, and sign-in with a key.
import { beforeEach, describe, expect, it } from 'vitest';
import { useTestApp } from '../use-test-app.ts';

const { t, root: headers } = useTestApp({ now: () => new Date('2026-11-28T10:00:00Z') });
const userPath = (rest = '') => `${t.operatorPath}/users/alice${rest}`;

beforeEach(async () => {
  expect((await t.call({ method: 'POST', url: userPath(), headers })).statusCode).toBe(201);
});

describe('AuthKeys', () => {
  it('generate returns the secret once; list and get never do', async () => {
    const res = await t.call({ method: 'POST', url: userPath('/auth_keys'), headers });
    expect(res.statusCode).toBe(200);
    const key = res.json<{ authKeyId: string; authKey: string }>();
    expect(key.authKeyId).toMatch(/^keyId-[0-9a-f]{32}$/);
    expect(key.authKey).toMatch(/^secret-[0-9a-f]{64}$/);

    const list = await t.call({ method: 'GET', url: userPath('/auth_keys'), headers });
    expect(list.json()).toEqual([{ authKeyId: key.authKeyId, createDateTime: 1795860000 }]);
    const one = await t.call({ method: 'GET', url: userPath(`/auth_keys/${key.authKeyId}`), headers });
    expect(one.json()).toEqual({ authKeyId: key.authKeyId, createDateTime: 1795860000 });
    for (const body of [
      list.body,
      one.body,
      (await t.call({ method: 'GET', url: userPath(), headers })).body,
    ]) {
      expect(body).not.toContain(key.authKey);
    }
  });

  it('delete removes the key; missing keys and users answer 404', async () => {
    const first = (await t.call({ method: 'POST', url: userPath('/auth_keys'), headers })).json();
    const second = (await t.call({ method: 'POST', url: userPath('/auth_keys'), headers })).json();
    expect(
      (await t.call({ method: 'DELETE', url: userPath(`/auth_keys/${first.authKeyId}`), headers }))
        .statusCode,
    ).toBe(204);
    const left = (await t.call({ method: 'GET', url: userPath('/auth_keys'), headers })).json();
    expect(left.map((k: { authKeyId: string }) => k.authKeyId)).toEqual([second.authKeyId]);

    const again = await t.call({ method: 'DELETE', url: userPath(`/auth_keys/${first.authKeyId}`), headers });
    expect(again.statusCode).toBe(404);
    expect(again.json().code).toBe('SAM0304');
    expect(
      (await t.call({ method: 'GET', url: userPath(`/auth_keys/${first.authKeyId}`), headers })).statusCode,
    ).toBe(404);
    expect(
      (await t.call({ method: 'GET', url: `${t.operatorPath}/users/ghost/auth_keys`, headers })).statusCode,
    ).toBe(404);
    expect(
      (await t.call({ method: 'POST', url: `${t.operatorPath}/users/ghost/auth_keys`, headers })).statusCode,
    ).toBe(404);
  });

  it('answers 404, not a 5xx, when the user is deleted while a key for them is being made', async () => {
    // Generating hashes the secret (asynchronous) before storing the key: the delete lands in between.
    const [generated, deleted] = await Promise.all([
      t.app.inject({ method: 'POST', url: userPath('/auth_keys'), headers }),
      t.app.inject({ method: 'DELETE', url: userPath(), headers }),
    ]);
    expect(deleted.statusCode).toBe(204);
    expect(generated.statusCode).toBe(404);
    expect(generated.json().code).toBe('SAM0301');
  });

  it('a key is reachable only under its own user', async () => {
    await t.call({ method: 'POST', url: `${t.operatorPath}/users/bob`, headers });
    const key = (await t.call({ method: 'POST', url: userPath('/auth_keys'), headers })).json();
    const viaBob = `${t.operatorPath}/users/bob/auth_keys/${key.authKeyId}`;
    expect((await t.call({ method: 'GET', url: viaBob, headers })).statusCode).toBe(404);
    expect((await t.call({ method: 'DELETE', url: viaBob, headers })).statusCode).toBe(404);
    expect(
      (await t.call({ method: 'GET', url: userPath(`/auth_keys/${key.authKeyId}`), headers })).statusCode,
    ).toBe(200);
  });
});

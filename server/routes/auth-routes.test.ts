// Sign-in (POST /auth), logout and token renewal, and how long a session lasts.
import { beforeEach, describe, expect, it } from 'vitest';
import { openSession } from '../auth/sessions.ts';
import { sessionHeaders } from '../test-support.ts';
import { useTestApp } from '../use-test-app.ts';

let clock: Date;
beforeEach(() => {
  clock = new Date('2026-11-28T10:00:00Z');
});
const { t, root: headers } = useTestApp({ now: () => clock });

const signIn = (payload: object) => t.call({ method: 'POST', url: '/v1/auth', payload });

describe('POST /auth', () => {
  it('signs root in with email and password', async () => {
    const res = await signIn({ email: t.root.email, password: t.root.password });
    expect(res.statusCode).toBe(200);
    const body = res.json();
    expect(body.operatorId).toBe(t.operatorId);
    expect(body.apiKey).toMatch(/^api-[0-9a-f-]{36}$/);
    expect(body.token.length).toBeGreaterThanOrEqual(22);
    expect(body).not.toHaveProperty('userName');
  });

  it('answers 401 to a wrong password or an unknown email, with the same message', async () => {
    const wrong = await signIn({ email: t.root.email, password: 'not-the-password' });
    const unknown = await signIn({ email: 'nobody@example.com', password: t.root.password });
    expect(wrong.statusCode).toBe(401);
    expect(unknown.statusCode).toBe(401);
    expect(wrong.json()).toEqual(unknown.json());
    expect(wrong.json().code).toBe('SAM0101');
  });

  it('signs a SAM user in with operatorId, userName and password', async () => {
    await t.createUserWithPassword('alice');
    const res = await signIn({ operatorId: t.operatorId, userName: 'alice', password: 'user-password-1' });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ operatorId: t.operatorId, userName: 'alice' });
    const wrong = await signIn({ operatorId: t.operatorId, userName: 'alice', password: 'user-password-2' });
    expect(wrong.statusCode).toBe(401);
    const noPassword = await t.call({ method: 'POST', url: `${t.operatorPath}/users/bob`, headers });
    expect(noPassword.statusCode).toBe(201);
    expect(
      (await signIn({ operatorId: t.operatorId, userName: 'bob', password: 'anything-at-all' })).statusCode,
    ).toBe(401);
  });

  it('signs in with an AuthKey as its user and records when it was used', async () => {
    await t.call({ method: 'POST', url: `${t.operatorPath}/users/robot`, headers });
    const key = (
      await t.call({ method: 'POST', url: `${t.operatorPath}/users/robot/auth_keys`, headers })
    ).json();
    const before = (
      await t.call({
        method: 'GET',
        url: `${t.operatorPath}/users/robot/auth_keys/${key.authKeyId}`,
        headers,
      })
    ).json();
    expect(before).not.toHaveProperty('lastUsedDateTime');
    clock = new Date('2026-11-28T11:00:00Z');
    const res = await signIn({ authKeyId: key.authKeyId, authKey: key.authKey });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ operatorId: t.operatorId, userName: 'robot' });
    const after = (
      await t.call({
        method: 'GET',
        url: `${t.operatorPath}/users/robot/auth_keys/${key.authKeyId}`,
        headers,
      })
    ).json();
    expect(after.lastUsedDateTime).toBe(Math.floor(clock.getTime() / 1000));
    expect((await signIn({ authKeyId: key.authKeyId, authKey: `${key.authKey}x` })).statusCode).toBe(401);
  });

  it("records each user's last sign-in (password or AuthKey) without moving updateDateTime", async () => {
    await t.createUserWithPassword('carol');
    const getCarol = async () =>
      (await t.call({ method: 'GET', url: `${t.operatorPath}/users/carol`, headers })).json();
    const created = await getCarol();
    expect(created).not.toHaveProperty('lastSignInDateTime');

    clock = new Date('2026-11-28T12:00:00Z');
    expect(
      (await signIn({ operatorId: t.operatorId, userName: 'carol', password: 'wrong-password-1' }))
        .statusCode,
    ).toBe(401);
    expect(await getCarol()).not.toHaveProperty('lastSignInDateTime');
    expect(
      (await signIn({ operatorId: t.operatorId, userName: 'carol', password: 'user-password-1' })).statusCode,
    ).toBe(200);
    const afterPassword = await getCarol();
    expect(afterPassword.lastSignInDateTime).toBe(Math.floor(clock.getTime() / 1000));
    expect(afterPassword.updateDateTime).toBe(created.updateDateTime);

    const key = (
      await t.call({ method: 'POST', url: `${t.operatorPath}/users/carol/auth_keys`, headers })
    ).json();
    clock = new Date('2026-11-28T13:00:00Z');
    expect((await signIn({ authKeyId: key.authKeyId, authKey: key.authKey })).statusCode).toBe(200);
    const list = (await t.call({ method: 'GET', url: `${t.operatorPath}/users`, headers })).json();
    const listed = list.find((user: { userName: string }) => user.userName === 'carol');
    expect(listed.lastSignInDateTime).toBe(Math.floor(clock.getTime() / 1000));
  });

  it('refuses mixed or incomplete credentials and bad timeouts with 400', async () => {
    const bad: Array<[object, string]> = [
      [{}, 'SAM0007'],
      [{ email: t.root.email }, 'SAM0007'],
      [{ email: t.root.email, password: 'x', authKeyId: 'keyId-x', authKey: 'y' }, 'SAM0007'],
      [{ operatorId: t.operatorId, password: 'x' }, 'SAM0007'],
      [{ email: t.root.email, password: 'x', tokenTimeoutSeconds: 179 }, 'SAM0005'],
      [{ email: t.root.email, password: 'x', tokenTimeoutSeconds: 172801 }, 'SAM0005'],
      [{ email: t.root.email, password: 'x', tokenTimeoutSeconds: '600' }, 'SAM0004'],
      [{ email: t.root.email, password: 'x', remember: true }, 'SAM0003'],
    ];
    for (const [payload, code] of bad) {
      const res = await signIn(payload);
      expect(res.statusCode, JSON.stringify(payload)).toBe(400);
      expect(res.json().code, JSON.stringify(payload)).toBe(code);
    }
    const range = await signIn({ email: t.root.email, password: 'x', tokenTimeoutSeconds: 179 });
    expect(range.json().message).toBe('tokenTimeoutSeconds: must be at least 180');
  });

  it('answers 401, not a 5xx, when the user or the key went while the secret was being checked', async () => {
    // Sign-in checks the secret (scrypt, asynchronous) and only then opens the session: a delete can land in between.
    const store = t.app.samStore;
    if (!store) throw new Error('no local store');
    await t.createUserWithPassword('leaver');
    const key = (
      await t.call({ method: 'POST', url: `${t.operatorPath}/users/leaver/auth_keys`, headers })
    ).json();
    expect(
      (
        await t.call({
          method: 'DELETE',
          url: `${t.operatorPath}/users/leaver/auth_keys/${key.authKeyId}`,
          headers,
        })
      ).statusCode,
    ).toBe(204);
    expect(() =>
      openSession(
        store,
        { operatorId: t.operatorId, userName: 'leaver', authKeyId: key.authKeyId },
        600,
        clock,
      ),
    ).toThrow(expect.objectContaining({ code: 'SAM0101', status: 401 }));
    expect(
      (await t.call({ method: 'DELETE', url: `${t.operatorPath}/users/leaver`, headers })).statusCode,
    ).toBe(204);
    expect(() => openSession(store, { operatorId: t.operatorId, userName: 'leaver' }, 600, clock)).toThrow(
      expect.objectContaining({ code: 'SAM0101', status: 401 }),
    );
  });
});

describe('sessions', () => {
  it("401 without headers, with a wrong token, or with a key and someone else's token", async () => {
    const url = `${t.operatorPath}/users`;
    const none = await t.call({ method: 'GET', url });
    expect(none.statusCode).toBe(401);
    expect(none.json().code).toBe('AUM0001');
    const onlyKey = await t.call({
      method: 'GET',
      url,
      headers: { 'x-soracom-api-key': headers['x-soracom-api-key'] ?? '' },
    });
    expect(onlyKey.statusCode).toBe(401);
    const wrong = await t.call({ method: 'GET', url, headers: { ...headers, 'x-soracom-token': 'nope' } });
    expect(wrong.statusCode).toBe(401);
    expect(wrong.json().code).toBe('AUM0002');
    const other = await t.rootHeaders();
    const crossed = await t.call({
      method: 'GET',
      url,
      headers: { ...headers, 'x-soracom-token': other['x-soracom-token'] ?? '' },
    });
    expect(crossed.statusCode).toBe(401);
  });

  it('logout ends the session (204) and the token answers 401 afterwards', async () => {
    const url = `${t.operatorPath}/users`;
    expect((await t.call({ method: 'GET', url, headers })).statusCode).toBe(200);
    expect((await t.call({ method: 'POST', url: '/v1/auth/logout', headers })).statusCode).toBe(204);
    expect((await t.call({ method: 'GET', url, headers })).statusCode).toBe(401);
    expect((await t.call({ method: 'POST', url: '/v1/auth/logout', headers })).statusCode).toBe(401);
  });

  it('a token expires after tokenTimeoutSeconds', async () => {
    const body = (
      await signIn({ email: t.root.email, password: t.root.password, tokenTimeoutSeconds: 180 })
    ).json();
    const url = `${t.operatorPath}/users`;
    clock = new Date(clock.getTime() + 179_000);
    expect((await t.call({ method: 'GET', url, headers: sessionHeaders(body) })).statusCode).toBe(200);
    clock = new Date(clock.getTime() + 1_000);
    const expired = await t.call({ method: 'GET', url, headers: sessionHeaders(body) });
    expect(expired.statusCode).toBe(401);
    expect(expired.json().code).toBe('AUM0002');
    // The default lifetime is a day.
    clock = new Date(clock.getTime() + 86_400_000 - 180_000 - 1_000);
    expect((await t.call({ method: 'GET', url, headers })).statusCode).toBe(200);
    clock = new Date(clock.getTime() + 1_000);
    expect((await t.call({ method: 'GET', url, headers })).statusCode).toBe(401);
  });

  it('generateAuthToken swaps the token on the same API key', async () => {
    const res = await t.call({
      method: 'POST',
      url: `${t.operatorPath}/token`,
      headers,
      payload: { tokenTimeoutSeconds: 600 },
    });
    expect(res.statusCode).toBe(200);
    const { token } = res.json();
    expect(token).not.toBe(headers['x-soracom-token']);
    const url = `${t.operatorPath}/users`;
    expect((await t.call({ method: 'GET', url, headers })).statusCode).toBe(401);
    const renewed = { ...headers, 'x-soracom-token': token };
    expect((await t.call({ method: 'GET', url, headers: renewed })).statusCode).toBe(200);
    clock = new Date(clock.getTime() + 600_000);
    expect((await t.call({ method: 'GET', url, headers: renewed })).statusCode).toBe(401);
  });

  it('generateAuthToken works with no body', async () => {
    const res = await t.call({ method: 'POST', url: `${t.operatorPath}/token`, headers });
    expect(res.statusCode).toBe(200);
    expect(typeof res.json().token).toBe('string');
  });
});

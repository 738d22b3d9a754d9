// When sessions end: password change, reset or removal; the absolute lifetime; renewal's fresh permissions.
import { beforeEach, describe, expect, it } from 'vitest';
import { useTestApp } from '../use-test-app.ts';

let clock: Date;
beforeEach(() => {
  clock = new Date('2026-11-28T10:00:00Z');
});
const { t, root: rootHeaders, rebuild } = useTestApp({ now: () => clock });

const advance = (seconds: number) => {
  clock = new Date(clock.getTime() + seconds * 1000);
};

type Headers = Record<string, string>;

async function signInAs(userName: string, password: string, extra: object = {}): Promise<Headers> {
  const res = await t.call({
    method: 'POST',
    url: '/v1/auth',
    payload: { operatorId: t.operatorId, userName, password, ...extra },
  });
  expect(res.statusCode).toBe(200);
  const body = res.json<{ apiKey: string; token: string }>();
  return { 'x-soracom-api-key': body.apiKey, 'x-soracom-token': body.token };
}

const ALLOW_ALL = JSON.stringify({ statements: [{ effect: 'allow', api: ['*'] }] });

async function createUser(userName: string, password: string, permission = ALLOW_ALL): Promise<void> {
  const base = `${t.operatorPath}/users/${userName}`;
  expect((await t.call({ method: 'POST', url: base, headers: rootHeaders })).statusCode).toBe(201);
  expect(
    (await t.call({ method: 'POST', url: `${base}/password`, headers: rootHeaders, payload: { password } }))
      .statusCode,
  ).toBe(201);
  expect(
    (
      await t.call({
        method: 'PUT',
        url: `${base}/permission`,
        headers: rootHeaders,
        payload: { permission },
      })
    ).statusCode,
  ).toBe(200);
}

const whoAmI = (headers: Headers, userName: string) =>
  t.call({ method: 'GET', url: `${t.operatorPath}/users/${userName}`, headers });

describe('a password change', () => {
  it("by the user ends the user's 3 other sessions and keeps the one that made the change", async () => {
    await createUser('alice', 'alice-password-1');
    const others = [
      await signInAs('alice', 'alice-password-1'),
      await signInAs('alice', 'alice-password-1'),
      await signInAs('alice', 'alice-password-1'),
    ];
    const own = await signInAs('alice', 'alice-password-1');
    for (const headers of others) expect((await whoAmI(headers, 'alice')).statusCode).toBe(200);

    const change = await t.call({
      method: 'PUT',
      url: `${t.operatorPath}/users/alice/password`,
      headers: own,
      payload: { currentPassword: 'alice-password-1', newPassword: 'alice-password-2' },
    });
    expect(change.statusCode).toBe(200);
    for (const headers of others) {
      const res = await whoAmI(headers, 'alice');
      expect(res.statusCode).toBe(401);
      expect(res.json().code).toBe('AUM0002');
    }
    expect((await whoAmI(own, 'alice')).statusCode).toBe(200);
  });

  it('by root (a reset: remove, then set) ends every session of the user, AuthKey sessions too', async () => {
    await createUser('bob', 'bob-password-1');
    const sessions = [await signInAs('bob', 'bob-password-1'), await signInAs('bob', 'bob-password-1')];
    const key = (
      await t.call({ method: 'POST', url: `${t.operatorPath}/users/bob/auth_keys`, headers: rootHeaders })
    ).json<{ authKeyId: string; authKey: string }>();
    const keySession = (
      await t.call({
        method: 'POST',
        url: '/v1/auth',
        payload: { authKeyId: key.authKeyId, authKey: key.authKey },
      })
    ).json<{ apiKey: string; token: string }>();
    sessions.push({ 'x-soracom-api-key': keySession.apiKey, 'x-soracom-token': keySession.token });

    const removed = await t.call({
      method: 'DELETE',
      url: `${t.operatorPath}/users/bob/password`,
      headers: rootHeaders,
    });
    expect(removed.statusCode).toBe(204);
    for (const headers of sessions) expect((await whoAmI(headers, 'bob')).statusCode).toBe(401);
    // Root's own session is not the user's and stays.
    expect((await whoAmI(rootHeaders, 'bob')).statusCode).toBe(200);
  });

  it('by root with updateUserPassword ends all the sessions of the user', async () => {
    await createUser('carol', 'carol-password-1');
    const session = await signInAs('carol', 'carol-password-1');
    const change = await t.call({
      method: 'PUT',
      url: `${t.operatorPath}/users/carol/password`,
      headers: rootHeaders,
      payload: { currentPassword: 'carol-password-1', newPassword: 'carol-password-2' },
    });
    expect(change.statusCode).toBe(200);
    expect((await whoAmI(session, 'carol')).statusCode).toBe(401);
  });
});

describe('the absolute session lifetime', () => {
  const renew = (headers: Headers, tokenTimeoutSeconds = 86400) =>
    t.call({
      method: 'POST',
      url: `${t.operatorPath}/token`,
      headers,
      payload: { tokenTimeoutSeconds },
    });
  const withToken = (headers: Headers, token: string): Headers => ({ ...headers, 'x-soracom-token': token });

  it('is not extended by renewals: renewal past it is refused', async () => {
    let headers = await t.rootHeaders();
    // Renew every 6 h; each asks for another day, but the session ends 24 h after sign-in.
    for (let hour = 6; hour < 24; hour += 6) {
      advance(6 * 3600);
      const res = await renew(headers);
      expect(res.statusCode).toBe(200);
      headers = withToken(headers, res.json<{ token: string }>().token);
    }
    advance(6 * 3600);
    const late = await renew(headers);
    expect(late.statusCode).toBe(401);
    expect(late.json().code).toBe('AUM0002');
    expect((await whoAmI(headers, 'nobody')).statusCode).toBe(401);
  });

  it('is configurable', async () => {
    await rebuild({ now: () => clock, security: { sessionLifetimeSeconds: 3600 } });
    const headers = await t.rootHeaders();
    advance(3599);
    expect((await renew(headers)).statusCode).toBe(200);
    advance(2);
    expect((await whoAmI(headers, 'x')).statusCode).toBe(401);
  });
});

describe('renewal', () => {
  it("takes the user's permissions as they are now", async () => {
    await createUser('dave', 'dave-password-1');
    const headers = await signInAs('dave', 'dave-password-1');
    const denyAll = JSON.stringify({ statements: [{ effect: 'deny', api: ['*'] }] });
    const set = await t.call({
      method: 'PUT',
      url: `${t.operatorPath}/users/dave/permission`,
      headers: rootHeaders,
      payload: { permission: denyAll },
    });
    expect(set.statusCode).toBe(200);
    // The session still has the sign-in snapshot, so it may renew ...
    const renewed = await t.call({ method: 'POST', url: `${t.operatorPath}/token`, headers });
    expect(renewed.statusCode).toBe(200);
    const fresh = { ...headers, 'x-soracom-token': renewed.json<{ token: string }>().token };
    // ... and from then on it carries 'deny *'.
    const res = await whoAmI(fresh, 'dave');
    expect(res.statusCode).toBe(403);
    expect(res.json().code).toBe('SAM0201');
  });
});

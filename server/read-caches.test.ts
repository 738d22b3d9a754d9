// The in-memory copies on the request path: listUsers and getUser (with their ETag and 304) and live sessions, dropped on every write that changes them.
import Database from 'better-sqlite3';
import { beforeEach, describe, expect, it } from 'vitest';
import type { components } from '../src/api/schema.gen.ts';
import { principalSrn } from '../src/permissions/index.ts';
import { currentTotp } from './auth/totp.ts';
import { sessionHeaders } from './test-support.ts';
import { useTestApp } from './use-test-app.ts';

type UserDetail = components['schemas']['UserDetail'];

let clock: Date;
beforeEach(() => {
  clock = new Date('2026-11-29T10:00:00Z');
});
const { t, root } = useTestApp({ now: () => clock });
/** Moves the clock on, so that every write leaves a new updateDateTime. */
const tick = () => {
  clock = new Date(clock.getTime() + 10_000);
};
const userPath = (name: string) => `${t.operatorPath}/users/${name}`;
const listUrl = () => `${t.operatorPath}/users`;

async function ok(method: 'POST' | 'PUT' | 'DELETE', url: string, payload?: object) {
  tick();
  const res = await t.call({ method, url, headers: root, ...(payload ? { payload } : {}) });
  expect(res.statusCode, `${method} ${url}: ${res.body}`).toBeLessThan(300);
  return res;
}

describe('listUsers and getUser, kept in memory per operator', () => {
  let etag = '';
  let step = 0;

  /** The list as the cache holds it now; also checks that this version's tag answers 304. */
  async function listNow(): Promise<UserDetail[]> {
    const res = await t.call({ method: 'GET', url: listUrl(), headers: root });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toMatch(/^application\/json/);
    etag = String(res.headers.etag);
    expect(etag).toMatch(/^"[\w-]+"$/);
    const again = await t.call({
      method: 'GET',
      url: listUrl(),
      headers: { ...root, 'if-none-match': etag },
    });
    expect(again.statusCode).toBe(304);
    expect(again.body).toBe('');
    expect(again.headers.etag).toBe(etag);
    const list = res.json<UserDetail[]>();
    // getUser is kept the same way: each user's own answer is their entry in the list.
    for (const user of list) {
      const one = await t.call({ method: 'GET', url: userPath(user.userName), headers: root });
      expect(one.statusCode).toBe(200);
      expect(one.json()).toEqual(user);
      const same = await t.call({
        method: 'GET',
        url: userPath(user.userName),
        headers: { ...root, 'if-none-match': String(one.headers.etag) },
      });
      expect(same.statusCode).toBe(304);
    }
    return list;
  }

  /**
   * After a write: the list shows it, asked with the tag of the version before the write (a 200,
   * not a 304) and without any tag; the two orders alternate, so each comes first after a write.
   */
  async function listAfterWrite(): Promise<UserDetail[]> {
    const before = etag;
    const withOldTag = async () => {
      const res = await t.call({
        method: 'GET',
        url: listUrl(),
        headers: { ...root, 'if-none-match': before },
      });
      expect(res.statusCode).toBe(200);
      expect(res.headers.etag).not.toBe(before);
      return res.json<UserDetail[]>();
    };
    step += 1;
    if (step % 2 === 0) {
      const tagged = await withOldTag();
      const plain = await listNow();
      expect(plain).toEqual(tagged);
      return plain;
    }
    const plain = await listNow();
    expect(await withOldTag()).toEqual(plain);
    return plain;
  }

  const find = (list: UserDetail[], name: string): UserDetail => {
    const user = list.find((u) => u.userName === name);
    if (!user) throw new Error(`${name} is not listed`);
    return user;
  };

  it('answers 304 to a matching If-None-Match, and 200 to another tag, a weak one or a list of tags', async () => {
    expect(await listNow()).toEqual([]);
    const other = await t.call({
      method: 'GET',
      url: listUrl(),
      headers: { ...root, 'if-none-match': '"something-else"' },
    });
    expect(other.statusCode).toBe(200);
    expect(other.json()).toEqual([]);
    for (const header of [`W/${etag}`, `"x", ${etag}`, '*']) {
      const res = await t.call({
        method: 'GET',
        url: listUrl(),
        headers: { ...root, 'if-none-match': header },
      });
      expect(res.statusCode, header).toBe(304);
    }
    // The tag says nothing to a caller who may not list: 401 first.
    const anonymous = await t.call({ method: 'GET', url: listUrl(), headers: { 'if-none-match': etag } });
    expect(anonymous.statusCode).toBe(401);
  });

  it('shows every write to a user, their password, AuthKeys, permission, MFA, roles and sign-ins', async () => {
    await listNow();

    await ok('POST', userPath('alice'), { description: 'first' });
    expect(find(await listAfterWrite(), 'alice').description).toBe('first');

    await ok('PUT', userPath('alice'), { description: 'second' });
    expect(find(await listAfterWrite(), 'alice').description).toBe('second');

    await ok('POST', `${userPath('alice')}/password`, { password: 'alice-password-1' });
    expect(find(await listAfterWrite(), 'alice').hasPassword).toBe(true);

    const permission = JSON.stringify({ statements: [{ effect: 'allow', api: ['User:listUsers'] }] });
    await ok('PUT', `${userPath('alice')}/permission`, { permission });
    expect(find(await listAfterWrite(), 'alice').permission).toBe(permission);

    const key = (await ok('POST', `${userPath('alice')}/auth_keys`)).json<{
      authKeyId: string;
      authKey: string;
    }>();
    expect(find(await listAfterWrite(), 'alice').authKeyList.map((k) => k.authKeyId)).toEqual([
      key.authKeyId,
    ]);

    // Signing in with the key stamps it and the user (lastUsedDateTime, lastSignInDateTime).
    tick();
    const byKey = await t.call({
      method: 'POST',
      url: '/v1/auth',
      payload: { authKeyId: key.authKeyId, authKey: key.authKey },
    });
    expect(byKey.statusCode).toBe(200);
    const stamped = find(await listAfterWrite(), 'alice');
    expect(stamped.authKeyList[0]?.lastUsedDateTime).toBe(Math.floor(clock.getTime() / 1000));
    expect(stamped.lastSignInDateTime).toBe(Math.floor(clock.getTime() / 1000));

    await ok('DELETE', `${userPath('alice')}/auth_keys/${key.authKeyId}`);
    expect(find(await listAfterWrite(), 'alice').authKeyList).toEqual([]);

    // MFA state is not in the list, but enabling it is a change to the user (updateDateTime).
    const beforeMfa = find(await listNow(), 'alice').updateDateTime;
    const totpUri = (await ok('POST', `${userPath('alice')}/mfa`)).json<{ totpUri: string }>().totpUri;
    expect(find(await listAfterWrite(), 'alice').updateDateTime).toBeGreaterThan(beforeMfa);
    const secret = new URL(totpUri).searchParams.get('secret') ?? '';
    await ok('POST', `${userPath('alice')}/mfa/verify`, { mfaOTPCode: currentTotp(secret, clock) });
    await listAfterWrite();

    const trustPolicy = JSON.stringify({
      statements: [{ effect: 'allow', principal: { soracom: [principalSrn(t.operatorId)] } }],
    });
    const beforeTrust = find(await listNow(), 'alice').updateDateTime;
    await ok('PUT', `${userPath('alice')}/trust_policy`, { trustPolicy });
    expect(find(await listAfterWrite(), 'alice').updateDateTime).toBeGreaterThan(beforeTrust);

    await ok('POST', `${t.operatorPath}/roles/reader`, { permission, description: 'reads' });
    await ok('POST', `${userPath('alice')}/roles`, { roleId: 'reader' });
    expect(find(await listAfterWrite(), 'alice').roleList.map((r) => r.description)).toEqual(['reads']);

    // A change to the role itself shows in every roleList that names it.
    await ok('PUT', `${t.operatorPath}/roles/reader`, { permission, description: 'reads users' });
    expect(find(await listAfterWrite(), 'alice').roleList.map((r) => r.description)).toEqual(['reads users']);

    await ok('DELETE', `${userPath('alice')}/roles/reader`);
    expect(find(await listAfterWrite(), 'alice').roleList).toEqual([]);

    await ok('DELETE', userPath('alice'));
    expect(await listAfterWrite()).toEqual([]);
    expect((await t.call({ method: 'GET', url: userPath('alice'), headers: root })).statusCode).toBe(404);
  });

  it('shows a write made by another process on the same database file', async () => {
    await ok('POST', userPath('bob'), { description: 'before' });
    await listNow();
    const other = new Database(t.app.samStore?.db.name ?? '');
    try {
      other.prepare("UPDATE users SET description = 'from elsewhere' WHERE user_name = 'bob'").run();
    } finally {
      other.close();
    }
    expect(find(await listAfterWrite(), 'bob').description).toBe('from elsewhere');
  });
});

describe('live sessions, kept in memory by token hash', () => {
  async function signInAs(userName: string): Promise<Record<string, string>> {
    const res = await t.call({
      method: 'POST',
      url: '/v1/auth',
      payload: { operatorId: t.operatorId, userName, password: 'user-password-1' },
    });
    expect(res.statusCode, res.body).toBe(200);
    return sessionHeaders(res.json<{ apiKey: string; token: string }>());
  }
  const getSelf = async (headers: Record<string, string>, name = 'carol') =>
    (await t.call({ method: 'GET', url: userPath(name), headers })).statusCode;
  const permission = JSON.stringify({
    statements: [{ effect: 'allow', api: ['User:getUser', 'Operator:generateAuthToken'] }],
  });

  beforeEach(async () => {
    await t.createUserWithPassword('carol');
    await ok('PUT', `${userPath('carol')}/permission`, { permission });
  });

  it('end at once when the user is deleted (a cascade in the database)', async () => {
    const carol = await signInAs('carol');
    expect(await getSelf(carol)).toBe(200);
    expect(await getSelf(carol)).toBe(200);
    await ok('DELETE', userPath('carol'));
    expect(await getSelf(carol)).toBe(401);
  });

  it('end at once when another process deletes them in the database file', async () => {
    const carol = await signInAs('carol');
    expect(await getSelf(carol)).toBe(200);
    const other = new Database(t.app.samStore?.db.name ?? '');
    try {
      other.prepare("DELETE FROM sessions WHERE user_name = 'carol'").run();
    } finally {
      other.close();
    }
    expect(await getSelf(carol)).toBe(401);
  });

  it('still expire: a cached session is refused once its time is up', async () => {
    const carol = await signInAs('carol');
    expect(await getSelf(carol)).toBe(200);
    clock = new Date(clock.getTime() + 25 * 3600 * 1000);
    expect(await getSelf(carol)).toBe(401);
  });

  it('are found by token and API key together: a cached token with another API key is refused', async () => {
    const carol = await signInAs('carol');
    expect(await getSelf(carol)).toBe(200);
    const other = await signInAs('carol');
    expect(
      await getSelf({
        'x-soracom-api-key': other['x-soracom-api-key'] ?? '',
        'x-soracom-token': carol['x-soracom-token'] ?? '',
      }),
    ).toBe(401);
  });

  it('see a permission change after renewal: the old token stops, the new one carries the new document', async () => {
    const carol = await signInAs('carol');
    expect(await getSelf(carol)).toBe(200);
    await ok('PUT', `${userPath('carol')}/permission`, {
      permission: JSON.stringify({
        statements: [{ effect: 'allow', api: ['User:listUsers', 'Operator:generateAuthToken'] }],
      }),
    });
    // The session keeps the document fixed at sign-in until it is renewed.
    expect(await getSelf(carol)).toBe(200);
    const renewed = await t.call({ method: 'POST', url: `${t.operatorPath}/token`, headers: carol });
    expect(renewed.statusCode, renewed.body).toBe(200);
    const fresh = { ...carol, 'x-soracom-token': renewed.json<{ token: string }>().token };
    expect(await getSelf(carol)).toBe(401);
    expect(await getSelf(fresh)).toBe(403);
  });
});

// Trust policies and switching user, over HTTP.
import { describe, expect, it } from 'vitest';
import { principalSrn } from '../../src/permissions/index.ts';
import { seedOperator } from '../store/seed.ts';
import { sessionHeaders } from '../test-support.ts';
import { useTestApp } from '../use-test-app.ts';
import { doc, routeHelpers } from './route-test-kit.ts';

const { t, root } = useTestApp();

const policy = (...srns: string[]): string => doc({ effect: 'allow', principal: { soracom: srns } });

const { userPath, createUser } = routeHelpers(() => ({ t, root }));

async function setTrustPolicy(name: string, trustPolicy: string) {
  return t.call({
    method: 'PUT',
    url: `${userPath(name)}/trust_policy`,
    headers: root,
    payload: { trustPolicy },
  });
}

function switchUser(headers: Record<string, string>, body: object) {
  return t.call({ method: 'POST', url: '/v1/auth/switch_user', headers, payload: body });
}

describe('trust policies', () => {
  it('reads empty, stores a valid policy (204), reads it back, and deletes it (204)', async () => {
    await createUser('target');
    const get = () => t.call({ method: 'GET', url: `${userPath('target')}/trust_policy`, headers: root });
    expect((await get()).json()).toEqual({ trustPolicy: '' });
    const text = policy(principalSrn(t.operatorId), principalSrn(t.operatorId, 'alice'));
    const put = await setTrustPolicy('target', text);
    expect(put.statusCode).toBe(204);
    expect(put.body).toBe('');
    expect((await get()).json()).toEqual({ trustPolicy: text });
    const removed = await t.call({
      method: 'DELETE',
      url: `${userPath('target')}/trust_policy`,
      headers: root,
    });
    expect(removed.statusCode).toBe(204);
    expect((await get()).json()).toEqual({ trustPolicy: '' });
  });

  it('refuses broken policies with 400 SAM0010, their line and column', async () => {
    await createUser('target');
    const cases: Array<[string, RegExp]> = [
      ['{"statements": [', /line 1, column 17/],
      ['{"statements": [{"effect": "allow"}]}', /has no "principal".*line 1, column 17/],
      [
        '{"statements": [\n  {"effect": "allow", "principal": {"soracom": ["srn:soracom:OP1::Operator:OP2"]}}\n]}',
        /is not the SRN of a root user.*line 2, column 49/,
      ],
      [
        '{"statements": [{"effect": "permit", "principal": {"soracom": []}}]}',
        /"effect" must be "allow" or "deny"/,
      ],
      [
        `{"statements": [{"effect": "allow", "principal": {"soracom": ["${principalSrn('OP1', 'a')}"]}, "condition": "ipAddress("}]}`,
        /^trustPolicy: the trust policy is invalid: Condition: .*line 1, column/,
      ],
      ['{"statements": [], "extra": 1}', /Unknown key "extra"/],
    ];
    for (const [text, message] of cases) {
      const res = await setTrustPolicy('target', text);
      expect(res.statusCode, text).toBe(400);
      expect(res.json().code, text).toBe('SAM0010');
      expect(res.json().message, text).toMatch(message);
    }
    expect(
      (await t.call({ method: 'GET', url: `${userPath('target')}/trust_policy`, headers: root })).json(),
    ).toEqual({
      trustPolicy: '',
    });
  });

  it('words the refusal in Japanese when asked, at the same place', async () => {
    await createUser('target');
    const res = await t.call({
      method: 'PUT',
      url: `${userPath('target')}/trust_policy`,
      headers: { ...root, 'x-soracom-lang': 'ja' },
      payload: { trustPolicy: '{"statements": [{"effect": "allow"}]}' },
    });
    expect(res.statusCode).toBe(400);
    expect(res.json()).toEqual({
      code: 'SAM0010',
      message:
        'trustPolicy: 信頼ポリシーが正しくありません: 1 行 17 列: ステートメント 1 に "principal" がありません。' +
        '"principal": {"soracom": ["srn:soracom:OP...::User:name"]} を追加してください。',
    });
  });

  it('answers 404 for a user that does not exist', async () => {
    for (const method of ['GET', 'DELETE'] as const)
      expect(
        (await t.call({ method, url: `${userPath('ghost')}/trust_policy`, headers: root })).statusCode,
      ).toBe(404);
    expect((await setTrustPolicy('ghost', policy(principalSrn(t.operatorId)))).statusCode).toBe(404);
  });
});

describe('switchUser', () => {
  it('root switches to a user whose policy names it; the session has that user’s permissions; the root session lives on', async () => {
    await createUser('target', undefined, doc({ effect: 'allow', api: 'User:listUsers' }));
    expect((await setTrustPolicy('target', policy(principalSrn(t.operatorId)))).statusCode).toBe(204);
    const res = await switchUser(root, { operatorId: t.operatorId, userName: 'target' });
    expect(res.statusCode).toBe(200);
    const body = res.json();
    expect(body).toEqual({
      apiKey: expect.any(String),
      token: expect.any(String),
      operatorId: t.operatorId,
      userName: 'target',
    });
    const switched = sessionHeaders(body);
    expect(
      (await t.call({ method: 'GET', url: `${t.operatorPath}/users`, headers: switched })).statusCode,
    ).toBe(200);
    expect((await t.call({ method: 'POST', url: userPath('nope'), headers: switched })).statusCode).toBe(403);
    // Switching back is the original session, still good.
    expect((await t.call({ method: 'POST', url: userPath('yes'), headers: root })).statusCode).toBe(201);
  });

  it('a SAM user allowed Auth:switchUser switches to a user trusting them, and gets roles too', async () => {
    await createUser('alice', 'alice-password', doc({ effect: 'allow', api: 'Auth:switchUser' }));
    await createUser('target');
    await t.call({
      method: 'POST',
      url: `${t.operatorPath}/roles/creators`,
      headers: root,
      payload: { permission: doc({ effect: 'allow', api: 'User:createUser' }) },
    });
    await t.call({
      method: 'POST',
      url: `${userPath('target')}/roles`,
      headers: root,
      payload: { roleId: 'creators' },
    });
    await setTrustPolicy('target', policy(principalSrn(t.operatorId, 'alice')));
    const alice = await t.signInUser('alice', 'alice-password');
    expect((await t.call({ method: 'POST', url: userPath('by-alice'), headers: alice })).statusCode).toBe(
      403,
    );
    const res = await switchUser(alice, {
      operatorId: t.operatorId,
      userName: 'target',
      tokenTimeoutSeconds: 180,
    });
    expect(res.statusCode, res.body).toBe(200);
    expect(
      (await t.call({ method: 'POST', url: userPath('by-target'), headers: sessionHeaders(res.json()) }))
        .statusCode,
    ).toBe(201);
  });

  it('refuses with 400 SAM0601: no policy, not named, a deny naming the caller, a missing user', async () => {
    await createUser('target');
    const notAllowed = {
      code: 'SAM0601',
      message: expect.stringMatching(/^Switching to this user is not allowed/),
    };
    let res = await switchUser(root, { operatorId: t.operatorId, userName: 'target' });
    expect(res.statusCode).toBe(400);
    expect(res.json()).toEqual(notAllowed);

    await setTrustPolicy('target', policy(principalSrn(t.operatorId, 'someone-else')));
    res = await switchUser(root, { operatorId: t.operatorId, userName: 'target' });
    expect(res.json()).toEqual(notAllowed);

    await setTrustPolicy(
      'target',
      doc(
        { effect: 'allow', principal: { soracom: [principalSrn(t.operatorId)] } },
        { effect: 'deny', principal: { soracom: [principalSrn(t.operatorId)] } },
      ),
    );
    res = await switchUser(root, { operatorId: t.operatorId, userName: 'target' });
    expect(res.statusCode).toBe(400);

    res = await switchUser(root, { operatorId: t.operatorId, userName: 'ghost' });
    expect(res.json()).toEqual(notAllowed);
  });

  it('honours a condition, and a SAM user needs Auth:switchUser to call it (403)', async () => {
    await createUser('alice', 'alice-password');
    await createUser('target');
    await setTrustPolicy(
      'target',
      doc({
        effect: 'allow',
        principal: { soracom: [principalSrn(t.operatorId), principalSrn(t.operatorId, 'alice')] },
        condition: "ipAddress('10.9.9.0/24')",
      }),
    );
    const res = await switchUser(root, { operatorId: t.operatorId, userName: 'target' });
    expect(res.statusCode).toBe(400);
    const alice = await t.signInUser('alice', 'alice-password');
    const denied = await switchUser(alice, { operatorId: t.operatorId, userName: 'target' });
    expect(denied.statusCode).toBe(403);
    expect(denied.json().message).toBe('This user may not call Auth:switchUser.');
  });

  it('works across operators of the local API', async () => {
    const store = t.app.samStore;
    if (!store) throw new Error('local mode expected');
    const otherId = await seedOperator(store, {
      email: 'other@test.local',
      password: 'other-password',
      now: new Date(),
    });
    const other = sessionHeaders(
      (
        await t.call({
          method: 'POST',
          url: '/v1/auth',
          payload: { email: 'other@test.local', password: 'other-password' },
        })
      ).json(),
    );
    await createUser('target', undefined, doc({ effect: 'allow', api: 'User:getUser' }));
    await setTrustPolicy('target', policy(principalSrn(otherId)));
    const res = await switchUser(other, { operatorId: t.operatorId, userName: 'target' });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({ operatorId: t.operatorId, userName: 'target' });
    const switched = sessionHeaders(res.json());
    expect((await t.call({ method: 'GET', url: userPath('target'), headers: switched })).statusCode).toBe(
      200,
    );
  });

  it('checks the body: required fields, 180 to 3600 seconds, no root target', async () => {
    const cases: Array<[object, string]> = [
      [{ userName: 'x' }, 'operatorId: is required'],
      [{ operatorId: t.operatorId }, 'userName: is required'],
      [
        { operatorId: t.operatorId, userName: 'x', tokenTimeoutSeconds: 179 },
        'tokenTimeoutSeconds: must be at least 180',
      ],
      [
        { operatorId: t.operatorId, userName: 'x', tokenTimeoutSeconds: 3601 },
        'tokenTimeoutSeconds: must be at most 3600',
      ],
      [{ operatorId: t.operatorId, userName: 'x', email: 'root@x' }, "unknown field 'email'"],
    ];
    for (const [body, message] of cases) {
      const res = await switchUser(root, body);
      expect(res.statusCode, message).toBe(400);
      expect(res.json().message).toBe(message);
    }
    expect(
      (
        await t.call({
          method: 'POST',
          url: '/v1/auth/switch_user',
          payload: { operatorId: 'x', userName: 'y' },
        })
      ).statusCode,
    ).toBe(401);
  });
});

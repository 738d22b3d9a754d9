// The audit log: sign-ins and changes written with the change, read back as getApiAuditLogs, pruned by age; no secret in it.
import { Writable } from 'node:stream';
import { afterEach, describe, expect, it } from 'vitest';
import { principalSrn } from '../../src/permissions/index.ts';
import { buildTestApp, type TestApp } from '../test-support.ts';

let t: TestApp | undefined;
afterEach(async () => t?.close());

interface Entry {
  apiKind: string;
  event?: string;
  userName?: string;
  targetUserName?: string;
  account?: string;
  statusCode?: number;
  remoteIpAddress?: string;
  requestedTimeEpochMs: number;
  before?: string;
  after?: string;
  beforeDigest?: string;
  afterDigest?: string;
  detail?: Record<string, unknown>;
}

async function entries(app: TestApp, headers: Record<string, string>, query = ''): Promise<Entry[]> {
  const res = await app.call({ method: 'GET', url: `/v1/audit_logs/api${query}`, headers });
  expect(res.statusCode).toBe(200);
  return res.json<Entry[]>();
}

describe('the audit log', () => {
  it('records sign-ins, failed ones included, with account and address and no secret', async () => {
    t = await buildTestApp();
    await t.call({
      method: 'POST',
      url: '/v1/auth',
      payload: { email: t.root.email, password: 'a-wrong-password-123' },
      remoteAddress: '10.4.4.4',
    });
    const headers = await t.rootHeaders();
    const log = await entries(t, headers, '?api_kind=/v1/auth');
    expect(log.map((entry) => entry.statusCode)).toEqual([200, 401]);
    const failed = log[1];
    expect(failed).toMatchObject({
      apiKind: '/v1/auth',
      event: 'auth',
      account: t.root.email,
      remoteIpAddress: '10.4.4.4',
      detail: { method: 'root', reason: 'credentials' },
    });
    const text = JSON.stringify(log);
    expect(text).not.toContain('a-wrong-password-123');
    expect(text).not.toContain(t.root.password);
  });

  it("shows a user's permission change: who, when, and the documents before and after", async () => {
    let clock = new Date('2026-11-28T10:00:00Z');
    t = await buildTestApp({ now: () => clock });
    const headers = await t.rootHeaders();
    const path = `${t.operatorPath}/users/alice`;
    await t.call({ method: 'POST', url: path, headers, payload: { description: 'first' } });
    const allow = JSON.stringify({ statements: [{ effect: 'allow', api: ['User:getUser'] }] });
    clock = new Date('2026-11-28T10:05:00Z');
    const res = await t.call({
      method: 'PUT',
      url: `${path}/permission`,
      headers,
      payload: { permission: allow },
    });
    expect(res.statusCode).toBe(200);
    const [latest] = await entries(t, headers);
    expect(latest).toMatchObject({
      event: 'updateUserPermission',
      apiKind: '/v1/operators/{operator_id}/users/{user_name}/permission',
      targetUserName: 'alice',
      requestedTimeEpochMs: clock.getTime(),
      before: '',
      after: allow,
      statusCode: 200,
    });
    expect(latest?.userName).toBeUndefined(); // root
    expect(latest?.beforeDigest).toMatch(/^[0-9a-f]{64}$/);
    expect(latest?.afterDigest).not.toBe(latest?.beforeDigest);
  });

  it('names the SAM user who made a change, and keeps secrets out of password, key and MFA entries', async () => {
    t = await buildTestApp();
    const rootHeaders = await t.rootHeaders();
    const path = `${t.operatorPath}/users/bob`;
    await t.call({ method: 'POST', url: path, headers: rootHeaders });
    await t.call({
      method: 'POST',
      url: `${path}/password`,
      headers: rootHeaders,
      payload: { password: 'bob-password-1' },
    });
    await t.call({
      method: 'PUT',
      url: `${path}/permission`,
      headers: rootHeaders,
      payload: { permission: JSON.stringify({ statements: [{ effect: 'allow', api: ['*'] }] }) },
    });
    const session = (
      await t.call({
        method: 'POST',
        url: '/v1/auth',
        payload: { operatorId: t.operatorId, userName: 'bob', password: 'bob-password-1' },
      })
    ).json<{ apiKey: string; token: string }>();
    const bob = { 'x-soracom-api-key': session.apiKey, 'x-soracom-token': session.token };
    const key = (await t.call({ method: 'POST', url: `${path}/auth_keys`, headers: bob })).json<{
      authKey: string;
    }>();
    const totpUri = (await t.call({ method: 'POST', url: `${path}/mfa`, headers: bob })).json<{
      totpUri: string;
    }>().totpUri;
    await t.call({
      method: 'PUT',
      url: `${path}/password`,
      headers: bob,
      payload: { currentPassword: 'bob-password-1', newPassword: 'bob-password-2' },
    });

    const log = await entries(t, rootHeaders);
    const events = log.map((entry) => entry.event);
    expect(events).toEqual(
      expect.arrayContaining([
        'createUser',
        'createUserPassword',
        'updateUserPermission',
        'auth',
        'generateUserAuthKey',
        'enableUserMFA',
        'updateUserPassword',
      ]),
    );
    const byBob = log.filter((entry) => entry.userName === 'bob').map((entry) => entry.event);
    expect(byBob).toEqual(['updateUserPassword', 'enableUserMFA', 'generateUserAuthKey', 'auth']);
    const text = JSON.stringify(log);
    for (const secret of [
      'bob-password-1',
      'bob-password-2',
      key.authKey,
      new URL(totpUri).searchParams.get('secret') ?? 'x',
    ])
      expect(text).not.toContain(secret);
  });

  it('pages newest first with limit and x-soracom-next-key, and refuses a bad limit', async () => {
    let clock = new Date('2026-11-28T10:00:00Z');
    t = await buildTestApp({ now: () => clock });
    const headers = await t.rootHeaders();
    for (let i = 0; i < 3; i += 1) {
      clock = new Date(clock.getTime() + 1000);
      await t.call({ method: 'POST', url: `${t.operatorPath}/users/u${i}`, headers });
    }
    const first = await t.call({ method: 'GET', url: '/v1/audit_logs/api?limit=2', headers });
    const page = first.json<Entry[]>();
    expect(page.map((entry) => entry.targetUserName)).toEqual(['u2', 'u1']);
    const next = first.headers['x-soracom-next-key'];
    expect(next).toBe(String(page[1]?.requestedTimeEpochMs));
    const second = await entries(t, headers, `?limit=2&last_evaluated_key=${String(next)}`);
    expect(second[0]?.targetUserName).toBe('u0');

    const bad = await t.call({ method: 'GET', url: '/v1/audit_logs/api?limit=0', headers });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().code).toBe('SAM0005');
  });

  it('never ends a page inside a millisecond that has more entries, so paging skips none', async () => {
    let clock = new Date('2026-11-28T10:00:00Z');
    t = await buildTestApp({ now: () => clock });
    const headers = await t.rootHeaders();
    const create = (name: string) =>
      t?.call({ method: 'POST', url: `${t.operatorPath}/users/${name}`, headers });
    clock = new Date(clock.getTime() + 1000);
    await create('u0');
    clock = new Date(clock.getTime() + 1000);
    await create('u1');
    await create('u2'); // the same millisecond as u1
    clock = new Date(clock.getTime() + 1000);
    await create('u3');
    const seen: string[] = [];
    let key: string | undefined;
    for (let pages = 0; pages < 10; pages += 1) {
      const res = await t.call({
        method: 'GET',
        url: `/v1/audit_logs/api?limit=2&event=createUser${key === undefined ? '' : `&last_evaluated_key=${key}`}`,
        headers,
      });
      seen.push(...res.json<Entry[]>().map((entry) => entry.targetUserName ?? ''));
      const next = res.headers['x-soracom-next-key'];
      if (typeof next !== 'string') break;
      key = next;
    }
    expect(seen).toEqual(['u3', 'u2', 'u1', 'u0']);
  });

  it("filters by user (about them or by them) and by event: a user's history", async () => {
    t = await buildTestApp();
    const headers = await t.rootHeaders();
    await t.createUserWithPassword('bob', 'bob-password-1');
    await t.createUserWithPassword('carol', 'carol-password-1');
    await t.call({
      method: 'POST',
      url: '/v1/auth',
      payload: { operatorId: t.operatorId, userName: 'bob', password: 'not-bobs-password' },
    });
    const bobSession = await t.call({
      method: 'POST',
      url: '/v1/auth',
      payload: { operatorId: t.operatorId, userName: 'bob', password: 'bob-password-1' },
    });
    expect(bobSession.statusCode).toBe(200);
    const allow = JSON.stringify({ statements: [{ effect: 'allow', api: ['User:getUser'] }] });
    await t.call({
      method: 'PUT',
      url: `${t.operatorPath}/users/carol/permission`,
      headers,
      payload: { permission: allow },
    });

    const bobs = await entries(t, headers, '?user_name=bob');
    expect(bobs.map((entry) => [entry.event, entry.statusCode])).toEqual([
      ['auth', 200],
      ['auth', 401],
      ['createUserPassword', 201],
      ['createUser', 201],
    ]);
    // Failed sign-ins name the account's user, so they are in that user's history.
    expect(bobs[1]).toMatchObject({ targetUserName: 'bob', account: `${t.operatorId}/bob` });
    expect(bobs.every((entry) => entry.targetUserName === 'bob' || entry.userName === 'bob')).toBe(true);

    const carolsPermission = await entries(
      t,
      headers,
      '?user_name=carol&event=updateUserPermission,deleteUserPermission',
    );
    expect(carolsPermission).toHaveLength(1);
    expect(carolsPermission[0]).toMatchObject({ targetUserName: 'carol', before: '', after: allow });
    const signIns = await entries(t, headers, '?event=auth');
    expect(signIns.every((entry) => entry.event === 'auth')).toBe(true);
    expect(signIns.length).toBeGreaterThanOrEqual(3);
    expect(await entries(t, headers, '?api_kind=/v1/auth&event=createUser')).toEqual([]);

    for (const query of ['?user_name=bad%20name', '?event=auth;drop', `?event=${'a'.repeat(65)}`]) {
      const bad = await t.call({ method: 'GET', url: `/v1/audit_logs/api${query}`, headers });
      expect(bad.statusCode).toBe(400);
      expect(bad.json<{ code: string }>().code).toMatch(/^SAM000[56]$/);
    }
  });

  it("is pruned by age, and shows only the caller's operator", async () => {
    let clock = new Date('2026-01-01T00:00:00Z');
    t = await buildTestApp({ now: () => clock, security: { auditRetentionDays: 30 } });
    const headers = await t.rootHeaders();
    await t.call({ method: 'POST', url: `${t.operatorPath}/users/old`, headers });
    const store = t.app.samStore;
    store?.audit.insert({
      time_ms: clock.getTime(),
      operator_id: 'OP-other',
      actor_user_name: null,
      address: '1.2.3.4',
      event: 'createUser',
      request_path: '/v1/operators/OP-other/users/x',
      status_code: 201,
      target_user_name: 'x',
      account: null,
      detail: null,
      before_digest: null,
      after_digest: null,
      before_text: null,
      after_text: null,
    });
    expect((await entries(t, headers)).some((entry) => entry.targetUserName === 'x')).toBe(false);
    clock = new Date('2026-03-01T00:00:00Z');
    expect(store?.audit.prune(clock.getTime() - 30 * 24 * 3600 * 1000)).toBeGreaterThan(0);
    expect((await entries(t, await t.rootHeaders())).some((entry) => entry.targetUserName === 'old')).toBe(
      false,
    );
  });

  it('is written in the same transaction as the change: a failed change leaves no entry', async () => {
    t = await buildTestApp();
    const headers = await t.rootHeaders();
    await t.call({ method: 'POST', url: `${t.operatorPath}/users/dup`, headers });
    const before = t.app.samStore?.audit.count();
    const again = await t.call({ method: 'POST', url: `${t.operatorPath}/users/dup`, headers });
    expect(again.statusCode).toBe(400);
    expect(t.app.samStore?.audit.count()).toBe(before);
  });
});

describe('roles and switching user', () => {
  it('records role changes and attachments, and switch_user allowed or refused', async () => {
    t = await buildTestApp();
    const headers = await t.rootHeaders();
    const permission = JSON.stringify({ statements: [{ effect: 'allow', api: ['User:listUsers'] }] });
    const wider = JSON.stringify({ statements: [{ effect: 'allow', api: ['User:*'] }] });
    const rolePath = `${t.operatorPath}/roles/readers`;
    expect(
      (await t.call({ method: 'POST', url: rolePath, headers, payload: { permission } })).statusCode,
    ).toBe(200);
    expect(
      (await t.call({ method: 'PUT', url: rolePath, headers, payload: { permission: wider } })).statusCode,
    ).toBe(200);
    await t.call({ method: 'POST', url: `${t.operatorPath}/users/target`, headers });
    const attach = await t.call({
      method: 'POST',
      url: `${t.operatorPath}/users/target/roles`,
      headers,
      payload: { roleId: 'readers' },
    });
    expect(attach.statusCode).toBe(200);
    const refused = await t.call({
      method: 'POST',
      url: '/v1/auth/switch_user',
      headers,
      payload: { operatorId: t.operatorId, userName: 'target' },
    });
    expect(refused.statusCode).toBe(400);
    const trustPolicy = JSON.stringify({
      statements: [{ effect: 'allow', principal: { soracom: [principalSrn(t.operatorId)] } }],
    });
    await t.call({
      method: 'PUT',
      url: `${t.operatorPath}/users/target/trust_policy`,
      headers,
      payload: { trustPolicy },
    });
    const switched = await t.call({
      method: 'POST',
      url: '/v1/auth/switch_user',
      headers,
      payload: { operatorId: t.operatorId, userName: 'target' },
    });
    expect(switched.statusCode).toBe(200);

    const log = await entries(t, headers);
    const summary = log.map((entry) => [entry.event, entry.statusCode]);
    expect(summary.slice(0, 5)).toEqual([
      ['switchUser', 200],
      ['updateUserTrustPolicy', 204],
      ['switchUser', 400],
      ['attachRole', 200],
      ['createUser', 201],
    ]);
    const update = log.find((entry) => entry.event === 'updateRole');
    expect(update).toMatchObject({ before: permission, after: wider, detail: { roleId: 'readers' } });
    expect(log.find((entry) => entry.event === 'attachRole')?.targetUserName).toBe('target');
  });
});

describe('LOG_LEVEL=info', () => {
  it('prints sign-in failures with account and address, without the password', async () => {
    const lines: string[] = [];
    const stream = new Writable({
      write(chunk: Buffer, _encoding, done) {
        lines.push(chunk.toString('utf8'));
        done();
      },
    });
    t = await buildTestApp({ logger: { level: 'info', stream } });
    await t.call({
      method: 'POST',
      url: '/v1/auth',
      payload: { email: t.root.email, password: 'wrong-password-xyz' },
      remoteAddress: '10.5.5.5',
    });
    const failure = lines
      .map((line) => JSON.parse(line) as Record<string, unknown>)
      .find((line) => line.msg === 'sign-in failed');
    expect(failure).toMatchObject({ account: t.root.email, address: '10.5.5.5', method: 'root' });
    expect(lines.join('')).not.toContain('wrong-password-xyz');
  });
});

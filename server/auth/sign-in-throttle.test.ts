// Sign-in throttling over HTTP: growing waits, 429 with Retry-After, per account and per address, currentPassword too.
import { beforeEach, describe, expect, it } from 'vitest';
import { useTestApp } from '../use-test-app.ts';
import { DEFAULT_THROTTLE_LIMITS, MAX_CONCURRENT_CHECKS, delayAfter } from './sign-in-throttle.ts';

let clock: Date;
beforeEach(() => {
  clock = new Date('2026-11-28T10:00:00Z');
});
const { t, root: rootHeaders, rebuild } = useTestApp({ now: () => clock });

const advance = (seconds: number) => {
  clock = new Date(clock.getTime() + seconds * 1000);
};

const signIn = (payload: object, remoteAddress = '127.0.0.1') =>
  t.call({ method: 'POST', url: '/v1/auth', payload, remoteAddress });

describe('the wait after failures', () => {
  it('is free for the first failures, then doubles up to the cap', () => {
    const policy = DEFAULT_THROTTLE_LIMITS.account;
    expect(delayAfter(policy.freeFailures, policy)).toBe(0);
    expect(delayAfter(policy.freeFailures + 1, policy)).toBe(1);
    expect(delayAfter(policy.freeFailures + 2, policy)).toBe(2);
    expect(delayAfter(policy.freeFailures + 4, policy)).toBe(8);
    expect(delayAfter(1000, policy)).toBe(policy.maxDelaySeconds);
  });
});

describe('root sign-in', () => {
  it('answers 429 with Retry-After among 30 wrong passwords in a row, and the right one works after the wait', async () => {
    const answers = [];
    for (let i = 0; i < 30; i += 1)
      answers.push(await signIn({ email: t.root.email, password: `wrong-${i}` }));
    const refused = answers.filter((res) => res.statusCode === 429);
    expect(refused.length).toBeGreaterThan(0);
    expect(answers.every((res) => res.statusCode === 401 || res.statusCode === 429)).toBe(true);
    const last = answers[answers.length - 1];
    expect(last?.statusCode).toBe(429);
    expect(last?.json()).toEqual({ code: 'SAM0429', message: expect.stringMatching(/try again in \d+ s/) });
    const retryAfter = Number(last?.headers['retry-after']);
    expect(retryAfter).toBeGreaterThanOrEqual(1);

    // While waiting, even the right password is refused unchecked.
    expect((await signIn({ email: t.root.email, password: t.root.password })).statusCode).toBe(429);
    advance(retryAfter);
    const right = await signIn({ email: t.root.email, password: t.root.password });
    expect(right.statusCode).toBe(200);
  });

  it('forgets the account failures after a success, so the next mistake is free again', async () => {
    const free = DEFAULT_THROTTLE_LIMITS.account.freeFailures;
    for (let i = 0; i < free; i += 1) await signIn({ email: t.root.email, password: 'wrong' });
    expect((await signIn({ email: t.root.email, password: t.root.password })).statusCode).toBe(200);
    expect((await signIn({ email: t.root.email, password: 'wrong' })).statusCode).toBe(401);
  });

  it('throttles an unknown email exactly like a known one (no account discovery)', async () => {
    const statuses = async (email: string) => {
      const out: number[] = [];
      for (let i = 0; i < 8; i += 1)
        out.push(
          (await signIn({ email, password: 'wrong' }, `10.0.0.${out.length + (email.length % 7)}`))
            .statusCode,
        );
      return out;
    };
    expect(await statuses('nobody@example.com')).toEqual(await statuses(t.root.email));
  });
});

describe('per account', () => {
  it('a flood on one account leaves another account on the same address free', async () => {
    await t.createUserWithPassword('alice', 'alice-password-1');
    await t.createUserWithPassword('bob', 'bob-password-1');
    for (let i = 0; i < 10; i += 1)
      await signIn({ operatorId: t.operatorId, userName: 'alice', password: 'wrong' }, '10.1.1.1');
    expect(
      (
        await signIn(
          { operatorId: t.operatorId, userName: 'alice', password: 'alice-password-1' },
          '10.1.1.2',
        )
      ).statusCode,
    ).toBe(429);
    expect(
      (await signIn({ operatorId: t.operatorId, userName: 'bob', password: 'bob-password-1' }, '10.1.1.1'))
        .statusCode,
    ).toBe(200);
  });

  it('counts wrong MFA codes against the account', async () => {
    await t.createUserWithPassword('carol', 'carol-password-1');
    const enable = await t.call({
      method: 'POST',
      url: `${t.operatorPath}/users/carol/mfa`,
      headers: rootHeaders,
    });
    expect(enable.statusCode).toBe(200);
    t.app.samStore?.db.prepare("UPDATE users SET mfa_status = 'ACTIVE' WHERE user_name = 'carol'").run();
    const statuses: number[] = [];
    for (let i = 0; i < 10; i += 1) {
      const res = await signIn({
        operatorId: t.operatorId,
        userName: 'carol',
        password: 'carol-password-1',
        mfaOTPCode: '000000',
      });
      statuses.push(res.statusCode);
    }
    expect(statuses).toContain(429);
  });

  it('counts AuthKey secrets against the AuthKey ID', async () => {
    await t.createUserWithPassword('dave', 'dave-password-1');
    const key = (
      await t.call({ method: 'POST', url: `${t.operatorPath}/users/dave/auth_keys`, headers: rootHeaders })
    ).json<{ authKeyId: string; authKey: string }>();
    for (let i = 0; i < 8; i += 1) await signIn({ authKeyId: key.authKeyId, authKey: 'secret-wrong' });
    const refused = await signIn({ authKeyId: key.authKeyId, authKey: key.authKey });
    expect(refused.statusCode).toBe(429);
    advance(Number(refused.headers['retry-after']));
    expect((await signIn({ authKeyId: key.authKeyId, authKey: key.authKey })).statusCode).toBe(200);
  });

  it('stops an account for the rest of the hour at its hourly ceiling, whatever the waits (ASVS 2.2.1)', async () => {
    expect(DEFAULT_THROTTLE_LIMITS.account.maxFailuresPerWindow).toBeLessThanOrEqual(100);
    await rebuild({
      now: () => clock,
      security: { throttle: { account: { maxDelaySeconds: 1, maxFailuresPerWindow: 10 } } },
    });
    for (let i = 0; i < 10; i += 1) {
      const res = await signIn({ email: t.root.email, password: 'wrong' }, `10.2.${i}.1`);
      if (res.statusCode === 429) advance(Number(res.headers['retry-after']));
      else expect(res.statusCode).toBe(401);
      advance(1);
    }
    const refused = await signIn({ email: t.root.email, password: t.root.password }, '10.3.0.1');
    expect(refused.statusCode).toBe(429);
    expect(Number(refused.headers['retry-after'])).toBeGreaterThan(3000);
  });
});

describe('a burst of parallel guesses', () => {
  it('is not all hashed before the first failure counts: beyond the concurrent checks it gets 429, Retry-After 1', async () => {
    const burst = await Promise.all(
      Array.from({ length: 12 }, (_, i) =>
        signIn({ email: t.root.email, password: `parallel-${i}` }, `10.7.0.${i}`),
      ),
    );
    const checked = burst.filter((res) => res.statusCode === 401).length;
    const refused = burst.filter((res) => res.statusCode === 429);
    expect(checked).toBeLessThanOrEqual(MAX_CONCURRENT_CHECKS.account);
    expect(refused.length).toBe(12 - checked);
    expect(refused[0]?.headers['retry-after']).toBe('1');
  });
});

describe('per address', () => {
  it('waits an address that tries many accounts', async () => {
    const free = DEFAULT_THROTTLE_LIMITS.address.freeFailures;
    for (let i = 0; i <= free; i += 1)
      await signIn({ email: `user${i}@example.com`, password: 'wrong' }, '10.9.9.9');
    const refused = await signIn({ email: 'another@example.com', password: 'wrong' }, '10.9.9.9');
    expect(refused.statusCode).toBe(429);
    expect(Number(refused.headers['retry-after'])).toBeGreaterThanOrEqual(1);
    // Another address is not affected.
    expect((await signIn({ email: t.root.email, password: t.root.password }, '10.9.9.10')).statusCode).toBe(
      200,
    );
  });
});

describe('updateUserPassword', () => {
  it('counts a wrong currentPassword against the user, as a sign-in failure does', async () => {
    await t.createUserWithPassword('erin', 'erin-password-1');
    const change = (currentPassword: string) =>
      t.call({
        method: 'PUT',
        url: `${t.operatorPath}/users/erin/password`,
        headers: rootHeaders,
        payload: { currentPassword, newPassword: 'erin-password-2' },
      });
    const statuses: number[] = [];
    for (let i = 0; i < 8; i += 1) statuses.push((await change('wrong-password')).statusCode);
    expect(statuses.slice(0, 5)).toEqual([400, 400, 400, 400, 400]);
    expect(statuses).toContain(429);
    // The same account's sign-in waits too.
    const signInRefused = await signIn({
      operatorId: t.operatorId,
      userName: 'erin',
      password: 'erin-password-1',
    });
    expect(signInRefused.statusCode).toBe(429);
    advance(Number(signInRefused.headers['retry-after']));
    expect((await change('erin-password-1')).statusCode).toBe(200);
  });
});

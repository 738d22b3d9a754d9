// A throttled credential check's 429 is held before it is sent, within bounds; other answers are not.
import { performance } from 'node:perf_hooks';
import { afterEach, describe, expect, it } from 'vitest';
import { buildTestApp, type TestApp } from '../test-support.ts';
import { createRefusalTarpit } from './refusal-tarpit.ts';

let t: TestApp | undefined;
afterEach(async () => t?.close());

describe('the refusal tarpit', () => {
  it('holds a 429 to a sign-in for the delay; a wrong password (401) is answered as before', async () => {
    const delayMs = 400;
    t = await buildTestApp({
      security: { refusalDelayMs: delayMs, attemptsPerMinutePerAddress: 2 },
    });
    await t.createUserWithPassword('alice', 'alice-password-1');
    const attempt = async () => {
      const start = performance.now();
      const res = await t?.call({
        method: 'POST',
        url: '/v1/auth',
        payload: { operatorId: t.operatorId, userName: 'alice', password: 'wrong-password-0' },
        remoteAddress: '10.1.1.1',
      });
      return {
        status: res?.statusCode,
        retryAfter: res?.headers['retry-after'],
        ms: performance.now() - start,
      };
    };
    // Two credential checks a minute from this address: the third is refused.
    expect((await attempt()).status).toBe(401);
    expect((await attempt()).status).toBe(401);
    const refused = await attempt();
    expect(refused.status).toBe(429);
    expect(Number(refused.retryAfter)).toBeGreaterThanOrEqual(1);
    // Only a lower bound: a busy machine can make it later, never earlier.
    expect(refused.ms).toBeGreaterThanOrEqual(delayMs - 5);
  });

  it('holds at most the bounded number per address, and closes the connection beyond it', async () => {
    const released: (() => void)[] = [];
    const tarpit = createRefusalTarpit(
      { delayMs: 1000, maxHeldPerAddress: 2, maxHeld: 3 },
      () => new Promise<void>((resolve) => released.push(resolve)),
    );
    const first = tarpit.hold('10.0.0.1');
    const second = tarpit.hold('10.0.0.1');
    expect(await tarpit.hold('10.0.0.1')).toBe(false); // over the per-address bound: answered at once
    const other = tarpit.hold('10.0.0.2');
    expect(await tarpit.hold('10.0.0.3')).toBe(false); // over the overall bound
    expect(tarpit.heldCount()).toBe(3);
    for (const release of released) release();
    expect(await Promise.all([first, second, other])).toEqual([true, true, true]);
    expect(tarpit.heldCount()).toBe(0);
    // Room again once they are sent.
    const again = tarpit.hold('10.0.0.1');
    released.at(-1)?.();
    expect(tarpit.heldCount()).toBe(1);
    released.splice(0).forEach((release) => release());
    expect(await again).toBe(true);
  });

  it('sends the connection: close header when the bound is reached, over real sign-ins', async () => {
    t = await buildTestApp({
      security: { refusalDelayMs: 300, attemptsPerMinutePerAddress: 1 },
    });
    const signIn = () =>
      t?.call({
        method: 'POST',
        url: '/v1/auth',
        payload: { email: 'nobody@example.com', password: 'wrong-password-0' },
        remoteAddress: '10.9.9.9',
      });
    expect((await signIn())?.statusCode).toBe(401);
    // 70 parallel refusals from one address: 64 are held, the rest go at once with connection: close.
    const answers = await Promise.all(Array.from({ length: 70 }, signIn));
    expect(answers.every((answer) => answer?.statusCode === 429)).toBe(true);
    const closed = answers.filter((answer) => answer?.headers.connection === 'close');
    expect(closed).toHaveLength(6);
  });
});

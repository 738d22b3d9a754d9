// The MFA status gate: never more than `max` tasks at once, and queued tasks dropped when their signal aborts.
import { describe, expect, it } from 'vitest';
import { limitConcurrency } from './limit-concurrency.ts';

function deferred() {
  let resolve: () => void = () => undefined;
  const promise = new Promise<void>((done) => {
    resolve = done;
  });
  return { promise, resolve };
}

describe('limitConcurrency', () => {
  it('runs at most `max` tasks at a time, in order', async () => {
    const run = limitConcurrency(2);
    const gates = [deferred(), deferred(), deferred()];
    const started: number[] = [];
    const results = gates.map((gate, index) =>
      run(async () => {
        started.push(index);
        await gate.promise;
        return index;
      }),
    );
    await Promise.resolve();
    expect(started).toEqual([0, 1]);
    gates[0]?.resolve();
    await results[0];
    await new Promise((done) => setTimeout(done, 0));
    expect(started).toEqual([0, 1, 2]);
    gates[1]?.resolve();
    gates[2]?.resolve();
    expect(await Promise.all(results)).toEqual([0, 1, 2]);
  });

  it('never starts a queued task whose signal aborted', async () => {
    const run = limitConcurrency(1);
    const first = deferred();
    const started: string[] = [];
    const running = run(async () => {
      started.push('first');
      await first.promise;
    });
    const controller = new AbortController();
    const queued = run(async () => {
      started.push('queued');
    }, controller.signal);
    controller.abort();
    await expect(queued).rejects.toBeDefined();
    first.resolve();
    await running;
    await run(async () => {
      started.push('after');
    });
    expect(started).toEqual(['first', 'after']);
  });
});

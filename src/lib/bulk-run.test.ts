// Bulk runs: every user gets an outcome, failures carry their reason and never stop the rest, a run starts once.
import { describe, expect, it } from 'vitest';
import { createBulkRun, type BulkItemStatus } from './bulk-run.ts';

const describeError = (error: unknown) => (error instanceof Error ? error.message : String(error));

describe('createBulkRun', () => {
  it('carries on past a failure and reports done, failed (with reason) and skipped users', async () => {
    const ran: string[] = [];
    const run = createBulkRun(
      [
        { userName: 'a', run: async () => void ran.push('a') },
        {
          userName: 'b',
          run: async () => {
            ran.push('b');
            throw new Error('No such user: b');
          },
        },
        { userName: 'c', run: async () => void ran.push('c') },
        { userName: 'd', skipReason: 'No AuthKey older than 90 days', run: async () => void ran.push('d') },
      ],
      { describeError, concurrency: 1 },
    );
    const summary = await run.start();
    expect(ran).toEqual(['a', 'b', 'c']);
    expect(summary).toEqual({
      done: ['a', 'c'],
      failed: [{ userName: 'b', reason: 'No such user: b' }],
      skipped: [{ userName: 'd', reason: 'No AuthKey older than 90 days' }],
    });
  });

  it('runs each step once however often it is started', async () => {
    let calls = 0;
    const run = createBulkRun([{ userName: 'a', run: async () => void (calls += 1) }], { describeError });
    const [first, second] = await Promise.all([run.start(), run.start()]);
    await run.start();
    expect(calls).toBe(1);
    expect(first).toBe(second);
  });

  it('never runs more than the concurrency limit at once, and reports progress per user', async () => {
    let active = 0;
    let peak = 0;
    const seen: ReadonlyMap<string, BulkItemStatus>[] = [];
    const steps = Array.from({ length: 8 }, (_, i) => ({
      userName: `u${i}`,
      run: async () => {
        active += 1;
        peak = Math.max(peak, active);
        await new Promise((resolve) => setTimeout(resolve, 1));
        active -= 1;
      },
    }));
    const run = createBulkRun(steps, { describeError, concurrency: 3, onProgress: (s) => seen.push(s) });
    expect(run.statuses().get('u0')).toEqual({ state: 'waiting' });
    const summary = await run.start();
    expect(peak).toBe(3);
    expect(summary.done).toHaveLength(8);
    // Each user went running then done: 16 reports.
    expect(seen).toHaveLength(16);
    expect(seen.at(-1)?.get('u7')).toEqual({ state: 'done' });
  });

  it('runs a step marked last alone, once every other step has finished', async () => {
    const events: string[] = [];
    const slow = (userName: string) => ({
      userName,
      run: async () => {
        events.push(`start ${userName}`);
        await new Promise((resolve) => setTimeout(resolve, 5));
        events.push(`end ${userName}`);
      },
    });
    const run = createBulkRun([{ ...slow('me'), last: true }, slow('a'), slow('b')], {
      describeError,
      concurrency: 4,
    });
    const summary = await run.start();
    expect(events.slice(-2)).toEqual(['start me', 'end me']);
    expect(events.slice(0, 4).sort()).toEqual(['end a', 'end b', 'start a', 'start b']);
    expect(summary.done.sort()).toEqual(['a', 'b', 'me']);
  });
});

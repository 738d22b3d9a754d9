// Unit tests of the countdown of the current 30 s TOTP step, against otpauth's own arithmetic.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { TOTP } from 'otpauth';
import { totpWindow } from './totp-window.ts';

describe('totpWindow', () => {
  it('reads 30 s left at the very start of a step', () => {
    const w = totpWindow(1_800_000_000_000); // divisible by 30 000
    expect(w.secondsLeft).toBe(30);
    expect(w.elapsedFraction).toBe(0);
    expect(w.counter).toBe(60_000_000);
    expect(w.nextStepAt).toBe(1_800_000_030_000);
  });

  it('rounds partial seconds up, so it reads 1 s in the last second, never 0', () => {
    expect(totpWindow(1_800_000_029_001).secondsLeft).toBe(1);
    expect(totpWindow(1_800_000_029_999).secondsLeft).toBe(1);
    expect(totpWindow(1_800_000_028_999).secondsLeft).toBe(2);
  });

  it('moves to the next counter exactly on the boundary', () => {
    expect(totpWindow(1_800_000_029_999).counter).toBe(60_000_000);
    expect(totpWindow(1_800_000_030_000).counter).toBe(60_000_001);
  });

  it('reports the share of the step gone', () => {
    expect(totpWindow(1_800_000_015_000).elapsedFraction).toBeCloseTo(0.5);
  });

  it('supports other periods', () => {
    const w = totpWindow(65_500, 60);
    expect(w.counter).toBe(1);
    expect(w.secondsLeft).toBe(55);
  });

  it('refuses nonsense input', () => {
    expect(() => totpWindow(Number.NaN)).toThrow(RangeError);
    expect(() => totpWindow(0, 0)).toThrow(RangeError);
  });

  it('agrees with otpauth on the counter and the time remaining for any instant', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 4_102_444_800_000 }), (now) => {
        const w = totpWindow(now);
        expect(w.counter).toBe(TOTP.counter({ timestamp: now }));
        expect(w.nextStepAt - now).toBe(TOTP.remaining({ timestamp: now }));
        expect(w.secondsLeft).toBeGreaterThanOrEqual(1);
        expect(w.secondsLeft).toBeLessThanOrEqual(30);
      }),
    );
  });
});

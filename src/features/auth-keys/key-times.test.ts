// Unit tests of the ages and dates in the AuthKey list.
import { describe, expect, it } from 'vitest';
import { formatAge, formatTimestamp, isoTimestamp } from './key-times.ts';

const now = Date.UTC(2026, 10, 28, 12, 0, 0);
const nowSeconds = now / 1000;

describe('formatAge', () => {
  it.each([
    [0, 'less than a minute'],
    [59, 'less than a minute'],
    [60, '1 minute'],
    [3599, '59 minutes'],
    [3600, '1 hour'],
    [86399, '23 hours'],
    [86400, '1 day'],
    [86400 * 400, '400 days'],
  ])('%i seconds ago reads %j', (ago, text) => {
    expect(formatAge(nowSeconds - ago, now)).toBe(text);
  });

  it('treats a time slightly in the future (clock skew) as just now', () => {
    expect(formatAge(nowSeconds + 30, now)).toBe('less than a minute');
  });

  it('speaks Japanese when asked', () => {
    expect(formatAge(nowSeconds - 300, now, 'ja', '1 分未満')).toBe('5 分');
    expect(formatAge(nowSeconds - 10, now, 'ja', '1 分未満')).toBe('1 分未満');
  });
});

describe('formatTimestamp', () => {
  it('says never for a key that was never used', () => {
    expect(formatTimestamp(undefined)).toBe('never');
  });

  it('formats seconds (not milliseconds) as a date, naming the time zone', () => {
    expect(formatTimestamp(nowSeconds, 'en-GB', 'UTC')).toBe('28 Nov 2026, 12:00:00 UTC');
    expect(formatTimestamp(nowSeconds, 'ja', 'Asia/Tokyo')).toBe('2026/11/28 21:00:00 JST');
  });
});

describe('isoTimestamp', () => {
  it('gives the ISO form of a UNIX-seconds time', () => {
    expect(isoTimestamp(nowSeconds)).toBe('2026-11-28T12:00:00.000Z');
  });
});

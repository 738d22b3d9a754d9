// Relative times in both languages and both styles: the long one for text, the short one for the user list's
// narrow date columns.
import { describe, expect, it } from 'vitest';
import { formatRelative } from './format.ts';

const now = Date.UTC(2026, 11, 7, 12, 0, 0);
const ago = (seconds: number) => Math.round(now / 1000) - seconds;

describe('formatRelative', () => {
  it.each([
    [59, '59 seconds ago', '59 sec. ago'],
    [59 * 60, '59 minutes ago', '59 min. ago'],
    [3600, '1 hour ago', '1 hr. ago'],
    [86_400, 'yesterday', '1 day ago'],
    [3 * 604_800, '3 weeks ago', '3 wk. ago'],
    [11 * 2_592_000, '11 months ago', '11 mo. ago'],
    [2 * 31_536_000, '2 years ago', '2 yr. ago'],
    [-120, 'in 2 minutes', 'in 2 min.'],
  ])('%i seconds ago reads %j, or %j when short', (seconds, long, short) => {
    expect(formatRelative(ago(seconds), 'en', 'just now', now)).toBe(long);
    expect(formatRelative(ago(seconds), 'en', 'just now', now, 'short')).toBe(short);
  });

  it('says Japanese in either style, with the number always when short', () => {
    expect(formatRelative(ago(59 * 60), 'ja', 'たった今', now, 'short')).toBe('59 分前');
    expect(formatRelative(ago(86_400), 'ja', 'たった今', now)).toBe('昨日');
    expect(formatRelative(ago(86_400), 'ja', 'たった今', now, 'short')).toBe('1 日前');
  });

  it('reads "just now" within 45 seconds either way, in either style', () => {
    expect(formatRelative(ago(44), 'en', 'just now', now, 'short')).toBe('just now');
    expect(formatRelative(ago(-44), 'en', 'just now', now)).toBe('just now');
  });
});

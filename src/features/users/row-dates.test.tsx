// @vitest-environment jsdom
// The list's dates: formatted once per user, when their row is first drawn, and the same object after that.
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, renderHook } from '@testing-library/react';
import type { UserDetail } from '../../api/operations.ts';
import { bindFormat, type Format } from '../../i18n/format.ts';
import { useRowDates } from './users-table.tsx';

afterEach(cleanup);

const answeredAt = Date.UTC(2026, 11, 7, 12, 0, 0);

function user(userName: string, created: number, lastSignIn?: number): UserDetail {
  return {
    userName,
    hasPassword: false,
    authKeyList: [],
    roleList: [],
    createDateTime: created,
    updateDateTime: created + 60,
    ...(lastSignIn === undefined ? {} : { lastSignInDateTime: lastSignIn }),
  };
}

/** The real English formatting, counting how many times it formats an absolute time. */
function countingFormat(): { format: Format; exact: () => number } {
  const real = bindFormat('en', { justNow: 'just now' });
  let exact = 0;
  return {
    format: {
      ...real,
      dateTime: (date, timeZone) => {
        exact += 1;
        return real.dateTime(date, timeZone);
      },
    },
    exact: () => exact,
  };
}

describe('useRowDates', () => {
  it('formats only the users whose dates are asked for, each once', () => {
    const { format, exact } = countingFormat();
    const users = Array.from({ length: 1000 }, (_, i) =>
      user(`user-${i}`, answeredAt / 1000 - 86_400 * (i + 1)),
    );
    const { result, rerender } = renderHook(() => useRowDates(answeredAt, format));
    expect(exact()).toBe(0);
    const first = users[0] as UserDetail;
    const dates = result.current.datesOf(first);
    expect(dates.created.relative).toBe('1 day ago');
    expect(dates.created.iso).toBe('2026-12-06T12:00:00.000Z');
    expect(dates.lastSignIn).toBeNull();
    expect(exact()).toBe(2);
    rerender();
    expect(result.current.datesOf(first)).toBe(dates);
    expect(exact()).toBe(2);
    for (const other of users.slice(0, 50)) result.current.datesOf(other);
    expect(exact()).toBe(100);
    expect(result.current.now).toBe(answeredAt / 1000);
  });

  it('formats again for a new answer, measuring ages from it', () => {
    const { format } = countingFormat();
    const someone = user('someone', answeredAt / 1000 - 3600, answeredAt / 1000 - 120);
    const { result, rerender } = renderHook(({ at }) => useRowDates(at, format), {
      initialProps: { at: answeredAt },
    });
    const before = result.current.datesOf(someone);
    expect(before.lastSignIn?.relative).toBe('2 min. ago');
    rerender({ at: answeredAt + 3_600_000 });
    const after = result.current.datesOf(someone);
    expect(after).not.toBe(before);
    expect(after.lastSignIn?.relative).toBe('1 hr. ago');
  });
});

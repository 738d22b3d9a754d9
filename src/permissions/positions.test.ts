// Tests of offset → line/column conversion against a naive count.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { positionAt, rangeAt } from './positions.ts';

function naive(text: string, offset: number) {
  const before = text.slice(0, offset).split('\n');
  return { line: before.length, column: (before[before.length - 1] ?? '').length + 1 };
}

describe('positions', () => {
  it('counts lines and columns from 1', () => {
    const text = 'ab\ncd\n\nef';
    expect(positionAt(text, 0)).toEqual({ offset: 0, line: 1, column: 1 });
    expect(positionAt(text, 2)).toEqual({ offset: 2, line: 1, column: 3 });
    expect(positionAt(text, 3)).toEqual({ offset: 3, line: 2, column: 1 });
    expect(positionAt(text, 7)).toEqual({ offset: 7, line: 4, column: 1 });
    expect(positionAt(text, 99)).toEqual({ offset: 9, line: 4, column: 3 });
    expect(positionAt(text, -5)).toEqual({ offset: 0, line: 1, column: 1 });
    expect(rangeAt(text, 4, 2)).toEqual({ from: 4, to: 4, line: 2, column: 2 });
  });

  it('agrees with a naive count for any text and offset', () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom('a', '\n', '\r', ' ', 'é') }), fc.nat(), (text, n) => {
        const offset = n % (text.length + 1);
        expect(positionAt(text, offset)).toEqual({ offset, ...naive(text, offset) });
      }),
    );
  });
});

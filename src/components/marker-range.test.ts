// A problem's marker always covers at least one character of the text the editor holds.
import { describe, expect, it } from 'vitest';
import { markerRange } from './marker-range.ts';

describe('markerRange', () => {
  it('keeps a span inside the text as it is', () => {
    expect(markerRange(2, 5, 10)).toEqual({ from: 2, to: 5 });
  });

  it('widens an empty span forwards inside the text, backwards at its end', () => {
    expect(markerRange(3, 3, 10)).toEqual({ from: 3, to: 4 });
    expect(markerRange(10, 10, 10)).toEqual({ from: 9, to: 10 });
  });

  it('clamps a span that reaches past the text, and leaves an empty text empty', () => {
    expect(markerRange(8, 40, 10)).toEqual({ from: 8, to: 10 });
    expect(markerRange(12, 15, 10)).toEqual({ from: 9, to: 10 });
    expect(markerRange(0, 0, 0)).toEqual({ from: 0, to: 0 });
  });
});

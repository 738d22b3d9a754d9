// Turns UTF-16 offsets into 1-based line/column positions, as editors and error messages show them.
import type { TextPosition, TextRange } from './types.ts';

function clampOffset(text: string, offset: number): number {
  return Math.max(0, Math.min(Number.isFinite(offset) ? Math.trunc(offset) : 0, text.length));
}

/**
 * Line starts of a text, computed once, so a document with many statements gets all its ranges
 * in one pass instead of rescanning from the start for each.
 */
export function createLineIndex(text: string): (from: number, to: number) => TextRange {
  const starts = [0];
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
  return (from, to) => {
    const start = clampOffset(text, from);
    let low = 0;
    let high = starts.length - 1;
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      if ((starts[mid] ?? 0) <= start) low = mid;
      else high = mid - 1;
    }
    const end = Math.max(start, clampOffset(text, Number.isFinite(to) ? to : start));
    return { from: start, to: end, line: low + 1, column: start - (starts[low] ?? 0) + 1 };
  };
}

export function positionAt(text: string, offset: number): TextPosition {
  const { from, line, column } = createLineIndex(text)(offset, offset);
  return { offset: from, line, column };
}

export function rangeAt(text: string, from: number, to: number): TextRange {
  return createLineIndex(text)(from, to);
}

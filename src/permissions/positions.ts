// Turns UTF-16 offsets into 1-based line/column positions, as editors and error messages show them.
import type { TextPosition, TextRange } from './types';

export function positionAt(text: string, offset: number): TextPosition {
  const clamped = Math.max(0, Math.min(Number.isFinite(offset) ? Math.trunc(offset) : 0, text.length));
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < clamped; i++) {
    if (text.charCodeAt(i) === 10) {
      line++;
      lineStart = i + 1;
    }
  }
  return { offset: clamped, line, column: clamped - lineStart + 1 };
}

export function rangeAt(text: string, from: number, to: number): TextRange {
  const start = positionAt(text, from);
  const end = Math.max(start.offset, Math.min(Number.isFinite(to) ? Math.trunc(to) : start.offset, text.length));
  return { from: start.offset, to: end, line: start.line, column: start.column };
}

// Where an editor draws a problem's marker: on the characters the problem names, never on nothing.

/**
 * The span [from, to) clamped to a text of `length` characters (the editor may hold less than was checked), and an
 * empty span (a missing value, an unexpected end) widened to one character so its marker can be seen: forwards
 * inside the text, backwards at its end.
 */
export function markerRange(from: number, to: number, length: number): { from: number; to: number } {
  let start = Math.max(0, Math.min(from, length));
  let end = Math.max(start, Math.min(to, length));
  if (end === start) {
    if (end < length) end += 1;
    else if (start > 0) start -= 1;
  }
  return { from: start, to: end };
}

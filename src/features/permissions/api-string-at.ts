// Finds the API-name string around a cursor in a permission document, for autocompletion and the hover.

export interface ApiStringSpan {
  /** Offset just after the opening quote. */
  from: number;
  /** Offset of the closing quote, or of the end of the name when the string is not closed yet. */
  to: number;
  /** The text between the quotes (escapes kept as written; API names have none). */
  value: string;
}

// How far back to look: an "api" array of a few dozen names fits easily, and a bounded slice keeps
// the regular expression cheap on every keystroke.
const LOOK_BACK = 4000;

// `"api": "...` or `"api": [ "a", "b", "...` up to the cursor; the last group is the open string.
const OPEN_API_STRING = /"api"\s*:\s*(?:\[\s*(?:"(?:[^"\\\n]|\\.)*"\s*,\s*)*)?"((?:[^"\\\n]|\\.)*)$/;

/**
 * The "api" string value the offset `pos` is in (a string value of the "api" key, or an item of
 * its array), or null when the cursor is anywhere else, such as in a condition or in a key.
 */
export function apiStringAt(text: string, pos: number): ApiStringSpan | null {
  if (pos < 0 || pos > text.length) return null;
  const start = Math.max(0, pos - LOOK_BACK);
  const match = OPEN_API_STRING.exec(text.slice(start, pos));
  if (!match) return null;
  const typed = match[1] ?? '';
  const from = pos - typed.length;
  let to = pos;
  while (to < text.length) {
    const char = text[to];
    if (char === '"' || char === '\n' || char === undefined) break;
    if (char === '\\') to += 2;
    else to += 1;
  }
  to = Math.min(to, text.length);
  return { from, to, value: text.slice(from, to) };
}

// Finding the "api" string around the cursor: values and array items count, keys, effects and conditions do not.
import { describe, expect, it } from 'vitest';
import { apiStringAt } from './api-string-at.ts';

/** The text with `|` marking the cursor, and where the cursor is. */
function at(marked: string) {
  const pos = marked.indexOf('|');
  return apiStringAt(marked.slice(0, pos) + marked.slice(pos + 1), pos);
}

describe('apiStringAt', () => {
  it('finds a string value of "api" and the whole name around the cursor', () => {
    expect(at('{"statements": [{"effect": "allow", "api": "User:li|stUsers"}]}')).toEqual({
      from: 44,
      to: 58,
      value: 'User:listUsers',
    });
  });

  it('finds an item of an "api" array, across lines', () => {
    const span = at('{\n  "api": [\n    "User:listUsers",\n    "Sim:|"\n  ]\n}');
    expect(span?.value).toBe('Sim:');
  });

  it('finds a string that is not closed yet, up to the end of the line', () => {
    expect(at('{"statements": [{"effect": "allow", "api": "Bil|')?.value).toBe('Bil');
    expect(at('{"api": "|')).toEqual({ from: 9, to: 9, value: '' });
  });

  it('ignores keys, other values and conditions', () => {
    expect(at('{"statements": [{"effect": "al|low", "api": "*"}]}')).toBeNull();
    expect(at('{"statements": [{"a|pi": "*"}]}')).toBeNull();
    expect(at('{"statements": [{"api": "*", "condition": "samUser|Name == \'a\'"}]}')).toBeNull();
    expect(at('{"statements": [{"api": ["*"], "effect": "|"}]}')).toBeNull();
  });

  it('answers null for a cursor outside the text', () => {
    expect(apiStringAt('{"api": ""}', 99)).toBeNull();
    expect(apiStringAt('{"api": ""}', -1)).toBeNull();
  });
});

// Tests of the positioned JSON parser and the pretty printer.
import { describe, expect, it } from 'vitest';
import { parseJson } from './json-parser.ts';
import { printJson } from './json-printer.ts';
import type { JsonNode } from './types.ts';

function root(text: string): JsonNode {
  const result = parseJson(text);
  expect(result.errors).toEqual([]);
  if (!result.root) throw new Error('expected a tree');
  return result.root;
}

function firstError(text: string) {
  const result = parseJson(text);
  expect(result.root).toBeNull();
  const [error] = result.errors;
  if (!error) throw new Error('expected an error');
  return error;
}

describe('parseJson', () => {
  it('records the offsets of keys and values', () => {
    const text = '{\n  "a": [1, "x\\ny", true, null],\n  "b": {}\n}';
    const tree = root(text);
    if (tree.type !== 'object') throw new Error('object expected');
    const [a, b] = tree.members;
    expect(a?.key).toMatchObject({ value: 'a', from: text.indexOf('"a"'), to: text.indexOf('"a"') + 3 });
    expect(b?.value).toMatchObject({ type: 'object', from: text.indexOf('{}'), to: text.indexOf('{}') + 2 });
    if (a?.value.type !== 'array') throw new Error('array expected');
    const [one, str, yes, nothing] = a.value.items;
    expect(one).toMatchObject({ type: 'number', value: 1, raw: '1', from: text.indexOf('1') });
    expect(str).toMatchObject({
      type: 'string',
      value: 'x\ny',
      from: text.indexOf('"x'),
      to: text.indexOf('y"') + 2,
    });
    expect(yes).toMatchObject({ type: 'boolean', value: true });
    expect(nothing).toMatchObject({
      type: 'null',
      value: null,
      from: text.indexOf('null'),
      to: text.indexOf('null') + 4,
    });
    expect(tree).toMatchObject({ from: 0, to: text.length });
  });

  it('decodes every escape', () => {
    const tree = root(String.raw`"\" \\ \/ \b \f \n \r \t \u00e9 \uD83D\uDE00"`);
    expect(tree).toMatchObject({ type: 'string', value: '" \\ / \b \f \n \r \t é 😀' });
  });

  it('reads numbers as JSON defines them', () => {
    expect(root('-0.5e+3')).toMatchObject({ value: -500, raw: '-0.5e+3' });
    expect(firstError('01').message).toMatch(/Invalid number/);
    expect(firstError('1.').message).toMatch(/Invalid number/);
    expect(firstError('-').message).toMatch(/Invalid number/);
  });

  it('points at the character where the syntax breaks, with line and column', () => {
    const text = '{\n  "statements": [\n    {"effect": "allow",}\n  ]\n}';
    const error = firstError(text);
    expect(error).toMatchObject({
      severity: 'error',
      kind: 'syntax',
      line: 3,
      column: 23,
      from: text.indexOf(',}'),
    });
    expect(error.message).toMatch(/Trailing comma/);
  });

  it.each([
    ['', 0, /value is missing/],
    ['{"a" 1}', 5, /Expected ':'/],
    ['{"a": 1 "b": 2}', 8, /Expected ',' or '}'/],
    ['[1 2]', 3, /Expected ',' or '\]'/],
    ["{'a': 1}", 1, /double quotes/],
    ['{"a": tru}', 6, /Unexpected word 'tru'/],
    ['{"a": "x', 6, /Unterminated string/],
    ['"a\u0001"', 2, /must be escaped/],
    ['"\\x"', 1, /Invalid escape '\\x'/],
    ['"\\u12g4"', 1, /Invalid \\u escape/],
    ['{} {}', 3, /after the end of the JSON value/],
    ['[1,]', 2, /Trailing comma/],
    ['{"a": 1', 7, /expected '\}' to close the object opened at line 1, column 1/],
    ['[1, [2]', 7, /expected '\]' to close the array opened at line 1, column 1/],
    ['{"a" \n', 4, /Expected ':' after the property name "a"/],
    ['[', 1, /value is missing/],
    ['{\u00a0"a": 1}', 1, /non-breaking space \(U\+00A0\)/],
    ['\ufeff{}', 0, /byte-order mark/],
    ['{\u201ca\u201d: 1}', 1, /curly quote/],
    ['{"a":\u200b1}', 5, /invisible character \(U\+200B\)/],
  ])('reports %j at offset %i', (text, offset, message) => {
    const error = firstError(text);
    expect(error.from).toBe(offset);
    expect(error.message).toMatch(message);
  });

  describe('in a document of several lines, the error sits at the token that breaks it', () => {
    // Each case is the valid document below with one thing broken; the error must be on the line where it is.
    const lines = [
      '{',
      '  "statements": [',
      '    {',
      '      "effect": "allow",',
      '      "api": ["User:listUsers", "User:getUser"]',
      '    }',
      '  ]',
      '}',
    ];
    const broken = (edit: (lines: string[]) => void): string => {
      const copy = [...lines];
      edit(copy);
      return copy.join('\n');
    };

    it.each([
      [
        'a missing comma, at the key that follows',
        broken((l) => (l[3] = '      "effect": "allow"')),
        { line: 5, column: 7, message: /Expected ',' or '\}' but found '"'/ },
      ],
      [
        'a trailing comma, at the comma',
        broken((l) => (l[4] = '      "api": ["User:listUsers", "User:getUser"],')),
        { line: 5, column: 48, message: /Trailing comma: JSON does not allow a comma before \}/ },
      ],
      [
        'an unclosed string, at its opening quote',
        broken((l) => (l[3] = '      "effect": "allow,')),
        { line: 4, column: 17, message: /Unterminated string: a line break cannot appear/ },
      ],
      [
        'a bad literal, at the word',
        broken((l) => (l[3] = '      "effect": allow,')),
        { line: 4, column: 17, message: /Unexpected word 'allow': expected a JSON value/ },
      ],
      [
        'an unexpected end, after the last thing written, naming the bracket left open',
        broken((l) => l.splice(5, 3)),
        {
          line: 5,
          column: 48,
          message:
            /Unexpected end of the document: expected '\}' to close the object opened at line 3, column 5/,
        },
      ],
      [
        'a missing closing brace, on the line before it, not at the opening one on line 1',
        broken((l) => (l[7] = '')),
        { line: 7, column: 4, message: /expected '\}' to close the object opened at line 1, column 1/ },
      ],
    ])('%s', (_case, text, expected) => {
      const error = firstError(text);
      expect({ line: error.line, column: error.column }).toEqual({
        line: expected.line,
        column: expected.column,
      });
      expect(error.message).toMatch(expected.message);
    });

    it('notices a missing opening brace only where the text stops making sense, a line later', () => {
      // Up to the key, `[ "effect"` is still the start of a valid array of strings: no parser can tell
      // earlier, so an error may sit after the place where the text was broken (never before its line's
      // previous one, see properties.test.ts).
      const error = firstError(broken((l) => (l[2] = '    ')));
      expect(error).toMatchObject({ line: 4, column: 15 });
      expect(error.message).toMatch(/Expected ',' or '\]' but found ':'/);
    });
  });

  it('refuses absurd nesting instead of overflowing the stack', () => {
    const error = firstError('['.repeat(100_000));
    expect(error.message).toMatch(/nested more than/);
  });
});

describe('printJson', () => {
  it('prints with two spaces and keeps numbers as written', () => {
    const text = '{"statements":[{"effect":"allow","api":["A:b",1.50]}],"e":[],"o":{}}';
    expect(printJson(root(text))).toBe(
      '{\n  "statements": [\n    {\n      "effect": "allow",\n      "api": [\n        "A:b",\n        1.50\n      ]\n    }\n  ],\n  "e": [],\n  "o": {}\n}',
    );
  });

  it('escapes strings so the printed text parses back to the same value', () => {
    const value = 'quote " backslash \\ newline \n tab \t control \u0001 emoji 😀';
    const printed = printJson(root(JSON.stringify(value)));
    expect(root(printed)).toMatchObject({ type: 'string', value });
  });
});

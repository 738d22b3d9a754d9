// Tests of document validation (shape, conditions, API warnings), positions, formatting and broad-grant detection.
import { describe, expect, it } from 'vitest';
import {
  analyzePermission,
  broadGrantsAdded,
  firstPermissionError,
  formatPermission,
} from './permission-document.ts';
import { createCatalogue } from './catalogue.ts';
import { API_OPERATIONS } from './api-catalogue.gen.ts';

const catalogue = createCatalogue(API_OPERATIONS);

function errors(text: string) {
  return analyzePermission(text).diagnostics.filter((diagnostic) => diagnostic.severity === 'error');
}

function onlyError(text: string) {
  const found = errors(text);
  expect(found).toHaveLength(1);
  const [error] = found;
  if (!error) throw new Error('expected an error');
  return error;
}

describe('analyzePermission: shape', () => {
  it('accepts the documented forms and returns their statements with ranges', () => {
    const text = `{
  "statements": [
    { "effect": "allow", "api": "Sim:listSims" },
    { "effect": "deny", "api": ["User:*", "Role:*"], "condition": "samUserName == 'ops'" }
  ]
}`;
    const analysis = analyzePermission(text);
    expect(analysis.valid).toBe(true);
    expect(analysis.diagnostics).toEqual([]);
    const [first, second] = analysis.statements;
    expect(first).toMatchObject({ index: 0, effect: 'allow', condition: null, conditionExpr: null });
    expect(first?.apis).toEqual([
      {
        pattern: 'Sim:listSims',
        range: expect.objectContaining({ from: text.indexOf('"Sim:listSims"'), line: 3 }),
      },
    ]);
    expect(first?.range).toMatchObject({ from: text.indexOf('{ "effect": "allow"'), line: 3, column: 5 });
    expect(second).toMatchObject({ index: 1, effect: 'deny', condition: "samUserName == 'ops'" });
    expect(second?.apis.map((entry) => entry.pattern)).toEqual(['User:*', 'Role:*']);
    expect(second?.conditionExpr).toMatchObject({ type: 'compare' });
  });

  it('accepts an empty list of statements (it allows nothing)', () => {
    expect(analyzePermission('{"statements": []}')).toMatchObject({ valid: true, statements: [] });
  });

  it('names an unknown key and points at it', () => {
    const text = '{"statements": [{"Effect": "allow", "effect": "allow", "api": "*"}]}';
    const error = onlyError(text);
    expect(error).toMatchObject({
      kind: 'shape',
      from: text.indexOf('"Effect"'),
      to: text.indexOf('"Effect"') + 8,
      line: 1,
    });
    expect(error.message).toContain('Unknown key "Effect"');
    expect(error.message).toContain('did you mean "effect"');
  });

  it('names the look-alike key when a required key is missing, so the first error (what the server answers) explains itself', () => {
    const text = '{"statements": [{"Effect": "allow", "API": "*"}]}';
    const messages = analyzePermission(text).diagnostics.map((diagnostic) => diagnostic.message);
    expect(messages[0]).toBe(
      'Statement 1 has no "effect" (it is written "Effect"; keys are case-sensitive): add "effect": "allow" or "effect": "deny"',
    );
    expect(messages[1]).toBe(
      'Statement 1 has no "api" (it is written "API"; keys are case-sensitive): add "api": "Group:operation" or a list of them',
    );
    expect(firstPermissionError('{"statements": [{"Efect": "allow", "api": "*"}]}')?.message).toBe(
      'Statement 1 has no "effect": add "effect": "allow" or "effect": "deny"',
    );
  });

  it('reports every problem of a statement, and leaves that statement out', () => {
    const text =
      '{"statements": [{"Effect": "allow", "apis": "*"}, {"effect": "allow", "api": "Sim:listSims"}]}';
    const analysis = analyzePermission(text);
    expect(analysis.valid).toBe(false);
    expect(analysis.diagnostics.map((diagnostic) => diagnostic.message)).toEqual([
      expect.stringContaining('Statement 1 has no "effect"'),
      expect.stringContaining('Statement 1 has no "api"'),
      expect.stringContaining('Unknown key "Effect"'),
      expect.stringContaining('Unknown key "apis" in statement 1 (did you mean "api"?'),
    ]);
    expect(analysis.diagnostics[0]).toMatchObject({
      from: text.indexOf('{"Effect"'),
      to: text.indexOf('{"Effect"') + 1,
    });
    expect(analysis.statements.map((statement) => statement.index)).toEqual([1]);
  });

  it.each([
    ['[]', 0, /is an object \{"statements": \[\.\.\.\]\}, not an array/],
    ['{}', 0, /"statements" array is missing/],
    ['{"statements": {}}', 15, /must be an array of statements, not an object/],
    ['{"statements": [], "Version": 1}', 19, /Unknown key "Version"/],
    ['{"statements": [], "statements": []}', 19, /appears twice/],
    ['{"statements": ["allow"]}', 16, /Statement 1 must be an object/],
    [
      '{"statements": [{"effect": "Allow", "api": "*"}]}',
      27,
      /not "Allow" \(write it in lower case: "allow"\)/,
    ],
    ['{"statements": [{"effect": "permit", "api": "*"}]}', 27, /must be "allow" or "deny", not "permit"/],
    ['{"statements": [{"effect": true, "api": "*"}]}', 27, /not true/],
    ['{"statements": [{"effect": "allow", "api": 3}]}', 43, /string or an array of strings, not a number/],
    ['{"statements": [{"effect": "allow", "api": []}]}', 43, /lists no API/],
    ['{"statements": [{"effect": "allow", "api": ["*", null]}]}', 49, /Each API in "api" is a string/],
    ['{"statements": [{"effect": "allow", "api": " "}]}', 43, /cannot be empty/],
    ['{"statements": [{"effect": "allow", "api": "*", "condition": 1}]}', 61, /"condition" must be a string/],
    ['{"statements": [{"effect": "allow", "effect": "deny", "api": "*"}]}', 36, /"effect" appears twice/],
  ])('%s → error at %i', (text, from, message) => {
    const error = onlyError(text);
    expect(error.message).toMatch(message);
    expect(error.from).toBe(from);
  });

  it('reports a misspelt "statements" both as unknown and as missing', () => {
    const found = errors('{"Statements": []}');
    expect(found.map(({ from, message }) => ({ from, message }))).toEqual([
      { from: 0, message: 'The "statements" array is missing' },
      { from: 1, message: expect.stringContaining('Unknown key "Statements" (did you mean "statements"?') },
    ]);
  });

  it('reports a JSON syntax error alone, with its line and column', () => {
    const text = '{\n  "statements": [\n    {"effect": "allow" "api": "*"}\n  ]\n}';
    const analysis = analyzePermission(text);
    expect(analysis.valid).toBe(false);
    expect(analysis.diagnostics).toEqual([
      expect.objectContaining({ kind: 'syntax', line: 3, column: 24, from: text.indexOf('"api"') }),
    ]);
  });
});

describe('analyzePermission: conditions inside the document', () => {
  it('maps a condition error onto its place in the JSON text', () => {
    const text = '{"statements": [{"effect": "allow", "api": "*",\n  "condition": "samUserName = \'a\'"}]}';
    const error = onlyError(text);
    const equals = text.indexOf(" = '") + 1;
    expect(error).toMatchObject({
      kind: 'condition',
      from: equals,
      to: equals + 1,
      line: 2,
      column: equals - text.indexOf('\n'),
    });
    expect(error.message).toBe("Condition: Use '==' to compare");
  });

  it('accounts for escapes that come before the error', () => {
    // \u0073 is "s" and \t a tab: both take more room in the text than in the condition.
    const text = String.raw`{"statements": [{"effect": "allow", "api": "*", "condition": "\u0073amUserName\t== 'a' and bogus"}]}`;
    const error = onlyError(text);
    expect(error.message).toMatch(/Unknown name 'bogus'/);
    expect(text.slice(error.from, error.to)).toBe('bogus');
  });

  it('points inside an escaped quote-free condition at an error at the very end', () => {
    const text = `{"statements": [{"effect": "allow", "api": "*", "condition": "samUserName == 'a' and"}]}`;
    const error = onlyError(text);
    expect(error.message).toMatch(/value is missing/);
    // The missing value is reported at the closing quote of the condition string.
    expect(error.from).toBe(text.indexOf(`and"`) + 3);
    expect(error.to).toBe(error.from + 1);
  });
});

describe('analyzePermission: API names against the catalogue', () => {
  it('warns about unknown names and wildcards that match nothing, without making the document invalid', () => {
    const text =
      '{"statements": [{"effect": "allow", "api": ["User:listusers", "Nothing:*", "OAuth2:authorize", "User:listUsers", "Sim:*"]}]}';
    const analysis = analyzePermission(text, { catalogue });
    expect(analysis.valid).toBe(true);
    expect(analysis.statements).toHaveLength(1);
    expect(
      analysis.diagnostics.map(({ severity, kind, message, from }) => ({ severity, kind, message, from })),
    ).toEqual([
      {
        severity: 'warning',
        kind: 'api',
        message:
          '"User:listusers" is not in the API catalogue (did you mean "User:listUsers"? names are case-sensitive)',
        from: text.indexOf('"User:listusers"'),
      },
      {
        severity: 'warning',
        kind: 'api',
        message: '"Nothing:*" matches no operation in the API catalogue',
        from: text.indexOf('"Nothing:*"'),
      },
      {
        severity: 'warning',
        kind: 'api',
        message: '"OAuth2:authorize" is not in the API catalogue',
        from: text.indexOf('"OAuth2:authorize"'),
      },
    ]);
  });

  it('gives no API warnings without a catalogue', () => {
    expect(
      analyzePermission('{"statements": [{"effect": "allow", "api": "Nothing:here"}]}').diagnostics,
    ).toEqual([]);
  });

  it('returns the same analysis object for the same text (cached)', () => {
    const text = '{"statements": [{"effect": "allow", "api": "Sim:*"}]}';
    expect(analyzePermission(text)).toBe(analyzePermission(text));
    expect(analyzePermission(text, { catalogue })).toBe(analyzePermission(text, { catalogue }));
  });
});

describe('firstPermissionError', () => {
  it('is null for a valid document and the earliest error otherwise', () => {
    expect(firstPermissionError('{"statements": []}')).toBeNull();
    const text = '{"statements": [{"effect": "x", "api": 1}]}';
    expect(firstPermissionError(text)).toMatchObject({
      from: text.indexOf('"x"'),
      message: expect.stringMatching(/effect/),
    });
  });
});

describe('formatPermission', () => {
  it('lays out a document with two spaces and keeps its content', () => {
    expect(
      formatPermission(
        '{"statements":[{"effect":"allow","api":["A:b"],"condition":"samUserName == \'x\'"}]}',
      ),
    ).toBe(
      '{\n  "statements": [\n    {\n      "effect": "allow",\n      "api": [\n        "A:b"\n      ],\n      "condition": "samUserName == \'x\'"\n    }\n  ]\n}',
    );
  });

  it('returns null when the text is not JSON', () => {
    expect(formatPermission('{"statements": [')).toBeNull();
  });
});

describe('analyzePermission: API names with spaces', () => {
  it('says when a known name only fails for the spaces around it', () => {
    const warnings = (text: string) =>
      analyzePermission(text, { catalogue }).diagnostics.map(
        (diagnostic) => `${diagnostic.severity}: ${diagnostic.message}`,
      );
    expect(warnings('{"statements": [{"effect": "allow", "api": ["User:listUsers ", " Sim:*"]}]}')).toEqual([
      'warning: "User:listUsers " is not in the API catalogue (it has spaces around "User:listUsers": names are matched exactly)',
      'warning: " Sim:*" matches no operation in the API catalogue (it has spaces around "Sim:*": names are matched exactly)',
    ]);
    expect(warnings('{"statements": [{"effect": "allow", "api": " user:listusers"}]}')).toEqual([
      'warning: " user:listusers" is not in the API catalogue (did you mean "User:listUsers"? names are case-sensitive)',
    ]);
  });
});

describe('broadGrantsAdded', () => {
  it('names the broad scopes a change starts to allow', () => {
    const none = '{"statements": []}';
    expect(broadGrantsAdded(none, '{"statements": [{"effect": "allow", "api": "*"}]}')).toEqual([
      '*',
      'User:*',
      'Role:*',
      'Operator:*',
    ]);
    expect(
      broadGrantsAdded(none, '{"statements": [{"effect": "allow", "api": ["User:*", "Sim:*"]}]}'),
    ).toEqual(['User:*']);
    expect(broadGrantsAdded(none, '{"statements": [{"effect": "allow", "api": "Ro*"}]}')).toEqual(['Role:*']);
    expect(
      broadGrantsAdded(
        null,
        '{"statements": [{"effect": "allow", "api": "Operator:*", "condition": "httpMethod(\'GET\')"}]}',
      ),
    ).toEqual(['Operator:*']);
  });

  it('counts any pattern that covers a whole scope, in an array too', () => {
    expect(
      broadGrantsAdded(null, '{"statements": [{"effect": "allow", "api": ["Sim:listSims", "Use*"]}]}'),
    ).toEqual(['User:*']);
    expect(broadGrantsAdded(null, '{"statements": [{"effect": "allow", "api": "U*"}]}')).toEqual(['User:*']);
    expect(broadGrantsAdded(null, '{"statements": [{"effect": "allow", "api": "*:*"}]}')).toEqual([
      'User:*',
      'Role:*',
      'Operator:*',
    ]);
    expect(broadGrantsAdded(null, '{"statements": [{"effect": "allow", "api": "**"}]}')).toEqual([
      '*',
      'User:*',
      'Role:*',
      'Operator:*',
    ]);
    // Most of User, but not all of it: the access delta shows it, no extra confirmation.
    expect(
      broadGrantsAdded(null, '{"statements": [{"effect": "allow", "api": ["*:list*", "User:get*"]}]}'),
    ).toEqual([]);
  });

  it('asks again when a broad grant loses its condition or the deny that fenced it off', () => {
    const office =
      '{"statements": [{"effect": "allow", "api": "*", "condition": "ipAddress(\'192.0.2.0/24\')"}]}';
    const anywhere = '{"statements": [{"effect": "allow", "api": "*"}]}';
    expect(broadGrantsAdded(office, anywhere)).toEqual(['*', 'User:*', 'Role:*', 'Operator:*']);
    expect(broadGrantsAdded(office, office.replace('192.0.2.0/24', '0.0.0.0/0'))).toEqual([
      '*',
      'User:*',
      'Role:*',
      'Operator:*',
    ]);
    // Narrowing (a condition added, a fence added) grants nothing new: no question.
    expect(broadGrantsAdded(anywhere, office)).toEqual([]);
    expect(
      broadGrantsAdded(
        anywhere,
        anywhere.replace(
          '"*"}',
          '"*"}, {"effect": "deny", "api": "User:*", "condition": "httpMethod(\'DELETE\')"}',
        ),
      ),
    ).toEqual([]);
    const fenced =
      '{"statements": [{"effect": "allow", "api": "*"}, {"effect": "deny", "api": ["User:*", "Role:*"]}]}';
    expect(broadGrantsAdded(null, fenced)).toEqual(['*', 'Operator:*']);
    expect(broadGrantsAdded(fenced, anywhere)).toEqual(['User:*', 'Role:*']);
    const fencedOutsideOffice = fenced.replace(
      '"Role:*"]}',
      '"Role:*"], "condition": "not ipAddress(\'192.0.2.0/24\')"}',
    );
    expect(broadGrantsAdded(fenced, fencedOutsideOffice)).toEqual(['User:*', 'Role:*']);
    // Unchanged terms, whatever else changes: no question.
    expect(
      broadGrantsAdded(
        fenced,
        fenced.replace('"api": "*"}', '"api": "*"}, {"effect": "allow", "api": "Sim:listSims"}'),
      ),
    ).toEqual([]);
  });

  it('ignores narrow patterns, denies, and grants that were already there', () => {
    expect(
      broadGrantsAdded(null, '{"statements": [{"effect": "allow", "api": ["User:list*", "Sim:*"]}]}'),
    ).toEqual([]);
    expect(broadGrantsAdded(null, '{"statements": [{"effect": "deny", "api": "*"}]}')).toEqual([]);
    const already = '{"statements": [{"effect": "allow", "api": "User:*"}]}';
    expect(
      broadGrantsAdded(already, '{"statements": [{"effect": "allow", "api": ["User:*", "Role:*"]}]}'),
    ).toEqual(['Role:*']);
  });
});

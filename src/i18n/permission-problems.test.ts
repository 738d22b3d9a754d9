// Every problem the permission engine can report is worded in both languages: each code is triggered through the
// engine and its Japanese wording checked, so a new code without a sample, or without Japanese, fails here.
import { beforeAll, describe, expect, it } from 'vitest';
import {
  analyzePermission,
  analyzeTrustPolicy,
  loadCatalogue,
  parseCondition,
  wordProblem,
  type ApiCatalogue,
  type ConditionProblem,
  type DiagnosticProblem,
  type DiagnosticProblemWording,
  type PermissionDiagnostic,
} from '../permissions/index.ts';
import { englishConditionProblems, englishDiagnosticProblems } from '../permissions/problem-messages.ts';
import { problems as japaneseProblems } from '../permissions/problem-messages-ja.ts';

const permission = (statements: unknown) => JSON.stringify({ statements });
const statement = (fields: Record<string, unknown>) => permission([fields]);
const condition = (text: string) => statement({ effect: 'allow', api: '*', condition: text });
const trust = (fields: Record<string, unknown>) =>
  JSON.stringify({
    statements: [{ effect: 'allow', principal: { soracom: ['srn:soracom:OP1::User:alice'] }, ...fields }],
  });

// Documents that each reach one problem (or a variant of one: a hint, another kind of character).
const permissionDocuments = [
  // JSON
  '{"statements": []} x',
  '['.repeat(300),
  '',
  '{"statements": \'x\'}',
  '[1, }',
  '{"statements": @}',
  '{"statements": nope}',
  '[01]',
  '["abc',
  '["a\nb"]',
  '["a\u0001b"]',
  '["a\tb"]',
  '["\\u12"]',
  '["\\x"]',
  '[1,]',
  '{"a": 1,}',
  '[1',
  '[1 2]',
  '{"a": 1',
  '{',
  "{'a': 1}",
  '{a: 1}',
  '{"a" 1}',
  '{"a": 1 "b": 2}',
  '[\u00a0]',
  '\ufeff{}',
  '{\u201cstatements\u201d: []}',
  '[\u200b]',
  '[\u0002]',
  // Shape
  '[]',
  '{"statements": [], "statements": []}',
  '{"Statements": []}',
  '{"extra": 1, "statements": []}',
  '{}',
  '{"statements": {}}',
  '{"statements": [1]}',
  statement({ Effect: 'allow', api: '*' }),
  statement({ effect: 'allow', api: '*', colour: 'red' }),
  '{"statements": [{"effect": "allow", "effect": "deny", "api": "*"}]}',
  statement({ effect: true, api: '*' }),
  statement({ effect: null, api: '*' }),
  statement({ effect: 'Allow', api: '*' }),
  statement({ effect: 'permit', api: '*' }),
  statement({ effect: 'allow', apis: '*' }),
  statement({ effect: 'allow' }),
  statement({ effect: 'allow', api: [] }),
  statement({ effect: 'allow', api: [1, false] }),
  statement({ effect: 'allow', api: 1 }),
  statement({ effect: 'allow', api: ' ' }),
  statement({ effect: 'allow', api: '*', condition: 1 }),
  // API names (warnings, with the catalogue)
  statement({
    effect: 'allow',
    api: ['Nope:*', ' User:* ', 'User:nope', 'user:listusers', ' User:listUsers'],
  }),
  // Conditions
  ...[
    '1.5 == 1',
    "samUserName == 'a",
    'samUserName == "a"',
    'samUserName == \u2018a\u2019',
    "a && samUserName == 'b'",
    "a || samUserName == 'b'",
    "samUserName = 'a'",
    'samUserName # 1',
    '',
    "samUserName == 'a' == 'b'",
    "samUserName == 'a' 'b'",
    "'a'",
    "'a' or samUserName == 'b'",
    "1 and samUserName == 'b'",
    'not currentDate',
    "!'a'",
    '('.repeat(70),
    'samUserName == 1',
    "samUserName < 'b'",
    "(samUserName == 'a'",
    "samUserName() == 'a'",
    'and',
    'foo == 1',
    "SamUserName == 'a'",
    'samUserName ==',
    'samUserName == )',
    '1234567890 == 1',
    "ipAddress == 'a'",
    'ipAddress()',
    'ipAddress(1)',
    "currentDate < date('a')",
    "ipAddress('192.0.2.1' 'x')",
    'currentDate < date(2020, 1)',
    'currentDate < dateTime(2020, 1, 1)',
    "ipAddress('192.0.2.1/x')",
    "ipAddress('192.0.2.1/33')",
    "ipAddress('::1')",
    "ipAddress('192.0.2')",
    "ipAddress('192.0.2.256')",
    "ipAddress('192.0.02.1')",
    "ipAddress('192.0.2.1/001')",
    "httpMethod('FETCH')",
    "pathVariable('a', 'b') == 'x'",
    "pathVariable('') == 'x'",
    'currentDate < date(1900, 1, 1)',
    'currentDate < date(2020, 13, 1)',
    'currentDate < date(2021, 2, 29)',
    'currentDate < dateTime(2020, 1, 1, 24, 0, 0)',
    'currentDate < dateTime(2020, 1, 1, 0, 60, 0)',
    'currentDate < dateTime(2020, 1, 1, 0, 0, 60)',
  ].map(condition),
];

const trustDocuments = [
  '[]',
  '{"x": 1, "statements": []}',
  '{}',
  '{"statements": 1}',
  '{"statements": [1]}',
  trust({ x: 1 }),
  '{"statements": [{"effect": "allow", "effect": "allow", "principal": {"soracom": []}}]}',
  JSON.stringify({ statements: [{ principal: { soracom: ['srn:soracom:OP1::User:a'] } }] }),
  trust({ effect: 'maybe' }),
  trust({ effect: 2 }),
  JSON.stringify({ statements: [{ effect: 'allow' }] }),
  trust({ principal: 1 }),
  trust({ principal: { x: 1, soracom: ['srn:soracom:OP1::User:a'] } }),
  trust({ principal: {} }),
  trust({ principal: { soracom: 1 } }),
  trust({ principal: { soracom: [] } }),
  trust({ principal: { soracom: [1] } }),
  trust({ principal: { soracom: ['srn:soracom:OP1::Operator:OP2'] } }),
  trust({ condition: 1 }),
  trust({ condition: "samUserName == 'a" }),
];

// Reached only when a parser meets something it did not foresee (a stack overflow on hostile input): worded as constructed.
const unreachableDiagnostics: DiagnosticProblem[] = [{ code: 'jsonUnparseable', params: {} }];
const unreachableConditions: ConditionProblem[] = [{ code: 'unparseable', params: {} }];

let catalogue: ApiCatalogue;
let diagnostics: PermissionDiagnostic[];

beforeAll(async () => {
  catalogue = await loadCatalogue();
  diagnostics = [
    ...permissionDocuments.flatMap((text) => analyzePermission(text, { catalogue }).diagnostics),
    ...analyzePermission(42 as unknown as string).diagnostics,
    ...trustDocuments.flatMap((text) => analyzeTrustPolicy(text).diagnostics),
  ];
});

const problemsOf = (): DiagnosticProblem[] => [
  ...diagnostics.map((diagnostic) => diagnostic.problem),
  ...unreachableDiagnostics,
  ...unreachableConditions.map((problem): DiagnosticProblem => ({ code: 'condition', params: { problem } })),
];
const nameOf = (problem: DiagnosticProblem): string =>
  problem.code === 'condition' ? `condition.${problem.params.problem.code}` : problem.code;

/** Japanese script: hiragana, katakana or kanji. */
const JAPANESE = /[\u3040-\u30ff\u4e00-\u9fff]/;
/** English prose left in a text once quoted names, code and examples are taken out. */
function englishProse(text: string): string[] {
  const unquoted = text.replace(/"[^"]*"|'[^']*'|\([^)]*\)/g, ' ');
  return unquoted.match(/[A-Za-z]{3,} [A-Za-z]{3,}/g) ?? [];
}

/** The problems a table leaves unworded, or words in English rather than Japanese. */
function notJapanese(wording: DiagnosticProblemWording, problems: readonly DiagnosticProblem[]): string[] {
  const failed = problems.filter((problem) => {
    let text: string;
    try {
      text = wordProblem(wording, problem);
    } catch {
      return true;
    }
    return !JAPANESE.test(text) || englishProse(text).length > 0;
  });
  return [...new Set(failed.map(nameOf))];
}

describe('the permission engine’s problems', () => {
  it('are all reached by the samples: every diagnostic code and every condition code', () => {
    const problems = problemsOf();
    const reached = new Set(problems.map((problem) => problem.code));
    expect([...reached].sort()).toEqual(Object.keys(englishDiagnosticProblems).sort());
    const reachedConditions = new Set(
      problems.flatMap((problem) => (problem.code === 'condition' ? [problem.params.problem.code] : [])),
    );
    expect([...reachedConditions].sort()).toEqual(Object.keys(englishConditionProblems).sort());
  });

  it('are worded in English by the console exactly as the engine’s message says them', () => {
    for (const diagnostic of diagnostics) {
      expect(wordProblem(englishDiagnosticProblems, diagnostic.problem)).toBe(diagnostic.message);
    }
    // The condition parser's own errors carry the same code as the diagnostic that wraps them.
    const [error] = parseCondition("samUserName == 'a").errors;
    expect(error?.problem).toEqual({ code: 'unterminatedString', params: {} });
    expect(error?.message).toBe("Unterminated string: a closing ' is missing");
  });

  it('are worded in Japanese, every code and every variant, with no English sentence left', () => {
    expect(notJapanese(japaneseProblems, problemsOf())).toEqual([]);
    for (const diagnostic of diagnostics) {
      expect(wordProblem(japaneseProblems, diagnostic.problem)).not.toBe(diagnostic.message);
    }
  });

  it('reads as Japanese for a few typical mistakes', () => {
    const word = (text: string) =>
      analyzePermission(text).diagnostics.map((diagnostic) =>
        wordProblem(japaneseProblems, diagnostic.problem),
      );
    expect(word(statement({ effect: 'permit', api: '*' }))).toEqual([
      '"effect" は "allow" または "deny" で書きます ("permit" になっています)。',
    ]);
    expect(word(condition("ipAddress('192.0.2.1/33')"))).toEqual([
      "条件: '192.0.2.1/33' は '192.0.2.0/24' のような IPv4 アドレスや CIDR ブロックではありません。IPv4 のプレフィックスは /0〜/32 です (/33 になっています)。",
    ]);
    expect(word('[1,]')).toEqual(['余分なカンマがあります。JSON では ] の直前にカンマを置けません。']);
  });

  it('notices a code whose Japanese wording is missing or still English', () => {
    const { effectInvalid: _missing, ...withoutOne } = japaneseProblems;
    const english = {
      ...japaneseProblems,
      apiNameEmpty: () => 'An API name cannot be empty',
    };
    const problems = problemsOf();
    expect(notJapanese(withoutOne as unknown as DiagnosticProblemWording, problems)).toEqual([
      'effectInvalid',
    ]);
    expect(notJapanese(english, problems)).toEqual(['apiNameEmpty']);
    // @ts-expect-error a table without one code's wording is a type error, in any language
    const partial: DiagnosticProblemWording = withoutOne;
    expect(partial).toBeDefined();
  });
});

// The engine's problems as stable codes with their values, so a console can word them in any language.
//
// Every diagnostic keeps its English `message` (the server answers with it and it must not change);
// beside it, `problem` says the same thing as data. A wording is a table with one function per code:
// a code without one is a type error wherever a table is declared.
import type { JsonNode } from './types.ts';

/** What a JSON value is, where a problem names the kind of value it found. */
export type JsonValueKind = 'object' | 'array' | 'string' | 'number' | 'true' | 'false' | 'null';

/** A character the JSON parser stopped at, named so that invisible and look-alike ones can be told apart. */
export type JsonCharacter =
  | { kind: 'end' }
  | { kind: 'lineBreak' }
  | { kind: 'tab' }
  /** `codePoint` is written `U+0001`. */
  | { kind: 'control'; codePoint: string }
  | { kind: 'nonBreakingSpace'; codePoint: string }
  | { kind: 'byteOrderMark'; codePoint: string }
  | { kind: 'curlyQuote'; char: string }
  | { kind: 'invisible'; codePoint: string }
  | { kind: 'char'; char: string };

/** A token of a condition, as a problem names what it found there. */
export type ConditionToken =
  { kind: 'end' } | { kind: 'string'; text: string } | { kind: 'other'; text: string };

/** The kinds of value a condition works with (`boolean` is a true/false test). */
export type ConditionValueType = 'boolean' | 'string' | 'integer' | 'date';

/** The functions a condition may call. */
export type ConditionFunction = 'date' | 'dateTime' | 'ipAddress' | 'httpMethod' | 'pathVariable';

/** Why a text is not an IPv4 address or CIDR block, when one reason stands out. */
export type CidrReason =
  | { kind: 'prefixNotNumber'; prefix: string }
  | { kind: 'prefixTooLarge'; prefix: string }
  | { kind: 'ipv6' }
  | { kind: 'notFourNumbers' }
  | { kind: 'octetTooLarge'; octet: string }
  | { kind: 'leadingZero' };

type None = Record<string, never>;

/** The problems of a condition, by code, with the values each one is worded from. */
export interface ConditionProblemParams {
  wholeNumbersOnly: None;
  unterminatedString: None;
  doubleQuotes: None;
  curlyQuote: { char: string };
  useAnd: None;
  useOr: None;
  useDoubleEquals: None;
  unexpectedCharacter: { char: string };
  empty: None;
  /** `comparison`: a second comparison follows a first one without and/or. */
  expectedEnd: { found: ConditionToken; comparison: boolean };
  /** What must be a true/false test: the whole condition, a side of and/or, or what follows not/!. */
  notBoolean: { subject: 'condition' | 'or' | 'and' | 'not' | '!'; found: ConditionValueType };
  tooDeep: { max: number };
  cannotCompare: { left: ConditionValueType; right: ConditionValueType };
  orderingNeedsNumbers: { operator: string; found: ConditionValueType };
  closeParenExpected: { found: ConditionToken };
  variableNotFunction: { name: string };
  valueBeforeKeyword: { keyword: string };
  /** `near`: the known name it differs from only in case. */
  unknownName: { name: string; near: string | null };
  valueMissingAtEnd: None;
  valueExpected: { found: ConditionToken };
  numberTooLarge: None;
  needsArguments: { name: ConditionFunction };
  argumentKind: { name: ConditionFunction; wanted: 'integer' | 'string'; found: ConditionToken };
  argumentSeparator: { name: ConditionFunction; found: ConditionToken };
  argumentCount: { name: 'date' | 'dateTime'; count: number };
  notCidr: { value: string; reason: CidrReason | null };
  notHttpMethod: { value: string; methods: readonly string[] };
  pathVariableOneName: None;
  pathVariableEmpty: None;
  dateField: { field: 'year' | 'month' | 'day' | 'hour' | 'minute' | 'second'; min: number; max: number };
  unparseable: None;
}

/** The problems of a permission document or a trust policy, by code, with the values each one is worded from. */
export interface DiagnosticProblemParams {
  // The JSON text
  jsonAfterValue: { found: JsonCharacter };
  jsonTooDeep: { max: number };
  jsonValueMissingAtEnd: None;
  jsonSingleQuotedString: None;
  jsonValueBeforeClose: { found: JsonCharacter };
  jsonUnexpectedCharacter: { found: JsonCharacter };
  jsonUnexpectedWord: { word: string };
  jsonInvalidNumber: None;
  jsonUnterminatedString: None;
  jsonLineBreakInString: None;
  jsonUnescapedCharacter: { found: JsonCharacter };
  jsonInvalidUnicodeEscape: None;
  jsonInvalidEscape: { escape: string };
  jsonTrailingComma: { before: ']' | '}' };
  /** `line`, `column`: where the array that is not closed opens (the problem itself sits at the end). */
  jsonArrayNotClosed: { line: number; column: number };
  jsonArraySeparator: { found: JsonCharacter };
  /** `line`, `column`: where the object that is not closed opens (the problem itself sits at the end). */
  jsonObjectNotClosed: { line: number; column: number };
  jsonSingleQuotedKey: None;
  jsonKeyExpected: { found: JsonCharacter };
  jsonColonExpected: { key: string };
  jsonObjectSeparator: { found: JsonCharacter };
  jsonUnparseable: None;
  notText: None;
  // A permission document's shape (statement numbers count from 1)
  documentNotObject: { found: JsonValueKind };
  statementsTwice: None;
  /** `caseHint`: the key is "statements" in another case. */
  documentUnknownKey: { key: string; caseHint: boolean };
  statementsMissing: None;
  statementsNotArray: { found: JsonValueKind };
  statementNotObject: { statement: number; found: JsonValueKind };
  statementUnknownKey: { key: string; statement: number; near: 'effect' | 'api' | 'condition' | null };
  statementKeyTwice: { key: string; statement: number };
  /** `written`: the look-alike key written instead ("Effect"), if any. */
  effectMissing: { statement: number; written: string | null };
  effectNotString: { found: JsonValueKind };
  /** `lowerCase`: the value is "allow" or "deny" in another case. */
  effectInvalid: { value: string; lowerCase: 'allow' | 'deny' | null };
  apiMissing: { statement: number; written: string | null };
  apiListEmpty: None;
  apiItemNotString: { found: JsonValueKind };
  apiNotStringOrArray: { found: JsonValueKind };
  apiNameEmpty: None;
  conditionNotString: { found: JsonValueKind };
  condition: { problem: ConditionProblem };
  /** Warnings. `trimmed`: the name without the spaces around it, when that name would match. */
  apiMatchesNothing: { pattern: string; trimmed: string | null };
  /** `near`: the catalogue's name that differs only in case. */
  apiNotInCatalogue: { pattern: string; trimmed: string | null; near: string | null };
  // A trust policy's shape
  trustNotObject: { found: JsonValueKind };
  trustUnknownKey: { key: string };
  trustStatementsNotArray: { found: JsonValueKind };
  trustStatementNotObject: { statement: number; found: JsonValueKind };
  trustStatementUnknownKey: { key: string; statement: number };
  trustEffectMissing: { statement: number };
  principalMissing: { statement: number };
  principalNotObject: { found: JsonValueKind };
  principalUnknownKey: { key: string };
  soracomMissing: None;
  soracomNotArray: { found: JsonValueKind };
  soracomEmpty: None;
  principalNotString: { found: JsonValueKind };
  principalNotSrn: { value: string };
  trustConditionNotString: { found: JsonValueKind };
}

type ProblemOf<P> = { [C in keyof P]: { code: C; params: P[C] } }[keyof P];

/** One condition problem: its code and the values it is worded from. */
export type ConditionProblem = ProblemOf<ConditionProblemParams>;
export type ConditionProblemCode = keyof ConditionProblemParams;
/** One diagnostic problem: its code and the values it is worded from. */
export type DiagnosticProblem = ProblemOf<DiagnosticProblemParams>;
export type DiagnosticProblemCode = keyof DiagnosticProblemParams;

/** A wording of every problem of a kind, in one language: one function per code. */
export type ProblemWording<P> = { readonly [C in keyof P]: (params: P[C]) => string };
export type ConditionProblemWording = ProblemWording<ConditionProblemParams>;
export type DiagnosticProblemWording = ProblemWording<DiagnosticProblemParams>;

/** Words a problem with a table of one language. */
export function wordProblem<P>(wording: ProblemWording<P>, problem: ProblemOf<P>): string {
  // The table and the problem agree code by code (both are built from P); TypeScript cannot follow that pairing.
  const word = wording[problem.code] as (params: unknown) => string;
  return word(problem.params);
}

/** The kind of a JSON value, as the problems name it. */
export function jsonValueKind(node: JsonNode): JsonValueKind {
  if (node.type === 'boolean') return node.value ? 'true' : 'false';
  return node.type;
}

// The engine's English wording of its problems: the `message` of every diagnostic, and the console's English.
import type {
  CidrReason,
  ConditionProblem,
  DiagnosticProblem,
  ConditionFunction,
  ConditionProblemWording,
  ConditionToken,
  ConditionValueType,
  DiagnosticProblemWording,
  JsonCharacter,
  JsonValueKind,
} from './problems.ts';
import { wordProblem } from './problems.ts';

function character(found: JsonCharacter): string {
  switch (found.kind) {
    case 'end':
      return 'the end of the document';
    case 'lineBreak':
      return 'a line break';
    case 'tab':
      return 'a tab';
    case 'control':
      return `control character ${found.codePoint}`;
    case 'nonBreakingSpace':
      return `non-breaking space (${found.codePoint})`;
    case 'byteOrderMark':
      return `invisible byte-order mark (${found.codePoint})`;
    case 'curlyQuote':
      return `curly quote ${found.char} (JSON needs straight double quotes ")`;
    case 'invisible':
      return `invisible character (${found.codePoint})`;
    case 'char':
      return `'${found.char}'`;
  }
}

function valueKind(kind: JsonValueKind): string {
  switch (kind) {
    case 'object':
      return 'an object';
    case 'array':
      return 'an array';
    case 'string':
      return 'a string';
    case 'number':
      return 'a number';
    default:
      return kind;
  }
}

function token(found: ConditionToken): string {
  if (found.kind === 'end') return 'the end of the condition';
  if (found.kind === 'string') return `the string ${found.text}`;
  return `'${found.text}'`;
}

function valueType(type: ConditionValueType): string {
  switch (type) {
    case 'boolean':
      return 'a true/false test';
    case 'string':
      return 'a string';
    case 'integer':
      return 'an integer';
    case 'date':
      return 'a date';
  }
}

const USAGE: Record<ConditionFunction, string> = {
  date: 'date(year, month, day)',
  dateTime: 'dateTime(year, month, day, hour, minute, second)',
  ipAddress: "ipAddress('10.0.0.0/24', ...)",
  httpMethod: "httpMethod('GET', ...)",
  pathVariable: "pathVariable('user_name')",
};

function cidrReason(reason: CidrReason | null): string {
  if (reason === null) return '';
  switch (reason.kind) {
    case 'prefixNotNumber':
      return `: the prefix after / must be a whole number from 0 to 32, not '${reason.prefix}'`;
    case 'prefixTooLarge':
      return `: an IPv4 prefix is /0 to /32, not /${reason.prefix}`;
    case 'ipv6':
      return ': only IPv4 addresses are supported';
    case 'notFourNumbers':
      return ': an address is four numbers separated by dots';
    case 'octetTooLarge':
      return `: each number of an address is 0 to 255, not ${reason.octet}`;
    case 'leadingZero':
      return ': numbers with a leading zero are ambiguous, write them without it';
  }
}

const NOT_BOOLEAN_SUBJECT = {
  condition: 'The condition',
  or: "Each side of 'or'",
  and: "Each side of 'and'",
  not: "What follows 'not'",
  '!': "What follows '!'",
} as const;

export const englishConditionProblems: ConditionProblemWording = {
  wholeNumbersOnly: () => 'Only whole numbers are allowed here',
  unterminatedString: () => "Unterminated string: a closing ' is missing",
  doubleQuotes: () => "Strings in a condition use single quotes ('...')",
  curlyQuote: ({ char }) => `Curly quote ${char}: strings in a condition use straight single quotes ('...')`,
  useAnd: () => "Use 'and' to combine conditions",
  useOr: () => "Use 'or' to combine conditions",
  useDoubleEquals: () => "Use '==' to compare",
  unexpectedCharacter: ({ char }) => `Unexpected character '${char}'`,
  empty: () => 'The condition is empty',
  expectedEnd: ({ found, comparison }) =>
    `Expected 'and', 'or' or the end of the condition but found ${token(found)}${comparison ? ' (use parentheses and and/or to combine comparisons)' : ''}`,
  notBoolean: ({ subject, found }) =>
    `${NOT_BOOLEAN_SUBJECT[subject]} must be a true/false test (a comparison such as samUserName == 'alice', ipAddress(...) or httpMethod(...)), not ${valueType(found)}`,
  tooDeep: ({ max }) => `The condition is nested more than ${max} levels deep`,
  cannotCompare: ({ left, right }) => `Cannot compare ${valueType(left)} with ${valueType(right)}`,
  orderingNeedsNumbers: ({ operator, found }) =>
    `'${operator}' compares numbers or dates only, not ${valueType(found)}`,
  closeParenExpected: ({ found }) => `Expected ')' to close the '(' but found ${token(found)}`,
  variableNotFunction: ({ name }) => `'${name}' is a value, not a function: remove the parentheses`,
  valueBeforeKeyword: ({ keyword }) => `Expected a value before '${keyword}'`,
  unknownName: ({ name, near }) =>
    `Unknown name '${name}'${near === null ? '' : ` (did you mean '${near}'? names are case-sensitive)`}`,
  valueMissingAtEnd: () => 'Unexpected end of the condition: a value is missing',
  valueExpected: ({ found }) => `Expected a value but found ${token(found)}`,
  numberTooLarge: () => 'This number is too large',
  needsArguments: ({ name }) => `'${name}' needs arguments: ${USAGE[name]}`,
  argumentKind: ({ name, wanted, found }) =>
    `Expected ${wanted === 'integer' ? 'a whole number' : 'a single-quoted string'} as an argument of '${name}' but found ${token(found)} (${USAGE[name]})`,
  argumentSeparator: ({ name, found }) => `Expected ',' or ')' but found ${token(found)} (${USAGE[name]})`,
  argumentCount: ({ name, count }) => `'${name}' takes ${count} numbers: ${USAGE[name]}`,
  notCidr: ({ value, reason }) =>
    `'${value}' is not an IPv4 address or CIDR block such as '192.0.2.0/24'${cidrReason(reason)}`,
  notHttpMethod: ({ value, methods }) => `'${value}' is not an HTTP method (${methods.join(', ')})`,
  pathVariableOneName: () => "'pathVariable' takes one name",
  pathVariableEmpty: () => 'The path variable name is empty',
  dateField: ({ field, min, max }) =>
    `The ${field} must be between ${min} and ${max}${field === 'day' ? ' for that month' : ''}`,
  unparseable: () => 'The condition could not be parsed',
};

const caseHint = (near: string) => ` (did you mean "${near}"? keys are case-sensitive)`;
const writtenHint = (written: string | null) =>
  written === null ? '' : ` (it is written "${written}"; keys are case-sensitive)`;
const spacesHint = (trimmed: string) => ` (it has spaces around "${trimmed}": names are matched exactly)`;

export const englishDiagnosticProblems: DiagnosticProblemWording = {
  jsonAfterValue: ({ found }) => `Unexpected ${character(found)} after the end of the JSON value`,
  jsonTooDeep: ({ max }) => `The document is nested more than ${max} levels deep`,
  jsonValueMissingAtEnd: () => 'Unexpected end of the document: a value is missing',
  jsonSingleQuotedString: () => 'Strings in JSON use double quotes ("), not single quotes',
  jsonValueBeforeClose: ({ found }) => `Expected a value before ${character(found)}`,
  jsonUnexpectedCharacter: ({ found }) => `Unexpected ${character(found)}: expected a JSON value`,
  jsonUnexpectedWord: ({ word }) => `Unexpected word '${word}': expected a JSON value`,
  jsonInvalidNumber: () => 'Invalid number',
  jsonUnterminatedString: () => 'Unterminated string: a closing " is missing',
  jsonLineBreakInString: () => 'Unterminated string: a line break cannot appear inside a string (write \\n)',
  jsonUnescapedCharacter: ({ found }) => `A ${character(found)} must be escaped inside a string`,
  jsonInvalidUnicodeEscape: () => 'Invalid \\u escape: four hex digits must follow',
  jsonInvalidEscape: ({ escape }) => `Invalid escape '\\${escape}' in a string`,
  jsonTrailingComma: ({ before }) => `Trailing comma: JSON does not allow a comma before ${before}`,
  jsonArrayNotClosed: ({ line, column }) =>
    `Unexpected end of the document: expected ']' to close the array opened at line ${line}, column ${column}`,
  jsonArraySeparator: ({ found }) => `Expected ',' or ']' but found ${character(found)}`,
  jsonObjectNotClosed: ({ line, column }) =>
    `Unexpected end of the document: expected '}' to close the object opened at line ${line}, column ${column}`,
  jsonSingleQuotedKey: () => 'Property names in JSON use double quotes (")',
  jsonKeyExpected: ({ found }) => `Expected a property name in double quotes but found ${character(found)}`,
  jsonColonExpected: ({ key }) => `Expected ':' after the property name "${key}"`,
  jsonObjectSeparator: ({ found }) => `Expected ',' or '}' but found ${character(found)}`,
  jsonUnparseable: () => 'The document could not be parsed',
  notText: () => 'The permission document is not text',

  documentNotObject: ({ found }) =>
    `A permission document is an object {"statements": [...]}, not ${valueKind(found)}`,
  statementsTwice: () => '"statements" appears twice',
  documentUnknownKey: ({ key, caseHint: hinted }) =>
    `Unknown key "${key}"${hinted ? caseHint('statements') : ''}: a permission document has only "statements"`,
  statementsMissing: () => 'The "statements" array is missing',
  statementsNotArray: ({ found }) => `"statements" must be an array of statements, not ${valueKind(found)}`,
  statementNotObject: ({ statement, found }) =>
    `Statement ${statement} must be an object {"effect": ..., "api": ...}, not ${valueKind(found)}`,
  statementUnknownKey: ({ key, statement, near }) =>
    `Unknown key "${key}" in statement ${statement}${near === null ? '' : caseHint(near)}: a statement has "effect", "api" and an optional "condition"`,
  statementKeyTwice: ({ key, statement }) => `"${key}" appears twice in statement ${statement}`,
  effectMissing: ({ statement, written }) =>
    `Statement ${statement} has no "effect"${writtenHint(written)}: add "effect": "allow" or "effect": "deny"`,
  effectNotString: ({ found }) => `"effect" must be "allow" or "deny", not ${valueKind(found)}`,
  effectInvalid: ({ value, lowerCase }) =>
    `"effect" must be "allow" or "deny", not "${value}"${lowerCase === null ? '' : ` (write it in lower case: "${lowerCase}")`}`,
  apiMissing: ({ statement, written }) =>
    `Statement ${statement} has no "api"${writtenHint(written)}: add "api": "Group:operation" or a list of them`,
  apiListEmpty: () => '"api" lists no API: add at least one name such as "User:listUsers"',
  apiItemNotString: ({ found }) =>
    `Each API in "api" is a string such as "User:listUsers", not ${valueKind(found)}`,
  apiNotStringOrArray: ({ found }) =>
    `"api" must be a string or an array of strings, not ${valueKind(found)}`,
  apiNameEmpty: () => 'An API name cannot be empty',
  conditionNotString: ({ found }) =>
    `"condition" must be a string such as "samUserName == 'alice'", not ${valueKind(found)}`,
  condition: ({ problem }) => `Condition: ${wordProblem(englishConditionProblems, problem)}`,
  apiMatchesNothing: ({ pattern, trimmed }) =>
    `"${pattern}" matches no operation in the API catalogue${trimmed === null ? '' : spacesHint(trimmed)}`,
  apiNotInCatalogue: ({ pattern, trimmed, near }) =>
    `"${pattern}" is not in the API catalogue${trimmed !== null ? spacesHint(trimmed) : near !== null ? ` (did you mean "${near}"? names are case-sensitive)` : ''}`,

  trustNotObject: ({ found }) => `A trust policy is an object {"statements": [...]}, not ${valueKind(found)}`,
  trustUnknownKey: ({ key }) => `Unknown key "${key}": a trust policy has only "statements"`,
  trustStatementsNotArray: ({ found }) => `"statements" must be an array, not ${valueKind(found)}`,
  trustStatementNotObject: ({ statement, found }) =>
    `Statement ${statement} must be an object, not ${valueKind(found)}`,
  trustStatementUnknownKey: ({ key, statement }) =>
    `Unknown key "${key}" in statement ${statement}: use "effect", "principal" and "condition"`,
  trustEffectMissing: ({ statement }) => `Statement ${statement} has no "effect": add "effect": "allow"`,
  principalMissing: ({ statement }) =>
    `Statement ${statement} has no "principal": add "principal": {"soracom": ["srn:soracom:OP...::User:name"]}`,
  principalNotObject: ({ found }) =>
    `"principal" must be an object {"soracom": [...]}, not ${valueKind(found)}`,
  principalUnknownKey: ({ key }) => `Unknown key "${key}" in "principal": use "soracom"`,
  soracomMissing: () => '"principal" has no "soracom" list of SRNs',
  soracomNotArray: ({ found }) => `"soracom" must be an array of SRNs, not ${valueKind(found)}`,
  soracomEmpty: () => '"soracom" lists nobody: add at least one SRN',
  principalNotString: ({ found }) => `Each principal is an SRN string, not ${valueKind(found)}`,
  principalNotSrn: ({ value }) =>
    `"${value}" is not the SRN of a root user (srn:soracom:OP…::Operator:OP…, the same ID twice) or a SAM user (srn:soracom:OP…::User:name)`,
  trustConditionNotString: ({ found }) => `"condition" must be a string, not ${valueKind(found)}`,
};

/** A diagnostic's problem with its English message, as the engine reports it. */
export function described(problem: DiagnosticProblem): { message: string; problem: DiagnosticProblem } {
  return { message: wordProblem(englishDiagnosticProblems, problem), problem };
}

/** A condition's problem with its English message. */
export function describedCondition(problem: ConditionProblem): {
  message: string;
  problem: ConditionProblem;
} {
  return { message: wordProblem(englishConditionProblems, problem), problem };
}

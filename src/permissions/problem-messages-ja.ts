// The engine's problems in Japanese (English: problem-messages.ts), for the server's 400s and the console's editors.
import {
  wordProblem,
  type CidrReason,
  type ConditionFunction,
  type ConditionProblemWording,
  type ConditionToken,
  type ConditionValueType,
  type DiagnosticProblemWording,
  type JsonCharacter,
  type JsonValueKind,
} from './problems.ts';

function character(found: JsonCharacter): string {
  switch (found.kind) {
    case 'end':
      return 'ドキュメントの末尾';
    case 'lineBreak':
      return '改行';
    case 'tab':
      return 'タブ';
    case 'control':
      return `制御文字 ${found.codePoint}`;
    case 'nonBreakingSpace':
      return `ノーブレークスペース (${found.codePoint})`;
    case 'byteOrderMark':
      return `見えないバイト順マーク (${found.codePoint})`;
    case 'curlyQuote':
      return `曲がった引用符 ${found.char} (JSON ではまっすぐなダブルクォート " を使います)`;
    case 'invisible':
      return `見えない文字 (${found.codePoint})`;
    case 'char':
      return `'${found.char}'`;
  }
}

const KIND: Record<JsonValueKind, string> = {
  object: 'オブジェクト',
  array: '配列',
  string: '文字列',
  number: '数値',
  true: 'true',
  false: 'false',
  null: 'null',
};
/** A phrase inside Japanese text: spaced off only on a side where it meets Latin letters, digits or signs. */
const inline = (phrase: string) =>
  `${/^[\x21-\x7e]/.test(phrase) ? ' ' : ''}${phrase}${/[\x21-\x7e]$/.test(phrase) ? ' ' : ''}`;
const was = (found: JsonValueKind) => ` (${inline(KIND[found]).trimStart()}になっています)`;

function token(found: ConditionToken): string {
  if (found.kind === 'end') return '条件の末尾';
  if (found.kind === 'string') return `文字列 ${found.text}`;
  return `'${found.text}'`;
}

const TYPE: Record<ConditionValueType, string> = {
  boolean: '真偽の判定',
  string: '文字列',
  integer: '整数',
  date: '日付',
};

const USAGE: Record<ConditionFunction, string> = {
  date: 'date(年, 月, 日)',
  dateTime: 'dateTime(年, 月, 日, 時, 分, 秒)',
  ipAddress: "ipAddress('10.0.0.0/24', ...)",
  httpMethod: "httpMethod('GET', ...)",
  pathVariable: "pathVariable('user_name')",
};

function cidrReason(reason: CidrReason): string {
  switch (reason.kind) {
    case 'prefixNotNumber':
      return `/ の後のプレフィックスは 0〜32 の整数で書きます ('${reason.prefix}' になっています)。`;
    case 'prefixTooLarge':
      return `IPv4 のプレフィックスは /0〜/32 です (/${reason.prefix} になっています)。`;
    case 'ipv6':
      return '使えるのは IPv4 アドレスだけです。';
    case 'notFourNumbers':
      return 'アドレスはドットで区切った 4 つの数で書きます。';
    case 'octetTooLarge':
      return `アドレスの各数は 0〜255 です (${reason.octet} になっています)。`;
    case 'leadingZero':
      return '先頭に 0 が付いた数はあいまいです。0 を付けずに書いてください。';
  }
}

const NOT_BOOLEAN_SUBJECT = {
  condition: '条件',
  or: "'or' の両辺",
  and: "'and' の両辺",
  not: "'not' の後",
  '!': "'!' の後",
} as const;

const DATE_FIELD = { year: '年', month: '月', day: '日', hour: '時', minute: '分', second: '秒' } as const;

export const conditionProblems = {
  wholeNumbersOnly: () => 'ここに書けるのは整数だけです。',
  unterminatedString: () => "文字列が閉じていません。閉じる ' がありません。",
  doubleQuotes: () => "条件の中の文字列はシングルクォート ('...') で囲みます。",
  curlyQuote: ({ char }) =>
    `曲がった引用符 ${char} があります。条件の中の文字列はまっすぐなシングルクォート ('...') で囲みます。`,
  useAnd: () => "条件をつなぐには 'and' を使います。",
  useOr: () => "条件をつなぐには 'or' を使います。",
  useDoubleEquals: () => "比較には '==' を使います。",
  unexpectedCharacter: ({ char }) => `予期しない文字 '${char}' があります。`,
  empty: () => '条件が空です。',
  expectedEnd: ({ found, comparison }) =>
    `'and'、'or' または条件の終わりが来るはずの位置に${inline(token(found))}があります。${comparison ? '比較を組み合わせるには、括弧と and/or を使います。' : ''}`,
  notBoolean: ({ subject, found }) =>
    `${NOT_BOOLEAN_SUBJECT[subject]}は真偽の判定 (samUserName == 'alice' のような比較、ipAddress(...)、httpMethod(...)) で書きます (${TYPE[found]}になっています)。`,
  tooDeep: ({ max }) => `条件の入れ子が ${max} 段を超えています。`,
  cannotCompare: ({ left, right }) => `${TYPE[left]}と${TYPE[right]}は比較できません。`,
  orderingNeedsNumbers: ({ operator, found }) =>
    `'${operator}' で比較できるのは数と日付だけです (${TYPE[found]}になっています)。`,
  closeParenExpected: ({ found }) => `'(' を閉じる ')' が来るはずの位置に${inline(token(found))}があります。`,
  variableNotFunction: ({ name }) => `'${name}' は値で、関数ではありません。括弧を取り除いてください。`,
  valueBeforeKeyword: ({ keyword }) => `'${keyword}' の前に値が必要です。`,
  unknownName: ({ name, near }) =>
    `'${name}' という名前はありません。${near === null ? '' : `'${near}' ではありませんか? 名前の大文字と小文字は区別されます。`}`,
  valueMissingAtEnd: () => '条件が途中で終わっています。値がありません。',
  valueExpected: ({ found }) => `値が来るはずの位置に${inline(token(found))}があります。`,
  numberTooLarge: () => 'この数は大きすぎます。',
  needsArguments: ({ name }) => `'${name}' には引数が必要です: ${USAGE[name]}`,
  argumentKind: ({ name, wanted, found }) =>
    `'${name}' の引数には${wanted === 'integer' ? '整数' : 'シングルクォートで囲んだ文字列'}を書きますが、${inline(token(found)).trimStart()}があります (${USAGE[name]})。`,
  argumentSeparator: ({ name, found }) =>
    `',' または ')' が来るはずの位置に${inline(token(found))}があります (${USAGE[name]})。`,
  argumentCount: ({ name, count }) => `'${name}' には数を ${count} 個書きます: ${USAGE[name]}`,
  notCidr: ({ value, reason }) =>
    `'${value}' は '192.0.2.0/24' のような IPv4 アドレスや CIDR ブロックではありません。${reason === null ? '' : cidrReason(reason)}`,
  notHttpMethod: ({ value, methods }) =>
    `'${value}' は HTTP メソッドではありません (使えるのは ${methods.join(', ')})。`,
  pathVariableOneName: () => "'pathVariable' に書ける名前は 1 つだけです。",
  pathVariableEmpty: () => 'パス変数の名前が空です。',
  dateField: ({ field, min, max }) =>
    `${DATE_FIELD[field]}は ${min}〜${max} の範囲で書きます${field === 'day' ? ' (この月の場合)' : ''}。`,
  unparseable: () => '条件を解析できませんでした。',
} satisfies ConditionProblemWording;

const keyCase = (near: string) => `"${near}" ではありませんか? キーの大文字と小文字は区別されます。`;
const writtenAs = (written: string | null) =>
  written === null ? '' : `"${written}" と書かれていますが、キーの大文字と小文字は区別されます。`;
const spaces = (trimmed: string) =>
  `"${trimmed}" の前後に空白があります。名前は書かれたとおりに比べられます。`;

export const problems = {
  jsonAfterValue: ({ found }) => `JSON の値が終わった後に${inline(character(found))}があります。`,
  jsonTooDeep: ({ max }) => `ドキュメントの入れ子が ${max} 段を超えています。`,
  jsonValueMissingAtEnd: () => 'ドキュメントが途中で終わっています。値がありません。',
  jsonSingleQuotedString: () => 'JSON の文字列はシングルクォートではなく、ダブルクォート (") で囲みます。',
  jsonValueBeforeClose: ({ found }) => `${inline(character(found)).trimStart()}の前に値が必要です。`,
  jsonUnexpectedCharacter: ({ found }) =>
    `JSON の値が来るはずの位置に${inline(character(found))}があります。`,
  jsonUnexpectedWord: ({ word }) => `JSON の値が来るはずの位置に '${word}' という語があります。`,
  jsonInvalidNumber: () => '数値の書き方が正しくありません。',
  jsonUnterminatedString: () => '文字列が閉じていません。閉じる " がありません。',
  jsonLineBreakInString: () => '文字列が閉じていません。文字列の中では改行できません (\\n と書きます)。',
  jsonUnescapedCharacter: ({ found }) => `文字列の中の${inline(character(found))}はエスケープが必要です。`,
  jsonInvalidUnicodeEscape: () => '\\u エスケープが正しくありません。続けて 16 進数を 4 桁書きます。',
  jsonInvalidEscape: ({ escape }) => `文字列の中のエスケープ '\\${escape}' は使えません。`,
  jsonTrailingComma: ({ before }) =>
    `余分なカンマがあります。JSON では ${before} の直前にカンマを置けません。`,
  jsonArrayNotClosed: ({ line, column }) =>
    `ドキュメントが途中で終わっています。${line} 行 ${column} 列で始まる配列を閉じる ] がありません。`,
  jsonArraySeparator: ({ found }) =>
    `',' または ']' が来るはずの位置に${inline(character(found))}があります。`,
  jsonObjectNotClosed: ({ line, column }) =>
    `ドキュメントが途中で終わっています。${line} 行 ${column} 列で始まるオブジェクトを閉じる } がありません。`,
  jsonSingleQuotedKey: () => 'JSON のプロパティ名はダブルクォート (") で囲みます。',
  jsonKeyExpected: ({ found }) =>
    `ダブルクォートで囲んだプロパティ名が来るはずの位置に${inline(character(found))}があります。`,
  jsonColonExpected: ({ key }) => `プロパティ名 "${key}" の後に ':' が必要です。`,
  jsonObjectSeparator: ({ found }) =>
    `',' または '}' が来るはずの位置に${inline(character(found))}があります。`,
  jsonUnparseable: () => 'ドキュメントを解析できませんでした。',
  notText: () => '権限ドキュメントがテキストではありません。',

  documentNotObject: ({ found }) =>
    `権限ドキュメントは {"statements": [...]} の形のオブジェクトで書きます${was(found)}。`,
  statementsTwice: () => '"statements" が 2 回書かれています。',
  documentUnknownKey: ({ key, caseHint }) =>
    `"${key}" というキーはありません。${caseHint ? keyCase('statements') : ''}権限ドキュメントに書けるのは "statements" だけです。`,
  statementsMissing: () => '"statements" の配列がありません。',
  statementsNotArray: ({ found }) => `"statements" はステートメントの配列で書きます${was(found)}。`,
  statementNotObject: ({ statement, found }) =>
    `ステートメント ${statement} は {"effect": ..., "api": ...} の形のオブジェクトで書きます${was(found)}。`,
  statementUnknownKey: ({ key, statement, near }) =>
    `ステートメント ${statement} の "${key}" というキーはありません。${near === null ? '' : keyCase(near)}ステートメントに書けるのは "effect"、"api" と、省略できる "condition" です。`,
  statementKeyTwice: ({ key, statement }) =>
    `ステートメント ${statement} に "${key}" が 2 回書かれています。`,
  effectMissing: ({ statement, written }) =>
    `ステートメント ${statement} に "effect" がありません。${writtenAs(written)}"effect": "allow" または "effect": "deny" を追加してください。`,
  effectNotString: ({ found }) => `"effect" は "allow" または "deny" で書きます${was(found)}。`,
  effectInvalid: ({ value, lowerCase }) =>
    `"effect" は "allow" または "deny" で書きます ("${value}" になっています)。${lowerCase === null ? '' : `小文字で "${lowerCase}" と書いてください。`}`,
  apiMissing: ({ statement, written }) =>
    `ステートメント ${statement} に "api" がありません。${writtenAs(written)}"api": "グループ:操作" か、その配列を追加してください。`,
  apiListEmpty: () => '"api" に API がありません。"User:listUsers" のような名前を 1 つ以上書いてください。',
  apiItemNotString: ({ found }) =>
    `"api" の各 API は "User:listUsers" のような文字列で書きます${was(found)}。`,
  apiNotStringOrArray: ({ found }) => `"api" は文字列か、文字列の配列で書きます${was(found)}。`,
  apiNameEmpty: () => 'API 名が空です。',
  conditionNotString: ({ found }) =>
    `"condition" は "samUserName == 'alice'" のような文字列で書きます${was(found)}。`,
  condition: ({ problem }) => `条件: ${wordProblem(conditionProblems, problem)}`,
  apiMatchesNothing: ({ pattern, trimmed }) =>
    `"${pattern}" に一致する操作は API カタログにありません。${trimmed === null ? '' : spaces(trimmed)}`,
  apiNotInCatalogue: ({ pattern, trimmed, near }) =>
    `"${pattern}" は API カタログにありません。${trimmed !== null ? spaces(trimmed) : near !== null ? `"${near}" ではありませんか? 名前の大文字と小文字は区別されます。` : ''}`,

  trustNotObject: ({ found }) =>
    `信頼ポリシーは {"statements": [...]} の形のオブジェクトで書きます${was(found)}。`,
  trustUnknownKey: ({ key }) =>
    `"${key}" というキーはありません。信頼ポリシーに書けるのは "statements" だけです。`,
  trustStatementsNotArray: ({ found }) => `"statements" は配列で書きます${was(found)}。`,
  trustStatementNotObject: ({ statement, found }) =>
    `ステートメント ${statement} はオブジェクトで書きます${was(found)}。`,
  trustStatementUnknownKey: ({ key, statement }) =>
    `ステートメント ${statement} の "${key}" というキーはありません。書けるのは "effect"、"principal"、"condition" です。`,
  trustEffectMissing: ({ statement }) =>
    `ステートメント ${statement} に "effect" がありません。"effect": "allow" を追加してください。`,
  principalMissing: ({ statement }) =>
    `ステートメント ${statement} に "principal" がありません。"principal": {"soracom": ["srn:soracom:OP...::User:name"]} を追加してください。`,
  principalNotObject: ({ found }) =>
    `"principal" は {"soracom": [...]} の形のオブジェクトで書きます${was(found)}。`,
  principalUnknownKey: ({ key }) => `"principal" に "${key}" というキーはありません。"soracom" を使います。`,
  soracomMissing: () => '"principal" に SRN の一覧 "soracom" がありません。',
  soracomNotArray: ({ found }) => `"soracom" は SRN の配列で書きます${was(found)}。`,
  soracomEmpty: () => '"soracom" に誰も書かれていません。SRN を 1 つ以上追加してください。',
  principalNotString: ({ found }) => `プリンシパルは SRN の文字列で書きます${was(found)}。`,
  principalNotSrn: ({ value }) =>
    `"${value}" はルートユーザーの SRN (srn:soracom:OP…::Operator:OP…、同じ ID を 2 回) でも、SAM ユーザーの SRN (srn:soracom:OP…::User:name) でもありません。`,
  trustConditionNotString: ({ found }) => `"condition" は文字列で書きます${was(found)}。`,
} satisfies DiagnosticProblemWording;

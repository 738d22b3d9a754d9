// Parses statement conditions (or/and/not, comparisons, dates, ipAddress, httpMethod, pathVariable) with positions and types.
import type {
  ComparisonOperator,
  ConditionError,
  ConditionExpr,
  ConditionParseResult,
  Ipv4Cidr,
} from './types.ts';
import { cidrProblem, parseIpv4Cidr } from './ipv4.ts';
import type { ConditionFunction, ConditionProblem, ConditionToken } from './problems.ts';
import { describedCondition } from './problem-messages.ts';

type TokenKind = 'ident' | 'int' | 'string' | 'punct' | 'end';
interface Token {
  kind: TokenKind;
  text: string;
  from: number;
  to: number;
}

/** The value kinds a condition works with; comparisons and connectives are checked against them. */
type ValueType = 'boolean' | 'string' | 'integer' | 'date';

const VARIABLES = ['currentDate', 'currentDateTime', 'samUserName'] as const;
const FUNCTIONS = ['date', 'dateTime', 'ipAddress', 'httpMethod', 'pathVariable'] as const;
const KEYWORDS = ['and', 'or', 'not'] as const;
const HTTP_METHODS = ['GET', 'POST', 'PUT', 'DELETE', 'PATCH', 'HEAD', 'OPTIONS'];
const MAX_DEPTH = 64;
const MAX_INTEGER_DIGITS = 9;

class ConditionSyntaxError {
  constructor(
    readonly problem: ConditionProblem,
    readonly from: number,
    readonly to: number,
  ) {}
}

function fail(problem: ConditionProblem, from: number, to: number): never {
  throw new ConditionSyntaxError(problem, from, Math.max(from, to));
}

function describe(token: Token): ConditionToken {
  if (token.kind === 'end') return { kind: 'end' };
  if (token.kind === 'string') return { kind: 'string', text: token.text };
  return { kind: 'other', text: token.text };
}

function tokenize(source: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  while (i < source.length) {
    const ch = source[i] ?? '';
    if (ch === ' ' || ch === '\t' || ch === '\n' || ch === '\r') {
      i++;
      continue;
    }
    const from = i;
    if (/[A-Za-z_]/.test(ch)) {
      while (i < source.length && /[A-Za-z0-9_]/.test(source[i] ?? '')) i++;
      tokens.push({ kind: 'ident', text: source.slice(from, i), from, to: i });
      continue;
    }
    if (/[0-9]/.test(ch)) {
      while (i < source.length && /[0-9]/.test(source[i] ?? '')) i++;
      if (i < source.length && /[A-Za-z_.]/.test(source[i] ?? ''))
        fail({ code: 'wholeNumbersOnly', params: {} }, from, i + 1);
      tokens.push({ kind: 'int', text: source.slice(from, i), from, to: i });
      continue;
    }
    if (ch === "'") {
      const close = source.indexOf("'", i + 1);
      if (close < 0) fail({ code: 'unterminatedString', params: {} }, from, source.length);
      i = close + 1;
      tokens.push({ kind: 'string', text: source.slice(from, i), from, to: i });
      continue;
    }
    if (ch === '"') fail({ code: 'doubleQuotes', params: {} }, from, from + 1);
    if (ch === '\u2018' || ch === '\u2019')
      fail({ code: 'curlyQuote', params: { char: ch } }, from, from + 1);
    const two = source.slice(i, i + 2);
    if (two === '==' || two === '!=' || two === '<=' || two === '>=') {
      i += 2;
      tokens.push({ kind: 'punct', text: two, from, to: i });
      continue;
    }
    if (two === '&&') fail({ code: 'useAnd', params: {} }, from, from + 2);
    if (two === '||') fail({ code: 'useOr', params: {} }, from, from + 2);
    if (ch === '=') fail({ code: 'useDoubleEquals', params: {} }, from, from + 1);
    if ('()<>,!'.includes(ch)) {
      i++;
      tokens.push({ kind: 'punct', text: ch, from, to: i });
      continue;
    }
    fail({ code: 'unexpectedCharacter', params: { char: ch } }, from, from + 1);
  }
  tokens.push({ kind: 'end', text: '', from: source.length, to: source.length });
  return tokens;
}

interface Typed {
  expr: ConditionExpr;
  type: ValueType;
}

const isKeyword = (text: string): boolean => (KEYWORDS as readonly string[]).includes(text);

class Parser {
  private index = 0;
  private depth = 0;

  constructor(private readonly tokens: Token[]) {}

  private peek(): Token {
    return (
      this.tokens[this.index] ??
      this.tokens[this.tokens.length - 1] ?? { kind: 'end', text: '', from: 0, to: 0 }
    );
  }

  private next(): Token {
    const token = this.peek();
    if (this.index < this.tokens.length - 1) this.index++;
    return token;
  }

  private isPunct(text: string): boolean {
    const token = this.peek();
    return token.kind === 'punct' && token.text === text;
  }

  private isIdent(text: string): boolean {
    const token = this.peek();
    return token.kind === 'ident' && token.text === text;
  }

  parseCondition(): ConditionExpr {
    const first = this.peek();
    if (first.kind === 'end') fail({ code: 'empty', params: {} }, 0, 0);
    const result = this.parseOr();
    const rest = this.peek();
    if (rest.kind !== 'end') {
      const comparison = rest.kind === 'punct' && ['==', '!=', '<', '<=', '>', '>='].includes(rest.text);
      fail({ code: 'expectedEnd', params: { found: describe(rest), comparison } }, rest.from, rest.to);
    }
    this.requireBoolean(result, 'condition');
    return result.expr;
  }

  private requireBoolean(typed: Typed, subject: 'condition' | 'or' | 'and' | 'not' | '!'): void {
    if (typed.type !== 'boolean') {
      fail({ code: 'notBoolean', params: { subject, found: typed.type } }, typed.expr.from, typed.expr.to);
    }
  }

  private parseOr(): Typed {
    let left = this.parseAnd();
    while (this.isIdent('or')) {
      this.next();
      const right = this.parseAnd();
      this.requireBoolean(left, 'or');
      this.requireBoolean(right, 'or');
      left = {
        expr: { type: 'or', left: left.expr, right: right.expr, from: left.expr.from, to: right.expr.to },
        type: 'boolean',
      };
    }
    return left;
  }

  private parseAnd(): Typed {
    let left = this.parseUnary();
    while (this.isIdent('and')) {
      this.next();
      const right = this.parseUnary();
      this.requireBoolean(left, 'and');
      this.requireBoolean(right, 'and');
      left = {
        expr: { type: 'and', left: left.expr, right: right.expr, from: left.expr.from, to: right.expr.to },
        type: 'boolean',
      };
    }
    return left;
  }

  private parseUnary(): Typed {
    if (this.isIdent('not') || this.isPunct('!')) {
      const op = this.next();
      this.enter(op);
      const operand = this.parseUnary();
      this.depth--;
      this.requireBoolean(operand, op.text === '!' ? '!' : 'not');
      return {
        expr: { type: 'not', operand: operand.expr, from: op.from, to: operand.expr.to },
        type: 'boolean',
      };
    }
    return this.parseComparison();
  }

  private enter(token: Token): void {
    this.depth++;
    if (this.depth > MAX_DEPTH) fail({ code: 'tooDeep', params: { max: MAX_DEPTH } }, token.from, token.to);
  }

  private parseComparison(): Typed {
    const left = this.parsePrimary();
    const token = this.peek();
    if (token.kind !== 'punct' || !['==', '!=', '<', '<=', '>', '>='].includes(token.text)) return left;
    this.next();
    const operator = token.text as ComparisonOperator;
    const right = this.parsePrimary();
    const ordering = operator !== '==' && operator !== '!=';
    if (left.type !== right.type) {
      fail({ code: 'cannotCompare', params: { left: left.type, right: right.type } }, token.from, token.to);
    }
    if (ordering && left.type !== 'integer' && left.type !== 'date') {
      fail({ code: 'orderingNeedsNumbers', params: { operator, found: left.type } }, token.from, token.to);
    }
    return {
      expr: {
        type: 'compare',
        operator,
        left: left.expr,
        right: right.expr,
        from: left.expr.from,
        to: right.expr.to,
      },
      type: 'boolean',
    };
  }

  private parsePrimary(): Typed {
    const token = this.peek();
    if (token.kind === 'punct' && token.text === '(') {
      this.next();
      this.enter(token);
      const inner = this.parseOr();
      this.depth--;
      const close = this.peek();
      if (close.kind !== 'punct' || close.text !== ')') {
        fail({ code: 'closeParenExpected', params: { found: describe(close) } }, close.from, close.to);
      }
      this.next();
      return { expr: { ...inner.expr, from: token.from, to: close.to }, type: inner.type };
    }
    if (token.kind === 'string') {
      this.next();
      return {
        expr: { type: 'string', value: token.text.slice(1, -1), from: token.from, to: token.to },
        type: 'string',
      };
    }
    if (token.kind === 'int') {
      this.next();
      return {
        expr: { type: 'integer', value: this.integerValue(token), from: token.from, to: token.to },
        type: 'integer',
      };
    }
    if (token.kind === 'ident') {
      if ((VARIABLES as readonly string[]).includes(token.text)) {
        this.next();
        if (this.isPunct('('))
          fail(
            { code: 'variableNotFunction', params: { name: token.text } },
            this.peek().from,
            this.peek().to,
          );
        const name = token.text as (typeof VARIABLES)[number];
        return {
          expr: { type: 'variable', name, from: token.from, to: token.to },
          type: name === 'samUserName' ? 'string' : 'date',
        };
      }
      if ((FUNCTIONS as readonly string[]).includes(token.text)) return this.parseCall();
      if (isKeyword(token.text))
        fail({ code: 'valueBeforeKeyword', params: { keyword: token.text } }, token.from, token.to);
      const lower = token.text.toLowerCase();
      const known = [...VARIABLES, ...FUNCTIONS, ...KEYWORDS].find((name) => name.toLowerCase() === lower);
      fail({ code: 'unknownName', params: { name: token.text, near: known ?? null } }, token.from, token.to);
    }
    if (token.kind === 'end') fail({ code: 'valueMissingAtEnd', params: {} }, token.from, token.to);
    fail({ code: 'valueExpected', params: { found: describe(token) } }, token.from, token.to);
  }

  private integerValue(token: Token): number {
    if (token.text.length > MAX_INTEGER_DIGITS)
      fail({ code: 'numberTooLarge', params: {} }, token.from, token.to);
    return Number(token.text);
  }

  /** Reads `( arg, arg, ... )` where every argument is a literal of the given kind. */
  private parseArguments(name: Token, fn: ConditionFunction, kind: 'int' | 'string'): Token[] {
    if (!this.isPunct('(')) fail({ code: 'needsArguments', params: { name: fn } }, name.from, name.to);
    this.next();
    const args: Token[] = [];
    if (this.isPunct(')')) {
      const close = this.next();
      fail({ code: 'needsArguments', params: { name: fn } }, name.from, close.to);
    }
    for (;;) {
      const arg = this.peek();
      if (arg.kind !== kind) {
        const wanted = kind === 'int' ? 'integer' : 'string';
        fail({ code: 'argumentKind', params: { name: fn, wanted, found: describe(arg) } }, arg.from, arg.to);
      }
      args.push(this.next());
      if (this.isPunct(',')) {
        this.next();
        continue;
      }
      const close = this.peek();
      if (close.kind !== 'punct' || close.text !== ')')
        fail(
          { code: 'argumentSeparator', params: { name: fn, found: describe(close) } },
          close.from,
          close.to,
        );
      this.next();
      return args;
    }
  }

  private parseCall(): Typed {
    const name = this.next();
    switch (name.text) {
      case 'date':
      case 'dateTime': {
        const isDate = name.text === 'date';
        const fn = isDate ? 'date' : 'dateTime';
        const args = this.parseArguments(name, fn, 'int');
        const want = isDate ? 3 : 6;
        const last = args[args.length - 1] ?? name;
        if (args.length !== want)
          fail({ code: 'argumentCount', params: { name: fn, count: want } }, name.from, last.to + 1);
        const [y, mo, d, h, mi, s] = args.map((arg) => this.integerValue(arg));
        const epochMs = this.checkedDate(args, y ?? 0, mo ?? 0, d ?? 0, h ?? 0, mi ?? 0, s ?? 0);
        const from = name.from;
        const to = last.to + 1;
        return {
          expr: isDate ? { type: 'date', epochMs, from, to } : { type: 'dateTime', epochMs, from, to },
          type: 'date',
        };
      }
      case 'ipAddress': {
        const args = this.parseArguments(name, 'ipAddress', 'string');
        const cidrs: Ipv4Cidr[] = args.map((arg) => {
          const value = arg.text.slice(1, -1);
          const cidr = parseIpv4Cidr(value);
          if (!cidr)
            fail({ code: 'notCidr', params: { value, reason: cidrProblem(value) } }, arg.from, arg.to);
          return cidr;
        });
        return {
          expr: { type: 'ipAddress', cidrs, from: name.from, to: this.previousEnd() },
          type: 'boolean',
        };
      }
      case 'httpMethod': {
        const args = this.parseArguments(name, 'httpMethod', 'string');
        const methods = args.map((arg) => {
          const method = arg.text.slice(1, -1).toUpperCase();
          if (!HTTP_METHODS.includes(method))
            fail(
              { code: 'notHttpMethod', params: { value: arg.text.slice(1, -1), methods: HTTP_METHODS } },
              arg.from,
              arg.to,
            );
          return method;
        });
        return {
          expr: { type: 'httpMethod', methods, from: name.from, to: this.previousEnd() },
          type: 'boolean',
        };
      }
      default: {
        const args = this.parseArguments(name, 'pathVariable', 'string');
        const [arg, extra] = args;
        // parseArguments never returns an empty list; this only satisfies the type of `arg`.
        if (!arg) fail({ code: 'needsArguments', params: { name: 'pathVariable' } }, name.from, name.to);
        if (extra) fail({ code: 'pathVariableOneName', params: {} }, extra.from, extra.to);
        const variable = arg.text.slice(1, -1);
        if (variable === '') fail({ code: 'pathVariableEmpty', params: {} }, arg.from, arg.to);
        return {
          expr: { type: 'pathVariable', name: variable, from: name.from, to: this.previousEnd() },
          type: 'string',
        };
      }
    }
  }

  private previousEnd(): number {
    return this.tokens[this.index - 1]?.to ?? 0;
  }

  private checkedDate(
    args: Token[],
    y: number,
    mo: number,
    d: number,
    h: number,
    mi: number,
    s: number,
  ): number {
    const at = (i: number): Token => args[i] ?? args[0] ?? { kind: 'int', text: '', from: 0, to: 0 };
    const fields = ['year', 'month', 'day', 'hour', 'minute', 'second'] as const;
    const bad = (i: 0 | 1 | 2 | 3 | 4 | 5, min: number, max: number): never =>
      fail({ code: 'dateField', params: { field: fields[i], min, max } }, at(i).from, at(i).to);
    if (y < 1970 || y > 9999) bad(0, 1970, 9999);
    if (mo < 1 || mo > 12) bad(1, 1, 12);
    const daysInMonth = new Date(Date.UTC(y, mo, 0)).getUTCDate();
    if (d < 1 || d > daysInMonth) bad(2, 1, daysInMonth);
    if (h > 23) bad(3, 0, 23);
    if (mi > 59) bad(4, 0, 59);
    if (s > 59) bad(5, 0, 59);
    return Date.UTC(y, mo - 1, d, h, mi, s);
  }
}

export function parseCondition(source: string): ConditionParseResult {
  try {
    const expr = new Parser(tokenize(source)).parseCondition();
    return { expr, errors: [] };
  } catch (error) {
    if (error instanceof ConditionSyntaxError) {
      const error_: ConditionError = { ...describedCondition(error.problem), from: error.from, to: error.to };
      return { expr: null, errors: [error_] };
    }
    return {
      expr: null,
      errors: [{ ...describedCondition({ code: 'unparseable', params: {} }), from: 0, to: source.length }],
    };
  }
}

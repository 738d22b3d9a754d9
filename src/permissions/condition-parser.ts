// Parses statement conditions (or/and/not, comparisons, dates, ipAddress, httpMethod, pathVariable) with positions and types.
import type {
  ComparisonOperator,
  ConditionError,
  ConditionExpr,
  ConditionParseResult,
  Ipv4Cidr,
} from './types.ts';
import { cidrProblem, parseIpv4Cidr } from './ipv4.ts';

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
    readonly message: string,
    readonly from: number,
    readonly to: number,
  ) {}
}

function fail(message: string, from: number, to: number): never {
  throw new ConditionSyntaxError(message, from, Math.max(from, to));
}

function describe(token: Token): string {
  if (token.kind === 'end') return 'the end of the condition';
  if (token.kind === 'string') return `the string ${token.text}`;
  return `'${token.text}'`;
}

function typeName(type: ValueType): string {
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
        fail('Only whole numbers are allowed here', from, i + 1);
      tokens.push({ kind: 'int', text: source.slice(from, i), from, to: i });
      continue;
    }
    if (ch === "'") {
      const close = source.indexOf("'", i + 1);
      if (close < 0) fail("Unterminated string: a closing ' is missing", from, source.length);
      i = close + 1;
      tokens.push({ kind: 'string', text: source.slice(from, i), from, to: i });
      continue;
    }
    if (ch === '"') fail("Strings in a condition use single quotes ('...')", from, from + 1);
    if (ch === '\u2018' || ch === '\u2019')
      fail(`Curly quote ${ch}: strings in a condition use straight single quotes ('...')`, from, from + 1);
    const two = source.slice(i, i + 2);
    if (two === '==' || two === '!=' || two === '<=' || two === '>=') {
      i += 2;
      tokens.push({ kind: 'punct', text: two, from, to: i });
      continue;
    }
    if (two === '&&') fail("Use 'and' to combine conditions", from, from + 2);
    if (two === '||') fail("Use 'or' to combine conditions", from, from + 2);
    if (ch === '=') fail("Use '==' to compare", from, from + 1);
    if ('()<>,!'.includes(ch)) {
      i++;
      tokens.push({ kind: 'punct', text: ch, from, to: i });
      continue;
    }
    fail(`Unexpected character '${ch}'`, from, from + 1);
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

  private expectPunct(text: string, context: string): Token {
    const token = this.peek();
    if (token.kind !== 'punct' || token.text !== text)
      fail(`Expected '${text}' ${context} but found ${describe(token)}`, token.from, token.to);
    return this.next();
  }

  parseCondition(): ConditionExpr {
    const first = this.peek();
    if (first.kind === 'end') fail('The condition is empty', 0, 0);
    const result = this.parseOr();
    const rest = this.peek();
    if (rest.kind !== 'end') {
      const hint =
        rest.kind === 'punct' && ['==', '!=', '<', '<=', '>', '>='].includes(rest.text)
          ? ' (use parentheses and and/or to combine comparisons)'
          : '';
      fail(
        `Expected 'and', 'or' or the end of the condition but found ${describe(rest)}${hint}`,
        rest.from,
        rest.to,
      );
    }
    this.requireBoolean(result, 'The condition');
    return result.expr;
  }

  private requireBoolean(typed: Typed, what: string): void {
    if (typed.type !== 'boolean') {
      fail(
        `${what} must be a true/false test (a comparison such as samUserName == 'alice', ipAddress(...) or httpMethod(...)), not ${typeName(typed.type)}`,
        typed.expr.from,
        typed.expr.to,
      );
    }
  }

  private parseOr(): Typed {
    let left = this.parseAnd();
    while (this.isIdent('or')) {
      this.next();
      const right = this.parseAnd();
      this.requireBoolean(left, "Each side of 'or'");
      this.requireBoolean(right, "Each side of 'or'");
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
      this.requireBoolean(left, "Each side of 'and'");
      this.requireBoolean(right, "Each side of 'and'");
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
      this.requireBoolean(operand, `What follows '${op.text}'`);
      return {
        expr: { type: 'not', operand: operand.expr, from: op.from, to: operand.expr.to },
        type: 'boolean',
      };
    }
    return this.parseComparison();
  }

  private enter(token: Token): void {
    this.depth++;
    if (this.depth > MAX_DEPTH)
      fail(`The condition is nested more than ${MAX_DEPTH} levels deep`, token.from, token.to);
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
      fail(`Cannot compare ${typeName(left.type)} with ${typeName(right.type)}`, token.from, token.to);
    }
    if (ordering && left.type !== 'integer' && left.type !== 'date') {
      fail(`'${operator}' compares numbers or dates only, not ${typeName(left.type)}`, token.from, token.to);
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
        fail(`Expected ')' to close the '(' but found ${describe(close)}`, close.from, close.to);
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
            `'${token.text}' is a value, not a function: remove the parentheses`,
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
      if (isKeyword(token.text)) fail(`Expected a value before '${token.text}'`, token.from, token.to);
      const lower = token.text.toLowerCase();
      const known = [...VARIABLES, ...FUNCTIONS, ...KEYWORDS].find((name) => name.toLowerCase() === lower);
      const hint = known ? ` (did you mean '${known}'? names are case-sensitive)` : '';
      fail(`Unknown name '${token.text}'${hint}`, token.from, token.to);
    }
    if (token.kind === 'end')
      fail('Unexpected end of the condition: a value is missing', token.from, token.to);
    fail(`Expected a value but found ${describe(token)}`, token.from, token.to);
  }

  private integerValue(token: Token): number {
    if (token.text.length > MAX_INTEGER_DIGITS) fail('This number is too large', token.from, token.to);
    return Number(token.text);
  }

  /** Reads `( arg, arg, ... )` where every argument is a literal of the given kind. */
  private parseArguments(name: Token, kind: 'int' | 'string', usage: string): Token[] {
    if (!this.isPunct('(')) fail(`'${name.text}' needs arguments: ${usage}`, name.from, name.to);
    this.next();
    const args: Token[] = [];
    if (this.isPunct(')')) {
      const close = this.next();
      fail(`'${name.text}' needs arguments: ${usage}`, name.from, close.to);
    }
    for (;;) {
      const arg = this.peek();
      if (arg.kind !== kind) {
        const wanted = kind === 'int' ? 'a whole number' : 'a single-quoted string';
        fail(
          `Expected ${wanted} as an argument of '${name.text}' but found ${describe(arg)} (${usage})`,
          arg.from,
          arg.to,
        );
      }
      args.push(this.next());
      if (this.isPunct(',')) {
        this.next();
        continue;
      }
      const close = this.peek();
      if (close.kind !== 'punct' || close.text !== ')')
        fail(`Expected ',' or ')' but found ${describe(close)} (${usage})`, close.from, close.to);
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
        const usage = isDate ? 'date(year, month, day)' : 'dateTime(year, month, day, hour, minute, second)';
        const args = this.parseArguments(name, 'int', usage);
        const want = isDate ? 3 : 6;
        const last = args[args.length - 1] ?? name;
        if (args.length !== want)
          fail(`'${name.text}' takes ${want} numbers: ${usage}`, name.from, last.to + 1);
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
        const args = this.parseArguments(name, 'string', "ipAddress('10.0.0.0/24', ...)");
        const cidrs: Ipv4Cidr[] = args.map((arg) => {
          const cidr = parseIpv4Cidr(arg.text.slice(1, -1));
          if (!cidr)
            fail(
              `'${arg.text.slice(1, -1)}' is not an IPv4 address or CIDR block such as '192.0.2.0/24'${cidrProblem(arg.text.slice(1, -1))}`,
              arg.from,
              arg.to,
            );
          return cidr;
        });
        return {
          expr: { type: 'ipAddress', cidrs, from: name.from, to: this.previousEnd() },
          type: 'boolean',
        };
      }
      case 'httpMethod': {
        const args = this.parseArguments(name, 'string', "httpMethod('GET', ...)");
        const methods = args.map((arg) => {
          const method = arg.text.slice(1, -1).toUpperCase();
          if (!HTTP_METHODS.includes(method))
            fail(
              `'${arg.text.slice(1, -1)}' is not an HTTP method (${HTTP_METHODS.join(', ')})`,
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
        const args = this.parseArguments(name, 'string', "pathVariable('user_name')");
        const [arg, extra] = args;
        if (!arg) fail("'pathVariable' needs the name of a path variable", name.from, name.to);
        if (extra) fail("'pathVariable' takes one name", extra.from, extra.to);
        const variable = arg.text.slice(1, -1);
        if (variable === '') fail('The path variable name is empty', arg.from, arg.to);
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
    const bad = (i: number, what: string): never => fail(what, at(i).from, at(i).to);
    if (y < 1970 || y > 9999) bad(0, 'The year must be between 1970 and 9999');
    if (mo < 1 || mo > 12) bad(1, 'The month must be between 1 and 12');
    const daysInMonth = new Date(Date.UTC(y, mo, 0)).getUTCDate();
    if (d < 1 || d > daysInMonth) bad(2, `The day must be between 1 and ${daysInMonth} for that month`);
    if (h > 23) bad(3, 'The hour must be between 0 and 23');
    if (mi > 59) bad(4, 'The minute must be between 0 and 59');
    if (s > 59) bad(5, 'The second must be between 0 and 59');
    return Date.UTC(y, mo - 1, d, h, mi, s);
  }
}

export function parseCondition(source: string): ConditionParseResult {
  try {
    const expr = new Parser(tokenize(source)).parseCondition();
    return { expr, errors: [] };
  } catch (error) {
    if (error instanceof ConditionSyntaxError) {
      const error_: ConditionError = { message: error.message, from: error.from, to: error.to };
      return { expr: null, errors: [error_] };
    }
    return {
      expr: null,
      errors: [{ message: 'The condition could not be parsed', from: 0, to: source.length }],
    };
  }
}

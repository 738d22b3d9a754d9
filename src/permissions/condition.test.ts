// Tests of the condition grammar (every construct and its errors) and of condition evaluation in UTC.
import { describe, expect, it } from 'vitest';
import { parseCondition } from './condition-parser.ts';
import { evaluateCondition } from './condition-evaluator.ts';
import type { ConditionExpr, PermissionCall } from './types.ts';

function parsed(source: string): ConditionExpr {
  const result = parseCondition(source);
  expect(result.errors).toEqual([]);
  if (!result.expr) throw new Error('expected an expression');
  return result.expr;
}

function holds(source: string, call: Partial<PermissionCall> = {}): boolean {
  return evaluateCondition(parsed(source), { api: 'User:listUsers', ...call });
}

function errorOf(source: string) {
  const result = parseCondition(source);
  expect(result.expr).toBeNull();
  const [error] = result.errors;
  if (!error) throw new Error('expected an error');
  return error;
}

const at = (iso: string): Date => new Date(iso);

describe('parseCondition: the constructs', () => {
  it('builds or/and/not with the usual precedence and positions', () => {
    const source = "not samUserName == 'a' or samUserName == 'b' and httpMethod('GET')";
    const expr = parsed(source);
    expect(expr).toMatchObject({
      type: 'or',
      from: 0,
      to: source.length,
      left: { type: 'not', from: 0, operand: { type: 'compare', operator: '==' } },
      right: { type: 'and', left: { type: 'compare' }, right: { type: 'httpMethod', methods: ['GET'] } },
    });
  });

  it('accepts ! as not, and parentheses that change grouping', () => {
    const source = "!(samUserName == 'a' or samUserName == 'b')";
    expect(parsed(source)).toMatchObject({
      type: 'not',
      from: 0,
      to: source.length,
      operand: { type: 'or', from: 1, to: source.length },
    });
  });

  it.each(['==', '!=', '<', '<=', '>', '>='])('parses the comparison %s', (operator) => {
    expect(parsed(`currentDate ${operator} date(2026, 1, 2)`)).toMatchObject({ type: 'compare', operator });
  });

  it('reads variables, integers, strings and every call', () => {
    expect(parsed('currentDateTime < dateTime(2026, 11, 28, 23, 59, 0)')).toMatchObject({
      left: { type: 'variable', name: 'currentDateTime' },
      right: { type: 'dateTime', epochMs: Date.UTC(2026, 10, 28, 23, 59, 0) },
    });
    expect(parsed('currentDate == date(2024, 2, 29)')).toMatchObject({
      right: { type: 'date', epochMs: Date.UTC(2024, 1, 29) },
    });
    expect(parsed('1 < 2')).toMatchObject({
      left: { type: 'integer', value: 1 },
      right: { type: 'integer', value: 2 },
    });
    expect(parsed("pathVariable('user_name') == samUserName")).toMatchObject({
      left: { type: 'pathVariable', name: 'user_name', from: 0, to: 25 },
      right: { type: 'variable', name: 'samUserName' },
    });
    expect(parsed("ipAddress('10.0.0.0/8', '192.0.2.7')")).toMatchObject({
      type: 'ipAddress',
      cidrs: [
        { base: 10 * 2 ** 24, prefix: 8 },
        { base: 192 * 2 ** 24 + 2 * 2 ** 8 + 7, prefix: 32 },
      ],
    });
    expect(parsed("httpMethod('get', 'Post')")).toMatchObject({
      type: 'httpMethod',
      methods: ['GET', 'POST'],
    });
    expect(parsed("samUserName == ''")).toMatchObject({
      right: { type: 'string', value: '', from: 15, to: 17 },
    });
  });

  it('keeps any character but a quote inside a string, including "and"', () => {
    expect(parsed('samUserName == \'a and b (c) == "d"\'')).toMatchObject({
      right: { value: 'a and b (c) == "d"' },
    });
  });
});

describe('parseCondition: errors at the exact position', () => {
  it.each([
    ['', 0, 0, /empty/],
    ['samUserName', 0, 11, /true\/false test/],
    ["samUserName = 'a'", 12, 13, /Use '=='/],
    ["samUserName == 'a' && true", 19, 21, /Use 'and'/],
    ["samUserName == 'a' || x", 19, 21, /Use 'or'/],
    ['samUserName == "a"', 15, 16, /single quotes/],
    ["samUserName == 'a", 15, 17, /Unterminated string/],
    ['samUserName == \u2018a\u2019', 15, 16, /Curly quote/],
    ["samUserName == 'a' and", 22, 22, /value is missing/],
    ["samUserName == 'a' and or", 23, 25, /Expected a value before 'or'/],
    ["samusername == 'a'", 0, 11, /Unknown name 'samusername' \(did you mean 'samUserName'/],
    ["samUserName == 'a' AND samUserName == 'b'", 19, 22, /'AND'/],
    ["(samUserName == 'a'", 19, 19, /Expected '\)'/],
    ["samUserName == 'a')", 18, 19, /Expected 'and', 'or' or the end/],
    ["samUserName == 'a' == 'b'", 19, 21, /parentheses/],
    ['currentDate == 1', 12, 14, /Cannot compare a date with an integer/],
    ["samUserName < 'b'", 12, 13, /numbers or dates only/],
    ['date(2026, 2, 30) == currentDate', 14, 16, /day must be between 1 and 28/],
    ['date(2026, 13, 1) == currentDate', 11, 13, /month/],
    ['date(1969, 1, 1) == currentDate', 5, 9, /year/],
    ['dateTime(2026, 1, 1, 24, 0, 0) == currentDateTime', 21, 23, /hour/],
    ['dateTime(2026, 1, 1, 0, 60, 0) == currentDateTime', 24, 26, /minute/],
    ['dateTime(2026, 1, 1, 0, 0, 60) == currentDateTime', 27, 29, /second/],
    ['date(2026, 1) == currentDate', 0, 13, /takes 3 numbers/],
    ["date(2026, '1', 1) == currentDate", 11, 14, /whole number/],
    ['date == currentDate', 0, 4, /needs arguments/],
    ['currentDate() == currentDate', 11, 12, /not a function/],
    ["ipAddress('10.0.0.300/24')", 10, 25, /not an IPv4 address/],
    ["ipAddress('10.0.0.0/33')", 10, 23, /not an IPv4 address/],
    ["ipAddress('10.0.0.0/33')", 10, 23, /an IPv4 prefix is \/0 to \/32, not \/33$/],
    ["ipAddress('10.0.0.300/24')", 10, 25, /each number of an address is 0 to 255, not 300$/],
    ["ipAddress('10.0.0/8')", 10, 20, /four numbers separated by dots$/],
    ["ipAddress('2001:db8::/32')", 10, 25, /only IPv4 addresses are supported$/],
    ["ipAddress('10.0.0.0/x')", 10, 22, /prefix after \/ must be a whole number from 0 to 32, not 'x'$/],
    ["ipAddress('010.0.0.0/8')", 10, 23, /leading zero/],
    ['ipAddress()', 0, 11, /needs arguments/],
    ["httpMethod('FETCH')", 11, 18, /not an HTTP method/],
    ["pathVariable('a', 'b') == 'x'", 18, 21, /takes one name/],
    ["pathVariable('') == 'x'", 13, 15, /empty/],
    ['1.5 > 1', 0, 2, /whole numbers/],
    ['1234567890 > 1', 0, 10, /too large/],
    ["samUserName == 'a' # x", 19, 20, /Unexpected character '#'/],
    ['not samUserName', 4, 15, /What follows 'not'/],
    ["samUserName == 'a' and 'b'", 23, 26, /Each side of 'and'/],
  ])('%j → error at %i..%i', (source, from, to, message) => {
    const error = errorOf(source);
    expect(error.message).toMatch(message);
    expect([error.from, error.to]).toEqual([from, to]);
  });

  it('stops at a reasonable depth instead of overflowing the stack', () => {
    expect(errorOf('('.repeat(10_000)).message).toMatch(/nested more than/);
    expect(errorOf('not '.repeat(10_000) + "samUserName == 'a'").message).toMatch(/nested more than/);
  });
});

describe('evaluateCondition', () => {
  it('compares the user name and path variables, and fails safe when one is missing', () => {
    const own = "pathVariable('user_name') == samUserName";
    expect(holds(own, { samUserName: 'alice', pathVariables: { user_name: 'alice' } })).toBe(true);
    expect(holds(own, { samUserName: 'alice', pathVariables: { user_name: 'bob' } })).toBe(false);
    expect(holds(own, { samUserName: 'alice', pathVariables: {} })).toBe(false);
    expect(holds(own, { pathVariables: { user_name: 'alice' } })).toBe(false);
    expect(holds("pathVariable('user_name') != 'x'", { pathVariables: {} })).toBe(false);
    expect(holds("pathVariable('toString') == 'x'", { pathVariables: {} })).toBe(false);
  });

  it('reads the date in UTC', () => {
    // 23:30 on the 27th in UTC is already the 28th in Tokyo: UTC must decide.
    const lateUtc = at('2026-11-27T23:30:00Z');
    expect(holds('currentDate == date(2026, 11, 27)', { now: lateUtc })).toBe(true);
    expect(holds('currentDate >= date(2026, 11, 28)', { now: lateUtc })).toBe(false);
    expect(holds('currentDate < date(2026, 11, 28)', { now: lateUtc })).toBe(true);
    expect(holds('currentDate <= date(2026, 11, 27)', { now: lateUtc })).toBe(true);
    expect(holds('currentDate > date(2026, 11, 26)', { now: lateUtc })).toBe(true);
    expect(holds('currentDate != date(2026, 11, 27)', { now: lateUtc })).toBe(false);
  });

  it('compares date-times to the second, and dates with date-times', () => {
    const now = at('2026-11-28T12:00:30.900Z');
    expect(holds('currentDateTime == dateTime(2026, 11, 28, 12, 0, 30)', { now })).toBe(true);
    expect(holds('currentDateTime > dateTime(2026, 11, 28, 12, 0, 29)', { now })).toBe(true);
    expect(holds('currentDateTime >= date(2026, 11, 28)', { now })).toBe(true);
    expect(holds('currentDate == dateTime(2026, 11, 28, 0, 0, 0)', { now })).toBe(true);
  });

  it('checks the client address against every CIDR block', () => {
    const office = "ipAddress('192.0.2.0/24', '198.51.100.7')";
    expect(holds(office, { clientIp: '192.0.2.200' })).toBe(true);
    expect(holds(office, { clientIp: '198.51.100.7' })).toBe(true);
    expect(holds(office, { clientIp: '198.51.100.8' })).toBe(false);
    expect(holds(office, { clientIp: '192.0.3.1' })).toBe(false);
    expect(holds(office, {})).toBe(false);
    expect(holds(office, { clientIp: '::1' })).toBe(false);
    expect(holds(office, { clientIp: '::ffff:192.0.2.9' })).toBe(true);
    expect(holds(office, { clientIp: '192.0.2.256' })).toBe(false);
    expect(holds("ipAddress('0.0.0.0/0')", { clientIp: '203.0.113.9' })).toBe(true);
    expect(holds("ipAddress('10.1.2.3/8')", { clientIp: '10.200.0.1' })).toBe(true);
  });

  it('matches the HTTP method in any case', () => {
    expect(holds("httpMethod('GET', 'HEAD')", { method: 'get' })).toBe(true);
    expect(holds("httpMethod('GET')", { method: 'POST' })).toBe(false);
    expect(holds("httpMethod('GET')", {})).toBe(false);
  });

  it('combines with and, or, not and parentheses', () => {
    const call = { samUserName: 'alice', method: 'GET' };
    expect(holds("samUserName == 'alice' and httpMethod('GET')", call)).toBe(true);
    expect(holds("samUserName == 'bob' and httpMethod('GET')", call)).toBe(false);
    expect(holds("samUserName == 'bob' or httpMethod('GET')", call)).toBe(true);
    expect(holds("not (samUserName == 'bob' or httpMethod('POST'))", call)).toBe(true);
    expect(holds("! samUserName == 'alice'", call)).toBe(false);
    expect(holds('1 < 2 and 2 >= 2 and 3 != 4', call)).toBe(true);
  });
});

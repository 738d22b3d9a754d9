// Tests of call evaluation: deny wins, then allow, else implicit deny; sources; skipped documents; speed.
import { describe, expect, it } from 'vitest';
import { evaluateCall } from './evaluate-call.ts';
import type { PermissionCall } from './types.ts';

const doc = (...statements: object[]): string => JSON.stringify({ statements }, null, 2);
const allow = (api: string | string[], condition?: string) => ({
  effect: 'allow',
  api,
  ...(condition ? { condition } : {}),
});
const deny = (api: string | string[], condition?: string) => ({
  effect: 'deny',
  api,
  ...(condition ? { condition } : {}),
});

const call = (api: string, extra: Partial<PermissionCall> = {}): PermissionCall => ({
  api,
  method: 'GET',
  pathVariables: {},
  clientIp: '192.0.2.1',
  now: new Date('2026-11-28T10:00:00Z'),
  samUserName: 'alice',
  ...extra,
});

describe('evaluateCall', () => {
  it('denies implicitly when nothing matches (a new user can call nothing)', () => {
    const decision = evaluateCall({}, call('User:listUsers'));
    expect(decision).toEqual({
      allowed: false,
      decidedBy: null,
      reason: 'User:listUsers denied: implicit deny (no statement allows it)',
      skipped: [],
    });
    expect(evaluateCall({ user: doc(allow('Sim:*')) }, call('User:listUsers')).decidedBy).toBeNull();
  });

  it('allows through a matching allow and names the statement', () => {
    const user = doc(allow('Sim:*'), allow(['User:getUser', 'User:list*']));
    const decision = evaluateCall({ user }, call('User:listUsers'));
    expect(decision.allowed).toBe(true);
    expect(decision.decidedBy).toMatchObject({
      source: 'user',
      documentIndex: 0,
      statementIndex: 1,
      effect: 'allow',
      pattern: 'User:list*',
    });
    const range = decision.decidedBy?.range;
    expect(range && user.slice(range.from, range.to)).toBe(
      JSON.stringify(allow(['User:getUser', 'User:list*']), null, 2).replace(/\n/g, '\n    '),
    );
    expect(decision.reason).toBe('User:listUsers allowed by user permission, statement 2 (User:list*)');
  });

  it('lets a deny from any source win over an allow from any source', () => {
    const everything = doc(allow('*'));
    const noUsers = doc(deny('User:*'));
    for (const sources of [
      { user: everything, defaults: noUsers },
      { user: noUsers, defaults: everything },
      { user: everything, roles: [everything, noUsers] },
      { roles: [noUsers], defaults: everything },
    ]) {
      const decision = evaluateCall(sources, call('User:createUser'));
      expect(decision.allowed).toBe(false);
      expect(decision.decidedBy).toMatchObject({ effect: 'deny', pattern: 'User:*' });
    }
    expect(evaluateCall({ user: everything, defaults: noUsers }, call('Sim:listSims')).allowed).toBe(true);
  });

  it('names the source: user, role (with its index) or default', () => {
    expect(
      evaluateCall({ defaults: doc(allow('Sim:listSims')) }, call('Sim:listSims')).decidedBy,
    ).toMatchObject({ source: 'default', documentIndex: 0 });
    const decision = evaluateCall(
      { roles: [doc(allow('Billing:*')), doc(allow('Sim:listSims'))] },
      call('Sim:listSims'),
    );
    expect(decision.decidedBy).toMatchObject({ source: 'role', documentIndex: 1, statementIndex: 0 });
    expect(decision.reason).toBe('Sim:listSims allowed by role 2, statement 1 (Sim:listSims)');
  });

  it('applies a statement only while its condition holds', () => {
    const own = doc(allow('User:updateUserPassword', "pathVariable('user_name') == samUserName"));
    expect(
      evaluateCall(
        { user: own },
        call('User:updateUserPassword', { pathVariables: { operator_id: 'OP1', user_name: 'alice' } }),
      ).allowed,
    ).toBe(true);
    expect(
      evaluateCall(
        { user: own },
        call('User:updateUserPassword', { pathVariables: { operator_id: 'OP1', user_name: 'bob' } }),
      ).allowed,
    ).toBe(false);

    const outsideOffice = doc(allow('*'), deny('*', "not ipAddress('192.0.2.0/24')"));
    expect(
      evaluateCall({ user: outsideOffice }, call('Sim:listSims', { clientIp: '192.0.2.77' })).allowed,
    ).toBe(true);
    const away = evaluateCall({ user: outsideOffice }, call('Sim:listSims', { clientIp: '203.0.113.5' }));
    expect(away).toMatchObject({ allowed: false, decidedBy: { effect: 'deny', statementIndex: 1 } });

    const untilNewYear = doc(allow('Billing:*', 'currentDate < date(2027, 1, 1)'));
    expect(evaluateCall({ user: untilNewYear }, call('Billing:getBilling')).allowed).toBe(true);
    expect(
      evaluateCall(
        { user: untilNewYear },
        call('Billing:getBilling', { now: new Date('2027-01-01T00:00:00Z') }),
      ).allowed,
    ).toBe(false);

    const readOnly = doc(allow('*', "httpMethod('GET')"));
    expect(evaluateCall({ user: readOnly }, call('Sim:listSims', { method: 'GET' })).allowed).toBe(true);
    expect(evaluateCall({ user: readOnly }, call('Sim:deleteSim', { method: 'DELETE' })).allowed).toBe(false);
  });

  it('skips an invalid document, reports it, and still uses the others', () => {
    const broken = '{"statements": [{"effect": "deny", "api": "*"},]}';
    const decision = evaluateCall({ user: broken, defaults: doc(allow('Sim:*')) }, call('Sim:listSims'));
    expect(decision.allowed).toBe(true);
    expect(decision.skipped).toEqual([
      {
        source: 'user',
        documentIndex: 0,
        error: expect.objectContaining({ kind: 'syntax', message: expect.stringMatching(/Trailing comma/) }),
      },
    ]);
    // A document with any error is skipped whole, including its valid statements.
    const halfValid = doc(allow('Sim:*'), { effect: 'allow', api: 'Sim:*', Condition: 'x' });
    expect(evaluateCall({ user: halfValid }, call('Sim:listSims'))).toMatchObject({
      allowed: false,
      decidedBy: null,
      skipped: [{ source: 'user' }],
    });
  });

  it('is fast: one call against 50 statements takes microseconds', () => {
    const statements = Array.from({ length: 50 }, (_, i) =>
      i % 5 === 0
        ? deny(`Group${i}:*`, "samUserName == 'mallory'")
        : allow([`Group${i}:list*`, `Group${i}:get*`], i % 3 === 0 ? "httpMethod('GET')" : undefined),
    );
    const user = doc(...statements);
    const defaults = doc(allow('Auth:*'));
    const calls = Array.from({ length: 100 }, (_, i) =>
      call(`Group${i % 60}:listThings`, { method: i % 2 ? 'GET' : 'POST' }),
    );
    evaluateCall({ user, defaults }, call('warm:up'));
    const rounds = 20_000;
    const started = performance.now();
    let allowed = 0;
    for (let i = 0; i < rounds; i++) {
      const c = calls[i % calls.length] ?? call('x');
      if (evaluateCall({ user, defaults }, c).allowed) allowed++;
    }
    const perCallMicros = ((performance.now() - started) * 1000) / rounds;
    expect(allowed).toBeGreaterThan(0);
    expect(allowed).toBeLessThan(rounds);
    // Typically a few microseconds; the bound leaves room for a slow CI machine.
    expect(perCallMicros).toBeLessThan(100);
  });
});

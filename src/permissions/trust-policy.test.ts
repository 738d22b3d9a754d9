// Trust policies: what is refused where, and who they let switch.
import { describe, expect, it } from 'vitest';
import { analyzeTrustPolicy, parsePrincipalSrn, principalSrn, trustPolicyAllows } from './trust-policy.ts';

const ROOT = principalSrn('OP0001');
const ALICE = principalSrn('OP0001', 'alice');
const call = { api: 'Auth:switchUser', now: new Date('2026-11-28T10:00:00Z'), clientIp: '10.0.0.5' };
const policy = (...statements: object[]) => JSON.stringify({ statements }, null, 2);

describe('SRNs', () => {
  it('names root and SAM users as Soracom writes them, and reads them back', () => {
    expect(ROOT).toBe('srn:soracom:OP0001::Operator:OP0001');
    expect(ALICE).toBe('srn:soracom:OP0001::User:alice');
    expect(parsePrincipalSrn(ROOT)).toEqual({ kind: 'root', operatorId: 'OP0001' });
    expect(parsePrincipalSrn(ALICE)).toEqual({ kind: 'user', operatorId: 'OP0001', userName: 'alice' });
    for (const bad of [
      'srn:soracom:OP1::Operator:OP2',
      'srn:soracom:::Role:Admin',
      'srn:soracom:OP1::User:',
      'srn:soracom:OP1::User:bad name',
      'arn:aws:iam::1:user/a',
    ])
      expect(parsePrincipalSrn(bad), bad).toBeNull();
  });
});

describe('analyzeTrustPolicy', () => {
  it('accepts a policy with allow and deny statements and a condition', () => {
    const analysis = analyzeTrustPolicy(
      policy(
        { effect: 'allow', principal: { soracom: [ROOT, ALICE] }, condition: "ipAddress('10.0.0.0/8')" },
        { effect: 'deny', principal: { soracom: [ALICE] } },
      ),
    );
    expect(analysis.valid).toBe(true);
    expect(analysis.statements.map((s) => [s.effect, s.principals])).toEqual([
      ['allow', [ROOT, ALICE]],
      ['deny', [ALICE]],
    ]);
  });

  it('points at each mistake with its line and column', () => {
    const text = policy({ effect: 'allow', principal: { soracom: ['srn:soracom:OP1::Role:x'] } });
    const [error] = analyzeTrustPolicy(text).diagnostics;
    expect(error?.message).toMatch(/is not the SRN of a root user/);
    expect(text.slice(error?.from, error?.to)).toBe('"srn:soracom:OP1::Role:x"');
    expect(error?.line).toBe(7);

    const cases: Array<[string, RegExp]> = [
      ['[]', /is an object/],
      ['{}', /"statements" array is missing/],
      ['{"statements": {}}', /must be an array/],
      ['{"statements": [1]}', /must be an object/],
      ['{"statements": [{"principal": {"soracom": ["' + ROOT + '"]}}]}', /has no "effect"/],
      ['{"statements": [{"effect": "allow", "principal": []}]}', /"principal" must be an object/],
      ['{"statements": [{"effect": "allow", "principal": {"aws": []}}]}', /Unknown key "aws"/],
      ['{"statements": [{"effect": "allow", "principal": {"soracom": []}}]}', /lists nobody/],
      ['{"statements": [{"effect": "allow", "principal": {"soracom": [1]}}]}', /SRN string/],
      [
        '{"statements": [{"effect": "allow", "api": "*", "principal": {"soracom": ["' + ROOT + '"]}}]}',
        /Unknown key "api"/,
      ],
      [
        '{"statements": [{"effect": "allow", "principal": {"soracom": ["' + ROOT + '"]}, "condition": 1}]}',
        /"condition" must be a string/,
      ],
      [
        '{"statements": [{"effect": "allow", "principal": {"soracom": ["' +
          ROOT +
          '"]}, "condition": "nope("}]}',
        /^Condition: /,
      ],
    ];
    for (const [text, message] of cases) {
      const analysis = analyzeTrustPolicy(text);
      expect(analysis.valid, text).toBe(false);
      expect(
        analysis.diagnostics.map((d) => d.message),
        text,
      ).toContainEqual(expect.stringMatching(message));
      expect(analysis.diagnostics[0]?.line, text).toBe(1);
    }
  });
});

describe('trustPolicyAllows', () => {
  it('allows a named caller whose condition holds; a deny naming them wins; others and broken policies get no', () => {
    const allowRoot = policy({ effect: 'allow', principal: { soracom: [ROOT] } });
    expect(trustPolicyAllows(allowRoot, ROOT, call)).toEqual({ allowed: true, statementIndex: 0 });
    expect(trustPolicyAllows(allowRoot, ALICE, call).allowed).toBe(false);
    expect(trustPolicyAllows(null, ROOT, call).allowed).toBe(false);
    expect(trustPolicyAllows('', ROOT, call).allowed).toBe(false);
    expect(trustPolicyAllows('{"statements": [', ROOT, call).allowed).toBe(false);

    const denied = policy(
      { effect: 'allow', principal: { soracom: [ROOT, ALICE] } },
      { effect: 'deny', principal: { soracom: [ALICE] } },
    );
    expect(trustPolicyAllows(denied, ALICE, call)).toEqual({ allowed: false, statementIndex: 1 });
    expect(trustPolicyAllows(denied, ROOT, call).allowed).toBe(true);

    const fenced = policy({
      effect: 'allow',
      principal: { soracom: [ROOT] },
      condition: "ipAddress('192.168.0.0/16')",
    });
    expect(trustPolicyAllows(fenced, ROOT, call).allowed).toBe(false);
    expect(trustPolicyAllows(fenced, ROOT, { ...call, clientIp: '192.168.1.1' }).allowed).toBe(true);
  });
});

// "Add trusted user": the statement written for the form, into an empty or existing policy.
import { describe, expect, it } from 'vitest';
import { analyzeTrustPolicy } from '../../permissions/index.ts';
import { addTrustedPrincipal } from './trusted-principal.ts';

describe('addTrustedPrincipal', () => {
  it('starts a policy naming a SAM user, which the engine accepts', () => {
    const outcome = addTrustedPrincipal('', { operatorId: 'OP0001', userName: 'alice' });
    expect(outcome.kind).toBe('added');
    if (outcome.kind !== 'added') return;
    expect(outcome.srn).toBe('srn:soracom:OP0001::User:alice');
    expect(JSON.parse(outcome.text)).toEqual({
      statements: [{ effect: 'allow', principal: { soracom: ['srn:soracom:OP0001::User:alice'] } }],
    });
    expect(analyzeTrustPolicy(outcome.text).valid).toBe(true);
  });

  it('adds a root user with a condition after the statements already there', () => {
    const existing = JSON.stringify({
      statements: [{ effect: 'deny', principal: { soracom: ['srn:soracom:OP0001::User:bob'] } }],
    });
    const outcome = addTrustedPrincipal(existing, {
      operatorId: 'OP0002',
      condition: "ipAddress('10.0.0.0/8')",
    });
    if (outcome.kind !== 'added') throw new Error(outcome.kind);
    expect(JSON.parse(outcome.text).statements).toEqual([
      { effect: 'deny', principal: { soracom: ['srn:soracom:OP0001::User:bob'] } },
      {
        effect: 'allow',
        principal: { soracom: ['srn:soracom:OP0002::Operator:OP0002'] },
        condition: "ipAddress('10.0.0.0/8')",
      },
    ]);
  });

  it('leaves a policy that already allows the SRN, and refuses to rewrite one it cannot read', () => {
    const { text } = addTrustedPrincipal('', { operatorId: 'OP0001', userName: 'alice' }) as { text: string };
    expect(addTrustedPrincipal(text, { operatorId: 'OP0001', userName: 'alice' })).toEqual({
      kind: 'present',
      srn: 'srn:soracom:OP0001::User:alice',
    });
    expect(addTrustedPrincipal('{"statements": [', { operatorId: 'OP0001' }).kind).toBe('unreadable');
  });
});

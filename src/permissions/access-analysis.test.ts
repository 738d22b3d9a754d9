// Tests of the context-free access analysis behind the access delta and the effective-permission view.
import { describe, expect, it } from 'vitest';
import { accessDelta, accessLevel, effectiveGroupAccess } from './access-analysis.ts';
import { createCatalogue } from './catalogue.ts';

const catalogue = createCatalogue([
  { group: 'Sim', operationId: 'listSims', method: 'GET', path: '/sims' },
  { group: 'Sim', operationId: 'getSim', method: 'GET', path: '/sims/{sim_id}' },
  { group: 'Sim', operationId: 'deleteSim', method: 'DELETE', path: '/sims/{sim_id}' },
  { group: 'User', operationId: 'listUsers', method: 'GET', path: '/operators/{operator_id}/users' },
  {
    group: 'User',
    operationId: 'createUser',
    method: 'POST',
    path: '/operators/{operator_id}/users/{user_name}',
  },
  { group: 'Billing', operationId: 'getBilling', method: 'GET', path: '/bills/latest' },
]);

const doc = (...statements: object[]): string => JSON.stringify({ statements });

describe('accessLevel', () => {
  it('is allowed, conditional or denied whatever the context', () => {
    const user = doc(
      { effect: 'allow', api: 'Sim:*' },
      { effect: 'deny', api: 'Sim:deleteSim' },
      { effect: 'deny', api: 'Sim:getSim', condition: "samUserName == 'x'" },
      { effect: 'allow', api: 'User:listUsers', condition: "httpMethod('GET')" },
    );
    expect(accessLevel({ user }, 'Sim:listSims')).toBe('allowed');
    expect(accessLevel({ user }, 'Sim:deleteSim')).toBe('denied');
    expect(accessLevel({ user }, 'Sim:getSim')).toBe('conditional');
    expect(accessLevel({ user }, 'User:listUsers')).toBe('conditional');
    expect(accessLevel({ user }, 'User:createUser')).toBe('denied');
    expect(
      accessLevel({ user: '{not json', defaults: doc({ effect: 'allow', api: '*' }) }, 'User:createUser'),
    ).toBe('allowed');
  });
});

describe('accessDelta', () => {
  it('lists what a change newly allows and newly denies, with the defaults taken into account', () => {
    const defaults = doc({ effect: 'allow', api: 'Billing:*' });
    const before = doc({ effect: 'allow', api: 'Sim:*' });
    const after = doc(
      { effect: 'allow', api: ['Sim:list*', 'User:*'] },
      { effect: 'allow', api: 'Sim:getSim', condition: "httpMethod('GET')" },
      { effect: 'deny', api: 'User:createUser' },
    );
    expect(accessDelta(before, after, defaults, catalogue)).toEqual({
      newlyAllowed: [{ api: 'User:listUsers', before: 'denied', after: 'allowed' }],
      newlyDenied: [
        { api: 'Sim:getSim', before: 'allowed', after: 'conditional' },
        { api: 'Sim:deleteSim', before: 'allowed', after: 'denied' },
      ],
    });
  });

  it('is empty when nothing changes, and treats a missing or invalid document as granting nothing', () => {
    const same = doc({ effect: 'allow', api: '*' });
    expect(accessDelta(same, same, null, catalogue)).toEqual({ newlyAllowed: [], newlyDenied: [] });
    expect(accessDelta(null, '{"statements": [', null, catalogue)).toEqual({
      newlyAllowed: [],
      newlyDenied: [],
    });
    expect(accessDelta(null, same, null, catalogue).newlyAllowed).toHaveLength(6);
  });
});

describe('effectiveGroupAccess', () => {
  it('counts allowed and conditional operations per group', () => {
    const sources = {
      user: doc({ effect: 'allow', api: 'Sim:*' }, { effect: 'deny', api: 'Sim:deleteSim' }),
      roles: [doc({ effect: 'allow', api: 'User:listUsers', condition: "httpMethod('GET')" })],
      defaults: doc({ effect: 'allow', api: 'Billing:getBilling' }),
    };
    expect(effectiveGroupAccess(sources, catalogue)).toEqual([
      { group: 'Billing', total: 1, allowed: 1, conditional: 0 },
      { group: 'Sim', total: 3, allowed: 2, conditional: 0 },
      { group: 'User', total: 2, allowed: 0, conditional: 1 },
    ]);
  });
});

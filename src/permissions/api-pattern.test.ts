// Tests of API-name wildcard matching.
import { describe, expect, it } from 'vitest';
import { compileApiPattern, isWildcard, matchesApi } from './api-pattern.ts';

describe('matchesApi', () => {
  it.each([
    ['*', 'User:listUsers', true],
    ['*', '', true],
    ['User:*', 'User:listUsers', true],
    ['User:*', 'User:', true],
    ['User:*', 'Users:listUsers', false],
    ['User:*', 'user:listUsers', false],
    ['Subscriber:list*', 'Subscriber:listSubscribers', true],
    ['Subscriber:list*', 'Subscriber:getSubscriber', false],
    ['*:list*', 'Sim:listSims', true],
    ['*:list*', 'Sim:getSim', false],
    ['*User*', 'User:updateUserPassword', true],
    ['*Password', 'User:updateUserPassword', true],
    ['*Password', 'User:updateUserPasswordX', false],
    ['User:*User*Password', 'User:updateUserPassword', true],
    ['User:*User*User', 'User:getUser', false],
    ['a*a', 'a', false],
    ['a*a', 'aa', true],
    ['a**b', 'ab', true],
    ['User:listUsers', 'User:listUsers', true],
    ['User:listUsers', 'User:listusers', false],
    ['User:listUsers', 'User:listUsersX', false],
    ['User:list.sers', 'User:listUsers', false],
    ['Sim:(list|get)*', 'Sim:listSims', false],
  ])('%s against %s → %s', (pattern, api, expected) => {
    expect(matchesApi(pattern, api)).toBe(expected);
  });

  it('reuses the compiled matcher of a pattern', () => {
    expect(compileApiPattern('Billing:*')).toBe(compileApiPattern('Billing:*'));
  });

  it('tells wildcards from plain names', () => {
    expect(isWildcard('Billing:*')).toBe(true);
    expect(isWildcard('Billing:getBilling')).toBe(false);
  });
});

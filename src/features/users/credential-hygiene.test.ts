// Hygiene filters and their counts over a small, hand-made operator.
import { describe, expect, it } from 'vitest';
import type { UserDetail } from '../../api/operations.ts';
import type { MfaStatus } from '../../lib/sam-rules.ts';
import {
  applyHygieneFilters,
  countHygiene,
  hygieneFilterIds,
  isBroadApiPattern,
  matchesHygieneFilter,
  permissionShape,
  type HygieneContext,
  type HygieneFilterId,
} from './credential-hygiene.ts';

const DAY = 86_400;
const NOW = 1_800_000_000;

function user(userName: string, extra: Partial<UserDetail> = {}): UserDetail {
  return {
    userName,
    authKeyList: [],
    hasPassword: false,
    roleList: [],
    createDateTime: NOW - 400 * DAY,
    updateDateTime: NOW - 400 * DAY,
    ...extra,
  };
}

const role = { roleId: 'auditor', createDateTime: 1, updateDateTime: 1 };
const allowAll = JSON.stringify({ statements: [{ effect: 'allow', api: '*' }] });
const allowGroup = JSON.stringify({ statements: [{ effect: 'allow', api: ['Sim:listSims', 'User:*'] }] });
const fenced = JSON.stringify({
  statements: [
    { effect: 'allow', api: 'Sim:*' },
    { effect: 'deny', api: 'Sim:terminateSim' },
  ],
});
const narrow = JSON.stringify({ statements: [{ effect: 'allow', api: 'Sim:listSims' }] });

const users = [
  // password + MFA active, one fresh used key
  user('alice', {
    hasPassword: true,
    authKeyList: [{ authKeyId: 'k1', createDateTime: NOW - 10 * DAY, lastUsedDateTime: NOW - DAY }],
    permission: fenced,
  }),
  // password, MFA off, broad
  user('bob', { hasPassword: true, permission: allowAll, roleList: [role] }),
  // key 91 days old, never used
  user('ci-robot', {
    authKeyList: [{ authKeyId: 'k2', createDateTime: NOW - 91 * DAY }],
    permission: allowGroup,
  }),
  // nothing at all
  user('dora'),
  // password, MFA pending, exactly 90-day-old key (not older than 90)
  user('erin', {
    hasPassword: true,
    authKeyList: [{ authKeyId: 'k3', createDateTime: NOW - 90 * DAY, lastUsedDateTime: NOW }],
    permission: narrow,
  }),
];
const mfa = new Map<string, MfaStatus>([
  ['alice', 'ACTIVE'],
  ['bob', 'INACTIVE'],
  ['ci-robot', 'INACTIVE'],
  ['dora', 'INACTIVE'],
  ['erin', 'UNCONFIRMED'],
]);
const context: HygieneContext = { now: NOW, keyAgeDays: 90, mfa };

const names = (filters: HygieneFilterId[], ctx = context) =>
  applyHygieneFilters(users, filters, ctx).users.map((u) => u.userName);

describe('each hygiene filter', () => {
  it.each<[HygieneFilterId, string[]]>([
    ['mfa-off', ['bob', 'ci-robot', 'dora', 'erin']],
    ['password-no-mfa', ['bob', 'erin']],
    ['old-keys', ['ci-robot']],
    ['unused-keys', ['ci-robot']],
    ['no-credentials', ['dora']],
    ['has-roles', ['bob']],
    ['no-roles', ['alice', 'ci-robot', 'dora', 'erin']],
    ['broad-permission', ['alice', 'bob', 'ci-robot']],
    ['denies-nothing', ['bob', 'ci-robot', 'erin']],
  ])('%s keeps %j', (filter, expected) => {
    expect(names([filter])).toEqual(expected);
  });

  it('takes the key age from the context', () => {
    expect(names(['old-keys'], { ...context, keyAgeDays: 30 })).toEqual(['ci-robot', 'erin']);
    expect(names(['old-keys'], { ...context, keyAgeDays: 365 })).toEqual([]);
  });

  it('combines filters with AND; no filter keeps everyone', () => {
    expect(names(['mfa-off', 'broad-permission'])).toEqual(['bob', 'ci-robot']);
    expect(names(['password-no-mfa', 'has-roles'])).toEqual(['bob']);
    expect(names([])).toEqual(users.map((u) => u.userName));
  });
});

describe('MFA not known yet', () => {
  const partial: HygieneContext = { ...context, mfa: new Map([['bob', 'INACTIVE']]) };

  it('leaves undecided users out of a result and counts them', () => {
    const result = applyHygieneFilters(users, ['mfa-off'], partial);
    expect(result.users.map((u) => u.userName)).toEqual(['bob']);
    expect(result.undecided).toBe(4);
  });

  it('needs no MFA status where another filter already rules a user out or a password is absent', () => {
    expect(matchesHygieneFilter(users[3] as UserDetail, 'password-no-mfa', partial)).toBe(false);
    const result = applyHygieneFilters(users, ['mfa-off', 'no-credentials'], partial);
    expect(result).toEqual({ users: [], undecided: 1 });
  });

  it('counts known matches and unknowns separately', () => {
    const counts = countHygiene(users, partial);
    expect(counts['mfa-off']).toEqual({ count: 1, unknown: 4 });
    expect(counts['password-no-mfa']).toEqual({ count: 1, unknown: 2 });
    expect(counts['no-credentials']).toEqual({ count: 1, unknown: 0 });
  });
});

describe('counts', () => {
  it('equal the length of each filter’s result once MFA is known', () => {
    const counts = countHygiene(users, context);
    for (const id of hygieneFilterIds) {
      expect(counts[id], id).toEqual({ count: names([id]).length, unknown: 0 });
    }
  });
});

describe('permission shape', () => {
  it('calls `*` and whole groups broad, a single operation or a partial wildcard not', () => {
    expect(isBroadApiPattern('*')).toBe(true);
    expect(isBroadApiPattern('User:*')).toBe(true);
    expect(isBroadApiPattern('Sim:list*')).toBe(false);
    expect(isBroadApiPattern('Sim:listSims')).toBe(false);
  });

  it('ignores a deny on a broad pattern, and absent or malformed documents', () => {
    const denyAll = JSON.stringify({ statements: [{ effect: 'deny', api: '*' }] });
    expect(permissionShape(denyAll)).toEqual({ broad: false, deniesNothing: false });
    expect(permissionShape(undefined)).toEqual({ broad: false, deniesNothing: false });
    expect(permissionShape('{not json')).toEqual({ broad: false, deniesNothing: false });
    expect(permissionShape(fenced)).toEqual({ broad: true, deniesNothing: false });
  });
});

// The user list's URL state and its filter/sort/page steps.
import { describe, expect, it } from 'vitest';
import type { UserDetail } from '../../api/operations.ts';
import {
  PAGE_SIZE,
  filterUsers,
  nextSort,
  pageOf,
  readListView,
  sortUsers,
  toggleFilter,
  writeListView,
  type ListView,
} from './user-list-view.ts';
import { DEFAULT_KEY_AGE_DAYS, type HygieneFilterId } from './credential-hygiene.ts';

const defaults: ListView = readListView(new URLSearchParams());

function user(userName: string, extra: Partial<UserDetail> = {}): UserDetail {
  return {
    userName,
    authKeyList: [],
    hasPassword: false,
    roleList: [],
    createDateTime: 100,
    updateDateTime: 100,
    ...extra,
  };
}

describe('list view in the URL', () => {
  it('reads defaults from an empty query and writes nothing back for them', () => {
    const view = readListView(new URLSearchParams());
    expect(view).toEqual({
      query: '',
      sort: 'name',
      direction: 'asc',
      page: 1,
      filters: [],
      keyAgeDays: DEFAULT_KEY_AGE_DAYS,
    });
    expect(writeListView(view).toString()).toBe('');
  });

  it('round-trips search, sort, direction and page', () => {
    const view = {
      ...defaults,
      query: 'ops team',
      sort: 'updated' as const,
      direction: 'desc' as const,
      page: 3,
    };
    const params = writeListView(view);
    expect(params.toString()).toBe('q=ops+team&sort=updated&dir=desc&page=3');
    expect(readListView(params)).toEqual(view);
  });

  it('round-trips hygiene filters (in a fixed order) and the key age, with search and sort', () => {
    const view = {
      ...defaults,
      query: 'ci',
      sort: 'mfa' as const,
      filters: ['old-keys', 'mfa-off'] as HygieneFilterId[],
      keyAgeDays: 180,
    };
    const params = writeListView(view);
    expect(params.toString()).toBe('q=ci&sort=mfa&f=mfa-off%2Cold-keys&age=180');
    expect(readListView(params)).toEqual({ ...view, filters: ['mfa-off', 'old-keys'] });
  });

  it('drops unknown or repeated filters and a nonsense key age', () => {
    expect(readListView(new URLSearchParams('f=no-roles,bogus,no-roles&age=-3'))).toMatchObject({
      filters: ['no-roles'],
      keyAgeDays: DEFAULT_KEY_AGE_DAYS,
    });
  });

  it('toggles a filter on and off, back on page 1', () => {
    const on = toggleFilter({ ...defaults, page: 3 }, 'unused-keys');
    expect(on).toMatchObject({ filters: ['unused-keys'], page: 1 });
    expect(toggleFilter(on, 'unused-keys').filters).toEqual([]);
  });

  it('ignores an unknown sort key and a bad page', () => {
    expect(readListView(new URLSearchParams('sort=password2&page=-4'))).toMatchObject({
      sort: 'name',
      page: 1,
    });
  });

  it('flips the direction on the same column and starts ascending on a new one, back on page 1', () => {
    const view = { ...defaults, page: 4 };
    expect(nextSort(view, 'name')).toMatchObject({ sort: 'name', direction: 'desc', page: 1 });
    expect(nextSort({ ...view, direction: 'desc' }, 'name')).toMatchObject({ direction: 'asc' });
    expect(nextSort(view, 'created')).toMatchObject({ sort: 'created', direction: 'asc', page: 1 });
  });
});

describe('filterUsers', () => {
  const users = [
    user('alice', { description: 'Ops Team lead' }),
    user('bob', { description: 'billing' }),
    user('carol'),
  ];
  it('matches the name or the description, ignoring case', () => {
    expect(filterUsers(users, 'OPS').map((u) => u.userName)).toEqual(['alice']);
    expect(filterUsers(users, 'car').map((u) => u.userName)).toEqual(['carol']);
    expect(filterUsers(users, '  ').map((u) => u.userName)).toEqual(['alice', 'bob', 'carol']);
  });
});

describe('sortUsers', () => {
  const users = [
    user('bob', {
      hasPassword: true,
      createDateTime: 300,
      authKeyList: [{ authKeyId: 'k1', createDateTime: 1 }],
    }),
    user('alice', { description: 'zeta', createDateTime: 200 }),
    user('carol', { description: 'alpha', hasPassword: true, createDateTime: 100 }),
  ];
  const names = (list: UserDetail[]) => list.map((u) => u.userName);

  it('sorts by each column in both directions, with the name breaking ties', () => {
    expect(names(sortUsers(users, 'name', 'asc'))).toEqual(['alice', 'bob', 'carol']);
    expect(names(sortUsers(users, 'name', 'desc'))).toEqual(['carol', 'bob', 'alice']);
    expect(names(sortUsers(users, 'created', 'asc'))).toEqual(['carol', 'alice', 'bob']);
    expect(names(sortUsers(users, 'password', 'desc'))).toEqual(['bob', 'carol', 'alice']);
    expect(names(sortUsers(users, 'authKeys', 'desc'))).toEqual(['bob', 'alice', 'carol']);
    expect(names(sortUsers(users, 'description', 'asc'))).toEqual(['bob', 'carol', 'alice']);
  });

  it('sorts by MFA status with unknown statuses last in either direction', () => {
    const mfa = new Map([
      ['alice', 'ACTIVE' as const],
      ['carol', 'INACTIVE' as const],
    ]);
    expect(names(sortUsers(users, 'mfa', 'asc', mfa))).toEqual(['carol', 'alice', 'bob']);
    expect(names(sortUsers(users, 'mfa', 'desc', mfa))).toEqual(['alice', 'carol', 'bob']);
  });

  it('does not reorder the array it was given', () => {
    const copy = [...users];
    sortUsers(users, 'name', 'desc');
    expect(users).toEqual(copy);
  });
});

describe('pageOf', () => {
  const items = Array.from({ length: PAGE_SIZE * 2 + 3 }, (_, index) => index);
  it('cuts pages and clamps the page number', () => {
    expect(pageOf(items, 1)).toMatchObject({ page: 1, pageCount: 3 });
    expect(pageOf(items, 3).rows).toEqual([PAGE_SIZE * 2, PAGE_SIZE * 2 + 1, PAGE_SIZE * 2 + 2]);
    expect(pageOf(items, 99).page).toBe(3);
    expect(pageOf([], 2)).toEqual({ rows: [], page: 1, pageCount: 1 });
  });
});

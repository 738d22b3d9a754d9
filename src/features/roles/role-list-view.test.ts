// The role list's URL state, counts, filter and sort.
import { describe, expect, it } from 'vitest';
import type { Role, UserDetail } from '../../api/operations.ts';
import {
  attachedCounts,
  filterRoles,
  isManagedRole,
  nextRoleSort,
  readRoleListView,
  rolePath,
  sortRoles,
  writeRoleListView,
} from './role-list-view.ts';

const role = (roleId: string, description = '', updateDateTime = 1): Role => ({
  roleId,
  roleName: roleId,
  description,
  owner: 'operator',
  createDateTime: 1,
  updateDateTime,
});
const user = (userName: string, roleIds: string[]): UserDetail => ({
  userName,
  hasPassword: false,
  authKeyList: [],
  roleList: roleIds.map((id) => role(id)),
  createDateTime: 1,
  updateDateTime: 1,
});

describe('the role list view', () => {
  it('reads and writes the URL, leaving defaults out', () => {
    const view = readRoleListView(new URLSearchParams('q=ops&sort=users&dir=desc'));
    expect(view).toEqual({ query: 'ops', sort: 'users', direction: 'desc' });
    expect(writeRoleListView(view).toString()).toBe('q=ops&sort=users&dir=desc');
    expect(readRoleListView(new URLSearchParams('sort=nonsense'))).toEqual({
      query: '',
      sort: 'id',
      direction: 'asc',
    });
    expect(writeRoleListView({ query: '', sort: 'id', direction: 'asc' }).toString()).toBe('');
    expect(nextRoleSort({ query: '', sort: 'id', direction: 'asc' }, 'id').direction).toBe('desc');
    expect(nextRoleSort({ query: '', sort: 'id', direction: 'desc' }, 'users')).toMatchObject({
      sort: 'users',
      direction: 'asc',
    });
  });

  it('counts attached users, filters by ID or description and sorts with ties by ID', () => {
    const roles = [
      role('b-ops', 'Operators', 3),
      role('a-read', 'Read only', 2),
      role('c-admin', 'Admins', 1),
    ];
    const counts = attachedCounts([user('u1', ['a-read', 'b-ops']), user('u2', ['a-read']), user('u3', [])]);
    expect([...counts]).toEqual([
      ['a-read', 2],
      ['b-ops', 1],
    ]);
    expect(filterRoles(roles, 'OP').map((r) => r.roleId)).toEqual(['b-ops']);
    expect(filterRoles(roles, 'admin').map((r) => r.roleId)).toEqual(['c-admin']);
    const ids = (sort: 'id' | 'users' | 'updated', direction: 'asc' | 'desc') =>
      sortRoles(roles, { sort, direction }, counts).map((r) => r.roleId);
    expect(ids('id', 'asc')).toEqual(['a-read', 'b-ops', 'c-admin']);
    expect(ids('users', 'desc')).toEqual(['a-read', 'b-ops', 'c-admin']);
    expect(ids('users', 'asc')).toEqual(['c-admin', 'b-ops', 'a-read']);
    expect(ids('updated', 'asc')).toEqual(['c-admin', 'a-read', 'b-ops']);
  });

  it('tells Soracom managed roles apart and keeps an SRN in one path segment', () => {
    expect(isManagedRole({ roleId: 'srn:soracom:::Role:ReadOnly', owner: 'soracom' })).toBe(true);
    expect(isManagedRole({ roleId: 'srn:soracom:::Role:ReadOnly' })).toBe(true);
    expect(isManagedRole({ roleId: 'ops', owner: 'operator' })).toBe(false);
    expect(rolePath('srn:soracom:::Role:ReadOnly')).toBe('/roles/srn%3Asoracom%3A%3A%3ARole%3AReadOnly');
  });
});

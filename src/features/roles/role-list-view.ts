// The role list's view state (search, sort) in URL search params, and the pure count/filter/sort steps.
import type { Role, UserDetail } from '../../api/operations.ts';
import { paths } from '../../lib/paths.ts';

export const roleSortKeys = ['id', 'description', 'users', 'updated'] as const;
export type RoleSortKey = (typeof roleSortKeys)[number];

export interface RoleListView {
  query: string;
  sort: RoleSortKey;
  direction: 'asc' | 'desc';
}

export function readRoleListView(params: URLSearchParams): RoleListView {
  const sort = params.get('sort');
  return {
    query: params.get('q') ?? '',
    sort: (roleSortKeys as readonly string[]).includes(sort ?? '') ? (sort as RoleSortKey) : 'id',
    direction: params.get('dir') === 'desc' ? 'desc' : 'asc',
  };
}

/** Only what differs from the defaults, so /roles stays plain. */
export function writeRoleListView(view: RoleListView): URLSearchParams {
  const params = new URLSearchParams();
  if (view.query) params.set('q', view.query);
  if (view.sort !== 'id') params.set('sort', view.sort);
  if (view.direction !== 'asc') params.set('dir', view.direction);
  return params;
}

export function nextRoleSort(view: RoleListView, key: RoleSortKey): RoleListView {
  return { ...view, sort: key, direction: view.sort === key && view.direction === 'asc' ? 'desc' : 'asc' };
}

/** How many users have each role attached, from the users' roleLists (one pass over all of them). */
export function attachedCounts(users: readonly UserDetail[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const user of users)
    for (const role of user.roleList) counts.set(role.roleId, (counts.get(role.roleId) ?? 0) + 1);
  return counts;
}

/** A Soracom managed role: named by SRN, owned by Soracom, read-only in the console. */
export function isManagedRole(role: { roleId?: string; owner?: string }): boolean {
  return role.owner === 'soracom' || (role.roleId ?? '').startsWith('srn:soracom:::Role:');
}

export function filterRoles(roles: readonly Role[], query: string): Role[] {
  const needle = query.trim().toLocaleLowerCase();
  if (!needle) return [...roles];
  return roles.filter(
    (role) =>
      role.roleId.toLocaleLowerCase().includes(needle) ||
      (role.roleName ?? '').toLocaleLowerCase().includes(needle) ||
      (role.description ?? '').toLocaleLowerCase().includes(needle),
  );
}

/** Sorts a copy; ties fall back to the ID. `counts` gives the attached-user count (unknown counts as 0). */
export function sortRoles(
  roles: readonly Role[],
  view: Pick<RoleListView, 'sort' | 'direction'>,
  counts: ReadonlyMap<string, number>,
): Role[] {
  const sign = view.direction === 'asc' ? 1 : -1;
  const byId = (a: Role, b: Role) => a.roleId.localeCompare(b.roleId);
  return [...roles].sort((a, b) => {
    switch (view.sort) {
      case 'id':
        return sign * byId(a, b);
      case 'description':
        return sign * (a.description ?? '').localeCompare(b.description ?? '') || byId(a, b);
      case 'users':
        return sign * ((counts.get(a.roleId) ?? 0) - (counts.get(b.roleId) ?? 0)) || byId(a, b);
      case 'updated':
        return sign * (a.updateDateTime - b.updateDateTime) || byId(a, b);
    }
  });
}

/** The path of a role's page (an SRN is encoded so its colons stay in one segment). */
export const rolePath = (roleId: string): string => paths.role(roleId);

// Queries more than one feature reads (a user's permission, roles and the defaults, the role list), with their one home.
import { queryOptions } from '@tanstack/react-query';
import { loadCatalogue } from '../permissions/index.ts';
import {
  getDefaultPermissions,
  getRole,
  getUserPermission,
  listRoleAttachedUsers,
  listRoles,
  listUserRoles,
} from '../api/operations.ts';
import { consoleKeys, roleKeys, userKeys } from './query-keys.ts';

/** The user's own permission document ('' when none is stored). */
export function userPermissionOptions(userName: string) {
  return queryOptions({
    queryKey: userKeys.permission(userName),
    queryFn: async () => (await getUserPermission({ userName })).permission,
  });
}

/** The operator's default permissions ('' when none are stored). */
export function defaultPermissionsOptions() {
  return queryOptions({
    queryKey: userKeys.defaultPermissions(),
    queryFn: async () => (await getDefaultPermissions()).defaultPermissions,
  });
}

/** The roles attached to a user, with their documents. */
export function userRolesOptions(userName: string) {
  return queryOptions({ queryKey: userKeys.roles(userName), queryFn: () => listUserRoles({ userName }) });
}

/** The operator's roles (no documents). */
export function rolesListOptions() {
  return queryOptions({ queryKey: roleKeys.list(), queryFn: () => listRoles() });
}

/** One role with its document. */
export const roleDetailOptions = (roleId: string) =>
  queryOptions({ queryKey: roleKeys.detail(roleId), queryFn: () => getRole({ roleId }) });

/** The users a role is attached to. */
export const roleUsersOptions = (roleId: string) =>
  queryOptions({ queryKey: roleKeys.users(roleId), queryFn: () => listRoleAttachedUsers({ roleId }) });

/** The permission engine's API catalogue: static data from a chunk of its own, loaded once, never refetched. */
export function apiCatalogueOptions() {
  return queryOptions({
    queryKey: consoleKeys.apiCatalogue(),
    queryFn: loadCatalogue,
    staleTime: Infinity,
    gcTime: Infinity,
    // It holds functions: nothing to share structurally with a previous answer.
    structuralSharing: false,
  });
}

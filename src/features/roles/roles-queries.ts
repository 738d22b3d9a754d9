// Queries and mutations of roles and their attachment to users; keys come from the shared roleKeys and userKeys.
import { queryOptions, useMutation, useQueryClient, type QueryClient } from '@tanstack/react-query';
import { attachRole, createRole, deleteRole, detachRole, listRoleVersions } from '../../api/index.ts';
import { roleKeys, userKeys } from '../../queries/query-keys.ts';
import { messages } from '../../i18n/i18n-store.ts';

export {
  rolesListOptions,
  userRolesOptions,
  roleDetailOptions,
  roleUsersOptions,
} from '../../queries/role-queries.ts';

export const roleVersionsOptions = (roleId: string) =>
  queryOptions({ queryKey: roleKeys.versions(roleId), queryFn: () => listRoleVersions({ roleId }) });

/** Every user with their roleList: the list page counts attached users from it (one call, not one per role). */
export { usersListOptions as usersWithRolesOptions } from '../../queries/user-queries.ts';

/** After an attach or detach: the user's roles and detail, the role's users, and both lists. */
async function refreshAttachment(client: QueryClient, userName: string, roleId: string) {
  await Promise.all([
    client.invalidateQueries({ queryKey: userKeys.detail(userName) }),
    client.invalidateQueries({ queryKey: userKeys.list() }),
    client.invalidateQueries({ queryKey: roleKeys.detail(roleId) }),
    client.invalidateQueries({ queryKey: roleKeys.list() }),
  ]);
}

export function useCreateRole() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: { roleId: string; description: string; permission: string }) =>
      createRole({
        roleId: input.roleId,
        permission: input.permission,
        ...(input.description ? { description: input.description } : {}),
      }),
    meta: {
      successMessage: (_data, variables) =>
        messages().roles.create.created({ roleId: (variables as { roleId: string }).roleId }),
      errorShownInForm: true,
    },
    onSuccess: () => client.invalidateQueries({ queryKey: roleKeys.list() }),
  });
}

/**
 * Deletes a role. Soracom refuses to delete a role still attached, so the users it is attached to
 * are detached first (the confirmation says how many), then the role is deleted.
 */
export function useDeleteRole(roleId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: async (attachedUserNames: readonly string[]) => {
      for (const userName of attachedUserNames) await detachRole({ userName, roleId });
      await deleteRole({ roleId });
    },
    meta: { successMessage: () => messages().roles.detail.deleted({ roleId }), errorShownInForm: true },
    onSuccess: async () => {
      client.removeQueries({ queryKey: roleKeys.detail(roleId) });
      await Promise.all([
        client.invalidateQueries({ queryKey: roleKeys.list() }),
        client.invalidateQueries({ queryKey: userKeys.all }),
      ]);
    },
  });
}

export function useAttachRole(userName: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (roleId: string) => attachRole({ userName, roleId }),
    meta: {
      successMessage: (_data, roleId) =>
        messages().roles.userTab.attached({ roleId: String(roleId), userName }),
      errorShownInForm: true,
    },
    onSuccess: (_data, roleId) => refreshAttachment(client, userName, roleId),
  });
}

export function useDetachRole(userName: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (roleId: string) => detachRole({ userName, roleId }),
    meta: {
      successMessage: (_data, roleId) =>
        messages().roles.userTab.detached({ roleId: String(roleId), userName }),
      errorShownInForm: true,
    },
    onSuccess: (_data, roleId) => refreshAttachment(client, userName, roleId),
  });
}

// Queries and mutations of permission documents, and the lazily loaded API catalogue.
import { useMutation, useQueryClient } from '@tanstack/react-query';
import {
  deleteDefaultPermissions,
  deleteUserPermission,
  updateDefaultPermissions,
  updateRole,
  updateUserPermission,
} from '../../api/index.ts';
import { roleKeys, userKeys } from '../../queries/query-keys.ts';
import { invalidateUser } from '../../queries/user-queries.ts';
import { messages } from '../../i18n/i18n-store.ts';
import type { BulkSummary } from '../../lib/bulk-run.ts';

// Shared with other features (the Roles tab computes access deltas from the same documents).
export {
  userPermissionOptions,
  defaultPermissionsOptions,
  userRolesOptions,
  apiCatalogueOptions,
} from '../../queries/role-queries.ts';
import { defaultPermissionsOptions } from '../../queries/role-queries.ts';

export function useSaveUserPermission(userName: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (permission: string) => updateUserPermission({ userName, permission }),
    // The dialog shows a failure itself, next to the Save button.
    meta: {
      successMessage: () => messages().permissions.toasts.userSaved({ userName }),
      errorShownInForm: true,
    },
    // The user's detail (its permission and updateDateTime, with the permission query below it) and the list
    // (each user's permission, which the default permissions page reads for its per-user effect) both change.
    onSuccess: () => invalidateUser(queryClient, userName),
  });
}

export function useSaveDefaultPermissions() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (permissions: string) => updateDefaultPermissions({ permissions }),
    meta: { successMessage: () => messages().permissions.toasts.defaultsSaved, errorShownInForm: true },
    onSuccess: () => queryClient.invalidateQueries({ queryKey: defaultPermissionsOptions().queryKey }),
  });
}

/**
 * Revokes the tokens of the users in a bulk run (one user after their permission changed, or every SAM user after
 * the default permissions did). The toast says whose sessions ended only when all did: otherwise the dialog lists
 * each outcome itself.
 */
export function useRevokeTokens(userNames: readonly string[]) {
  return useMutation({
    mutationFn: (run: { start: () => Promise<BulkSummary> }) => run.start(),
    meta: {
      successMessage: (summary) => {
        const { done } = summary as BulkSummary;
        if (done.length !== userNames.length) return '';
        const toasts = messages().permissions.toasts;
        const [only] = done;
        return done.length === 1 && only !== undefined
          ? toasts.revoked({ userName: only })
          : toasts.revokedAll({ count: done.length });
      },
      errorShownInForm: true,
    },
  });
}

export function useDeleteUserPermission(userName: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => deleteUserPermission({ userName }),
    meta: {
      successMessage: () => messages().roles.workspace.deletedPermission({ userName }),
      errorShownInForm: true,
    },
    onSuccess: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: userKeys.detail(userName) }),
        queryClient.invalidateQueries({ queryKey: userKeys.list() }),
      ]),
  });
}

export function useDeleteDefaultPermissions() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => deleteDefaultPermissions(),
    meta: { successMessage: () => messages().roles.workspace.deletedDefaults, errorShownInForm: true },
    onSuccess: () => queryClient.invalidateQueries({ queryKey: defaultPermissionsOptions().queryKey }),
  });
}

/** Saves a role's document (its description is sent back unchanged). */
export function useSaveRolePermission(roleId: string, description: string | undefined) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (permission: string) =>
      updateRole({ roleId, permission, ...(description !== undefined ? { description } : {}) }),
    meta: { successMessage: () => messages().roles.detail.saved({ roleId }), errorShownInForm: true },
    onSuccess: () =>
      Promise.all([
        client.invalidateQueries({ queryKey: roleKeys.detail(roleId) }),
        client.invalidateQueries({ queryKey: roleKeys.list() }),
        // Each attached user's roles carry the role's document.
        client.invalidateQueries({ queryKey: userKeys.all }),
      ]),
  });
}

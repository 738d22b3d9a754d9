// Queries and mutations of permission documents, and the lazily loaded API catalogue.
import { queryOptions, useMutation, useQueryClient } from '@tanstack/react-query';
import {
  getDefaultPermissions,
  getUserPermission,
  revokeUserAuthTokens,
  updateDefaultPermissions,
  updateUserPermission,
} from '../../api/index.ts';
import { consoleKeys, userKeys } from '../../queries/query-keys.ts';
import { invalidateUser } from '../../queries/user-queries.ts';
import { loadCatalogue } from '../../permissions/index.ts';
import { messages } from '../../i18n/i18n-store.ts';

export function userPermissionOptions(userName: string) {
  return queryOptions({
    queryKey: userKeys.permission(userName),
    queryFn: async () => (await getUserPermission({ userName })).permission,
  });
}

export function defaultPermissionsOptions() {
  return queryOptions({
    queryKey: userKeys.defaultPermissions(),
    queryFn: async () => (await getDefaultPermissions()).defaultPermissions,
  });
}

/** The catalogue is static data from a chunk of its own: loaded once, never refetched. */
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

export function useRevokeUserTokens(userName: string) {
  return useMutation({
    mutationFn: () => revokeUserAuthTokens({ userName }),
    meta: {
      successMessage: () => messages().permissions.toasts.revoked({ userName }),
      // The offer dialog shows a failure itself.
      errorShownInForm: true,
    },
  });
}

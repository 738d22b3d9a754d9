// Queries and mutations of a user's AuthKeys. The secret of a new key lives only in the generate mutation's result.
import { queryOptions, useMutation, useQueryClient } from '@tanstack/react-query';
import { deleteUserAuthKey, generateUserAuthKey, getUserAuthKey, listUserAuthKeys } from '../../api/index.ts';
import { userKeys } from '../../queries/query-keys.ts';
import { invalidateUser } from '../../queries/user-queries.ts';
import { messages } from '../../i18n/i18n-store.ts';

export function authKeysQueryOptions(userName: string) {
  return queryOptions({
    queryKey: userKeys.authKeys(userName),
    queryFn: () => listUserAuthKeys({ userName }),
  });
}

export function authKeyQueryOptions(userName: string, authKeyId: string) {
  return queryOptions({
    queryKey: userKeys.authKey(userName, authKeyId),
    queryFn: () => getUserAuthKey({ userName, authKeyId }),
  });
}

/**
 * Generates a key. `gcTime: 0` drops the result (the secret) from the mutation cache as soon as
 * the dialog that shows it resets the mutation or unmounts; the list is refetched, never
 * written with the answer, so the secret cannot reach the query cache.
 */
export function useGenerateAuthKey(userName: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => generateUserAuthKey({ userName }),
    gcTime: 0,
    // The tab shows a failure beside its Generate button.
    meta: { errorShownInForm: true },
    // The user detail (its authKeyList, under which the key list hangs) and the user list's key count change.
    onSuccess: () => invalidateUser(queryClient, userName),
  });
}

export function useDeleteAuthKey(userName: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (authKeyId: string) => deleteUserAuthKey({ userName, authKeyId }),
    meta: {
      successMessage: (_data, authKeyId) =>
        messages().authKeys.toasts.deleted({ authKeyId: String(authKeyId) }),
      // The confirmation shows a failure itself.
      errorShownInForm: true,
    },
    onSuccess: async (_data, authKeyId) => {
      queryClient.removeQueries({ queryKey: authKeyQueryOptions(userName, authKeyId).queryKey });
      await invalidateUser(queryClient, userName);
    },
  });
}

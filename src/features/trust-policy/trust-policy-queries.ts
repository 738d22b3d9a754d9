// The trust policy of a user: its query and the save and delete mutations.
import { queryOptions, useMutation, useQueryClient } from '@tanstack/react-query';
import { deleteUserTrustPolicy, getUserTrustPolicy, updateUserTrustPolicy } from '../../api/index.ts';
import { userKeys } from '../../queries/query-keys.ts';
import { messages } from '../../i18n/i18n-store.ts';

export const trustPolicyOptions = (userName: string) =>
  queryOptions({ queryKey: userKeys.trustPolicy(userName), queryFn: () => getUserTrustPolicy({ userName }) });

export function useSaveTrustPolicy(userName: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (trustPolicy: string) => updateUserTrustPolicy({ userName, trustPolicy }),
    meta: { successMessage: () => messages().roles.trust.saved({ userName }), errorShownInForm: true },
    onSuccess: () => client.invalidateQueries({ queryKey: userKeys.trustPolicy(userName) }),
  });
}

export function useDeleteTrustPolicy(userName: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: () => deleteUserTrustPolicy({ userName }),
    meta: { successMessage: () => messages().roles.trust.deleted({ userName }), errorShownInForm: true },
    onSuccess: () => client.invalidateQueries({ queryKey: userKeys.trustPolicy(userName) }),
  });
}

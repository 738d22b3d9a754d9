// Queries and mutations of a user's MFA. The TOTP URI lives only in the enable mutation's result.
import { queryOptions, useMutation, useQueryClient, type QueryClient } from '@tanstack/react-query';
import { enableUserMFA, getUserMFAStatus, revokeUserMFA, userKeys, verifyUserMFA } from '../../api/index.ts';

export function mfaStatusQueryOptions(userName: string) {
  return queryOptions({
    queryKey: userKeys.mfa(userName),
    queryFn: () => getUserMFAStatus({ userName }),
  });
}

/** The status, and the user (detail and list) whose updateDateTime every MFA change moves; the status hangs under the detail. */
async function invalidateMfaHolders(queryClient: QueryClient, userName: string): Promise<void> {
  await Promise.all([
    queryClient.invalidateQueries({ queryKey: userKeys.detail(userName) }),
    queryClient.invalidateQueries({ queryKey: userKeys.list() }),
  ]);
}

/**
 * Starts enrolment. `gcTime: 0` removes the answer (the TOTP secret) from the mutation cache
 * as soon as the walkthrough resets the mutation or unmounts. The status is refetched, not set
 * from the answer.
 */
export function useEnableMfa(userName: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => enableUserMFA({ userName }),
    gcTime: 0,
    onSuccess: () => invalidateMfaHolders(queryClient, userName),
  });
}

export function useVerifyMfa(userName: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (mfaOTPCode: string) => verifyUserMFA({ userName, mfaOTPCode }),
    // The code is short-lived but still a credential: do not keep it around as mutation variables.
    gcTime: 0,
    // A wrong code is explained next to the field; a toast would repeat it.
    meta: { errorShownInForm: true },
    onSuccess: () => invalidateMfaHolders(queryClient, userName),
  });
}

export function useRevokeMfa(userName: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => revokeUserMFA({ userName }),
    meta: { successMessage: `MFA revoked for ${userName}: the status is now INACTIVE.` },
    onSuccess: () => invalidateMfaHolders(queryClient, userName),
  });
}

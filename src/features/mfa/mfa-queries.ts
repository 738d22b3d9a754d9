// Queries and mutations of a user's MFA. The TOTP URI lives only in the enable mutation's result.
import { queryOptions, useMutation, useQueryClient } from '@tanstack/react-query';
import { enableUserMFA, getUserMFAStatus, revokeUserMFA, userKeys, verifyUserMFA } from '../../api';

export function mfaStatusQueryOptions(userName: string) {
  return queryOptions({
    queryKey: userKeys.mfa(userName),
    queryFn: () => getUserMFAStatus({ userName }),
  });
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
    onSuccess: () => queryClient.invalidateQueries({ queryKey: userKeys.mfa(userName) }),
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
    onSuccess: () => queryClient.invalidateQueries({ queryKey: userKeys.mfa(userName) }),
  });
}

export function useRevokeMfa(userName: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => revokeUserMFA({ userName }),
    meta: { successMessage: `MFA revoked for ${userName}: the status is now INACTIVE.` },
    onSuccess: () => queryClient.invalidateQueries({ queryKey: userKeys.mfa(userName) }),
  });
}

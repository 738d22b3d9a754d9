// Mutations of a user's MFA (the status query is shared: src/queries/user-queries.ts). The TOTP URI lives only in
// the enable mutation's result. Every change refreshes the user, whose updateDateTime it moves, and the status below it.
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { enableUserMFA, revokeUserMFA, verifyUserMFA } from '../../api/index.ts';
import { invalidateUser } from '../../queries/user-queries.ts';
import { messages } from '../../i18n/i18n-store.ts';
import { mfaVoice } from './mfa-voice.ts';

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
    // The tab shows a failure beside its start button.
    meta: { errorShownInForm: true },
    onSuccess: () => invalidateUser(queryClient, userName),
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
    onSuccess: () => invalidateUser(queryClient, userName),
  });
}

/** `self`: the signed-in user revokes their own MFA, and the toast says "your account". */
export function useRevokeMfa(userName: string, self: boolean) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => revokeUserMFA({ userName }),
    // The confirmation shows a failure itself.
    meta: {
      successMessage: () => mfaVoice(messages().mfa, userName, self).revokedToast,
      errorShownInForm: true,
    },
    onSuccess: () => invalidateUser(queryClient, userName),
  });
}

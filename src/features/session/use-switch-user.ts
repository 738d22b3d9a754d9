// Switching user (POST /auth/switch_user) and back: the switched session remembers the original, and cached answers of the other principal are dropped.
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { switchUser } from '../../api/operations.ts';
import { readSession, sessionFromSignIn, writeSession } from '../../api/session-store.ts';
import { messages } from '../../i18n/i18n-store.ts';

export interface SwitchUserVariables {
  operatorId: string;
  userName: string;
  tokenTimeoutSeconds: number;
}

export function useSwitchUser() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (variables: SwitchUserVariables) => {
      const original = readSession();
      if (!original) throw new Error(messages().common.apiErrors.notSignedIn);
      const answer = await switchUser(variables);
      // Switching again from a switched session still goes back to the first one. Its end is known: the keeper
      // then goes back to the original when it comes, instead of waiting for a 401.
      return {
        ...sessionFromSignIn(answer, 'user', undefined, Date.now() + variables.tokenTimeoutSeconds * 1000),
        switchedFrom: original.switchedFrom ?? original,
      };
    },
    meta: {
      successMessage: (_data, variables) =>
        messages().roles.switchUser.switched({ userName: (variables as SwitchUserVariables).userName }),
      errorShownInForm: true,
    },
    onSuccess: (session) => {
      queryClient.clear();
      writeSession(session);
    },
  });
}

/** Back to the session the switch started from (it was never ended). */
export function useSwitchBack() {
  const queryClient = useQueryClient();
  return () => {
    const original = readSession()?.switchedFrom;
    if (!original) return;
    queryClient.clear();
    writeSession(original);
  };
}

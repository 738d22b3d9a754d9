// useSignIn(): POST /auth, then store the session (localStorage, shared by every tab) and drop any answers cached for a previous session.
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { auth, type SignInRequest } from '../../api/operations.ts';
import {
  recordActivity,
  sessionFromSignIn,
  writeSession,
  type Session,
  type SignInMethod,
} from '../../api/session-store.ts';
import { CONSOLE_TOKEN_SECONDS } from './session-timing.ts';

export interface SignInVariables {
  request: SignInRequest;
  method: SignInMethod;
  /** Root's email or the AuthKey ID, shown in the header. */
  identity?: string;
}

export function useSignIn() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async ({ request, method, identity }: SignInVariables): Promise<Session> => {
      const answer = await auth({ tokenTimeoutSeconds: CONSOLE_TOKEN_SECONDS, ...request });
      return sessionFromSignIn(answer, method, identity, Date.now() + CONSOLE_TOKEN_SECONDS * 1000);
    },
    // The variables hold a password or AuthKey secret (and an MFA code): they leave the mutation cache with the page.
    gcTime: 0,
    meta: { errorShownInForm: true },
    onSuccess: (session) => {
      queryClient.clear();
      // Writing the session also forgets how the previous one ended.
      recordActivity(Date.now());
      writeSession(session);
    },
  });
}

/** The server's "MFA code required" answer to a SAM user's sign-in (see server/errors.ts). */
export const MFA_REQUIRED_CODE = 'SAM0104';

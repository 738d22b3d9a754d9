// useSignOut(): ends the session on the server (POST /auth/logout), then forgets it and every cached answer here.
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { logout } from '../../api/operations.ts';
import { clearSession } from '../../api/session-store.ts';
import { isApiError } from '../../api/api-error.ts';
import { showToast } from '../../components/toast.tsx';
import { messages } from '../../i18n/i18n-store.ts';

export function useSignOut() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async () => {
      try {
        await logout();
      } catch (error) {
        // A session the server already ended is as signed out as it gets.
        if (!(isApiError(error) && error.status === 401)) throw error;
      }
    },
    onSuccess: () => {
      // The route guard sees the session gone (in every tab) and, told why, goes to the sign-in page. Ending the
      // session drops its toasts; this one is about the end, so it comes after.
      clearSession('signed-out');
      queryClient.clear();
      showToast({ kind: 'success', message: messages().session.indicator.signedOut });
    },
  });
}

// useSignOut(): ends the session on the server (POST /auth/logout), then forgets it and every cached answer here.
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { logout } from '../../api/operations.ts';
import { clearSession } from '../../api/session-store.ts';
import { isApiError } from '../../api/api-error.ts';

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
    meta: { successMessage: 'You are signed out.' },
    onSuccess: () => {
      // The route guard sees the session gone and, told why, goes to a plain sign-in page.
      clearSession('signed-out');
      queryClient.clear();
    },
  });
}

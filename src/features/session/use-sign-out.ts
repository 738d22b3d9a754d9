// useSignOut(): ends the session on the server (POST /auth/logout), then forgets it and every cached answer here.
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useNavigate } from 'react-router';
import { logout } from '../../api/operations.ts';
import { clearSession } from '../../api/session-store.ts';
import { isApiError } from '../../api/api-error.ts';

export function useSignOut() {
  const queryClient = useQueryClient();
  const navigate = useNavigate();
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
    onSuccess: async () => {
      // Leave the guarded pages first, so the guard does not treat this as an expired session.
      await navigate('/sign-in', { replace: true });
      clearSession();
      queryClient.clear();
    },
  });
}

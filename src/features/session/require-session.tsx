// Route guard: without a session, go to sign-in with the current page as `next` (and say why if a 401 ended it).
import type { ReactNode } from 'react';
import { Navigate, useLocation } from 'react-router';
import { useSession } from './use-session.ts';
import { signInPath, takeSessionExpired } from './session-end.ts';

export function RequireSession({ children }: { children: ReactNode }) {
  const session = useSession();
  const location = useLocation();
  if (!session) {
    const next = `${location.pathname}${location.search}`;
    return <Navigate to={signInPath(next, takeSessionExpired() ? 'expired' : undefined)} replace />;
  }
  return children;
}

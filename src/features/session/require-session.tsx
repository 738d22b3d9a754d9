// Route guard: without a session, go to sign-in with the current page as `next` (saying so if a 401 ended it).
import type { ReactNode } from 'react';
import { Navigate, useLocation } from 'react-router';
import { useSessionState } from '../../api/use-session.ts';
import { paths } from '../../lib/paths.ts';

export function RequireSession({ children }: { children: ReactNode }) {
  const { session, ended, endedMethod } = useSessionState();
  const location = useLocation();
  if (!session) {
    // After signing out there is nothing to go back to; after a 401 (or a first visit) come back here.
    if (ended === 'signed-out') return <Navigate to={paths.signIn()} replace />;
    const next = `${location.pathname}${location.search}`;
    // A SAM user or AuthKey whose session ran out is shown their own form again, not the root one.
    return (
      <Navigate
        to={
          ended === 'expired'
            ? paths.signIn({ next, reason: 'expired', method: endedMethod })
            : paths.signIn({ next })
        }
        replace
      />
    );
  }
  return children;
}

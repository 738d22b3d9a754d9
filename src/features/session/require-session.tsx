// Route guard: without a session, go to sign-in with the current page as `next` (saying so if a 401 ended it).
import type { ReactNode } from 'react';
import { Navigate, useLocation } from 'react-router';
import { useSessionState } from '../../api/use-session.ts';
import { paths } from '../../lib/paths.ts';

export function RequireSession({ children }: { children: ReactNode }) {
  const { session, ended, endedMethod } = useSessionState();
  const location = useLocation();
  if (!session) {
    // After signing out there is nothing to go back to; after a 401, idleness (or a first visit) come back here.
    // Either way the form the session had signed in with opens again, filled in from what the store kept.
    if (ended === 'signed-out') return <Navigate to={paths.signIn({ method: endedMethod })} replace />;
    const next = `${location.pathname}${location.search}`;
    return (
      <Navigate
        to={ended ? paths.signIn({ next, reason: ended, method: endedMethod }) : paths.signIn({ next })}
        replace
      />
    );
  }
  return children;
}

// Route guard: without a session, go to sign-in with the current page as `next` (saying so if a 401 ended it).
import type { ReactNode } from 'react';
import { Navigate, useLocation } from 'react-router';
import { useSession } from './use-session.ts';
import { endedSessionMethod, sessionEnd, signInPath } from './session-end.ts';

export function RequireSession({ children }: { children: ReactNode }) {
  const session = useSession();
  const location = useLocation();
  if (!session) {
    const how = sessionEnd();
    // After signing out there is nothing to go back to; after a 401 (or a first visit) come back here.
    if (how === 'signed-out') return <Navigate to="/sign-in" replace />;
    const next = `${location.pathname}${location.search}`;
    // A SAM user or AuthKey whose session ran out is shown their own form again, not the root one.
    return (
      <Navigate
        to={how === 'expired' ? signInPath(next, 'expired', endedSessionMethod()) : signInPath(next)}
        replace
      />
    );
  }
  return children;
}

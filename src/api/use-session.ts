// The React face of the session store: components re-render on sign-in and sign-out.
import { useSyncExternalStore } from 'react';
import { getSessionState, subscribeSession, type Session, type SessionState } from './session-store.ts';

// Rendering outside a browser has no session.
const serverState: SessionState = { session: null, ended: null, endedMethod: null, endedSession: null };

export function useSessionState(): SessionState {
  return useSyncExternalStore(subscribeSession, getSessionState, () => serverState);
}

/** The signed-in session, or null; a component reading it follows every change. */
export function useSession(): Session | null {
  return useSessionState().session;
}

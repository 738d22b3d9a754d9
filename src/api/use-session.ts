// The React face of the session store: components re-render on sign-in and sign-out.
import { useSyncExternalStore } from 'react';
import { getSessionState, subscribeSession, type Session, type SessionState } from './session-store.ts';
import { refusedCalls, subscribeRefusedCalls } from './refused-calls.ts';

// Rendering outside a browser has no session.
const serverState: SessionState = { session: null, ended: null, endedMethod: null, endedSession: null };

export function useSessionState(): SessionState {
  return useSyncExternalStore(subscribeSession, getSessionState, () => serverState);
}

/** The signed-in session, or null; a component reading it follows every change. */
export function useSession(): Session | null {
  return useSessionState().session;
}

const noRefusals: ReadonlySet<string> = new Set();

/** The calls the server answered 403 with the current token (`refusalKey` of each); follows every new one. */
export function useRefusedCalls(): ReadonlySet<string> {
  return useSyncExternalStore(subscribeRefusedCalls, refusedCalls, () => noRefusals);
}

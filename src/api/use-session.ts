// The React face of the session store: components re-render on sign-in and sign-out.
import { useSyncExternalStore } from 'react';
import { getSessionState, subscribeSession, type Session, type SessionState } from './session-store.ts';
import { refusedCalls, subscribeRefusedCalls } from './refused-calls.ts';

export function useSessionState(): SessionState {
  // The server draws /users for the session its cookie names (src/ssr), and hydrating the browser reads the same one
  // from storage: one snapshot serves both.
  return useSyncExternalStore(subscribeSession, getSessionState, getSessionState);
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

// useSession(): the current session from sessionStorage, re-rendering on sign-in and sign-out.
import { useSyncExternalStore } from 'react';
import { readSession, subscribeSession, type Session } from '../../api/session-store.ts';

export function useSession(): Session | null {
  return useSyncExternalStore(subscribeSession, readSession, () => null);
}

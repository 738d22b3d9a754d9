// Remembers how the last session ended (a 401, or signing out), so the guard sends to the right sign-in page.
import type { SignInMethod } from '../../api/session-store.ts';

export type SessionEnd = 'expired' | 'signed-out';
let ended: SessionEnd | null = null;
let endedMethod: SignInMethod | null = null;

/** Set when a session ends (with how it had signed in); the next sign-in resets it with null. */
export function markSessionEnded(how: SessionEnd | null, method: SignInMethod | null = null): void {
  ended = how;
  endedMethod = method;
}

/** How the session that ended had signed in, so signing in again opens the same form. */
export function endedSessionMethod(): SignInMethod | null {
  return endedMethod;
}

/** How the last session ended; reading has no effect, so a render may do it twice (StrictMode). */
export function sessionEnd(): SessionEnd | null {
  return ended;
}

/** Only same-app paths are followed after sign-in, so a crafted link cannot send the user elsewhere. */
export function safeNextPath(next: string | null): string {
  if (!next || !next.startsWith('/') || next.startsWith('//') || next.startsWith('/sign-in')) return '/users';
  return next;
}

export function signInPath(next: string, reason?: 'expired', method?: SignInMethod | null): string {
  const params = new URLSearchParams({ next });
  if (reason) params.set('reason', reason);
  if (method && method !== 'root') params.set('method', method);
  return `/sign-in?${params.toString()}`;
}

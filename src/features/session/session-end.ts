// Remembers how the last session ended (a 401, or signing out), so the guard sends to the right sign-in page.
export type SessionEnd = 'expired' | 'signed-out';
let ended: SessionEnd | null = null;

/** Set when a session ends; the next sign-in resets it with null. */
export function markSessionEnded(how: SessionEnd | null): void {
  ended = how;
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

export function signInPath(next: string, reason?: 'expired'): string {
  const params = new URLSearchParams({ next });
  if (reason) params.set('reason', reason);
  return `/sign-in?${params.toString()}`;
}

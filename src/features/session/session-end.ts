// Remembers how the session ended (a 401, or signing out), so the guard sends to the right sign-in page once.
export type SessionEnd = 'expired' | 'signed-out';
let ended: SessionEnd | null = null;

export function markSessionEnded(how: SessionEnd): void {
  ended = how;
}

/** How the last session ended, once; reading it resets it. */
export function takeSessionEnd(): SessionEnd | null {
  const value = ended;
  ended = null;
  return value;
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

// Remembers that the session ended by a 401 (not by signing out), so the sign-in page can say so once.
let expired = false;

export function markSessionExpired(): void {
  expired = true;
}

/** True once after a 401 ended the session; reading it resets it. */
export function takeSessionExpired(): boolean {
  const value = expired;
  expired = false;
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

// When a signed-in console renews its token, and when it signs out for idleness or expiry: one pure decision.

/** The console signs out after this long without a click or a key press in any of its tabs. */
export const IDLE_SIGN_OUT_MINUTES = 30;
export const IDLE_SIGN_OUT_MS = IDLE_SIGN_OUT_MINUTES * 60_000;
/** The lifetime the console asks for its tokens; renewal keeps an active session going. */
export const CONSOLE_TOKEN_SECONDS = 3600;
/** Renew when less than this is left, so a renewal has time to fail and be retried before the token ends. */
export const RENEW_BEFORE_MS = 15 * 60_000;

export type SessionAction = 'none' | 'renew' | 'sign-out-idle' | 'expired';

/**
 * What to do now: sign out when idle too long (this comes first: an idle console is never renewed), treat a token
 * past its end as expired, renew one near its end while the user is active, else nothing. `expiresAt` is unknown for
 * sessions stored before it was recorded: they are never renewed and end on the server's 401.
 */
export function sessionAction({
  now,
  lastActivity,
  expiresAt,
  renewalRefused = false,
}: {
  now: number;
  lastActivity: number;
  expiresAt: number | undefined;
  /** The server refused to renew (e.g. the session's absolute lifetime): wait for the end instead of asking again. */
  renewalRefused?: boolean;
}): SessionAction {
  if (now - lastActivity >= IDLE_SIGN_OUT_MS) return 'sign-out-idle';
  if (expiresAt === undefined) return 'none';
  if (now >= expiresAt) return 'expired';
  if (!renewalRefused && expiresAt - now <= RENEW_BEFORE_MS) return 'renew';
  return 'none';
}

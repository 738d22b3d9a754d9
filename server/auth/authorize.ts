// The one authorization check for SAM-user sessions (root sessions never reach it).
import type { ApiCall, Decision, SessionPrincipal } from './session-principal.ts';

export type { ApiCall, Decision, SessionPrincipal } from './session-principal.ts';

/**
 * Decides whether a SAM user's session may make this call. Until the permission engine is
 * wired in, a SAM user may only log out: everything else is denied, never allowed by default.
 */
export function authorizeCall(session: SessionPrincipal, call: ApiCall): Decision {
  if (call.api === 'Auth:logout') {
    return { allowed: true, api: call.api, reason: 'Auth:logout is always allowed' };
  }
  return { allowed: false, api: call.api, reason: `SAM user ${session.userName} may not call ${call.api}` };
}

// The one authorization check for SAM-user sessions (root sessions never reach it), done by the permission engine.
import { ALWAYS_ALLOWED_APIS, evaluateCall } from '../../src/permissions/index.ts';
import type { ApiCall, Decision, SessionPrincipal } from './session-principal.ts';

export type { ApiCall, Decision, SessionPrincipal } from './session-principal.ts';

/**
 * Evaluates the call against the documents fixed into the session at sign-in (the user's own
 * permission, each attached role's and the operator's default permissions), as
 * Soracom does: a matching deny whose condition holds wins, then a matching allow, else an
 * implicit deny. Auth:logout is always allowed so a user can always end their own session.
 */
export function authorizeCall(session: SessionPrincipal, call: ApiCall): Decision {
  const roles = session.roles ?? [];
  if (ALWAYS_ALLOWED_APIS.includes(call.api)) {
    return { allowed: true, api: call.api, reason: `${call.api} is always allowed` };
  }
  const decision = evaluateCall(
    {
      // '' means no permission was ever set: no statements, not a broken document.
      user: session.userPermission === '' ? null : session.userPermission,
      roles: roles.map((role) => role.permission),
      defaults: session.defaultPermissions === '' ? null : session.defaultPermissions,
    },
    { ...call, samUserName: session.userName },
  );
  const sourceName = (source: string, index: number): string =>
    source === 'user'
      ? 'user permission'
      : source === 'role'
        ? `role ${roles[index]?.roleId ?? index + 1}`
        : 'default permissions';
  const ignored = decision.skipped.map(
    (skipped) =>
      `; ignored the ${sourceName(skipped.source, skipped.documentIndex)} (${skipped.error.message})`,
  );
  // The engine numbers roles; the log line names them.
  const decidedBy = decision.decidedBy;
  const reason =
    decidedBy?.source === 'role'
      ? decision.reason.replace(
          `role ${decidedBy.documentIndex + 1},`,
          `${sourceName('role', decidedBy.documentIndex)},`,
        )
      : decision.reason;
  return {
    allowed: decision.allowed,
    api: call.api,
    reason: `SAM user ${session.userName}: ${reason}${ignored.join('')}`,
  };
}

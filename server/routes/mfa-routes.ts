// A SAM user's MFA: INACTIVE → enable → UNCONFIRMED → verify → ACTIVE; revoke → INACTIVE.
import type { FastifyRequest } from 'fastify';
import { actorOf, recordAudit, userState } from '../audit/audit-trail.ts';
import { unixSeconds } from '../auth/sessions.ts';
import { acceptTotp, newTotpSecret, totpUri } from '../auth/totp.ts';
import { ApiFailure } from '../errors.ts';
import type { UserRow } from '../store/users-store.ts';
import type { HandlerTable } from './operation-handler.ts';
import { requireUser, type RouteDeps } from './route-context.ts';

export function mfaHandlers(deps: RouteDeps) {
  const { users, audit, db } = deps.store;
  /** Applies an MFA change and audits it in one transaction. */
  const change = (
    request: FastifyRequest,
    event: string,
    statusCode: number,
    user: UserRow,
    apply: () => void,
  ) =>
    db.transaction(() => {
      apply();
      recordAudit(
        audit,
        actorOf(request),
        {
          event,
          statusCode,
          targetUserName: user.user_name,
          before: userState(user),
          after: userState(users.get(user.operator_id, user.user_name)),
        },
        deps.now(),
      );
    })();
  return {
    async getUserMFAStatus(request) {
      return { status: requireUser(deps, request).mfa_status };
    },

    async enableUserMFA(request) {
      const user = requireUser(deps, request);
      // While UNCONFIRMED, enabling again starts over with a fresh secret; an ACTIVE MFA must be revoked first.
      if (user.mfa_status === 'ACTIVE') throw new ApiFailure('SAM0310');
      const secret = newTotpSecret();
      change(request, 'enableUserMFA', 200, user, () =>
        users.setMfa(user.operator_id, user.user_name, 'UNCONFIRMED', secret, null, unixSeconds(deps.now())),
      );
      return { totpUri: totpUri(secret, user.operator_id, user.user_name) };
    },

    async verifyUserMFA(request, reply) {
      const user = requireUser(deps, request);
      if (user.mfa_status !== 'UNCONFIRMED' || user.mfa_secret === null) throw new ApiFailure('SAM0309');
      const now = deps.now();
      const step = acceptTotp(user.mfa_secret, request.body.mfaOTPCode, now, user.mfa_last_step);
      if (step === null) throw new ApiFailure('SAM0308');
      const secret = user.mfa_secret;
      change(request, 'verifyUserMFA', 204, user, () =>
        users.setMfa(user.operator_id, user.user_name, 'ACTIVE', secret, step, unixSeconds(now)),
      );
      return reply.code(204).send();
    },

    async revokeUserMFA(request, reply) {
      const user = requireUser(deps, request);
      change(request, 'revokeUserMFA', 204, user, () =>
        users.setMfa(user.operator_id, user.user_name, 'INACTIVE', null, null, unixSeconds(deps.now())),
      );
      return reply.code(204).send();
    },
  } satisfies Partial<HandlerTable>;
}

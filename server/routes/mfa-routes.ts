// A SAM user's MFA: INACTIVE → enable → UNCONFIRMED → verify → ACTIVE; revoke → INACTIVE.
import { unixSeconds } from '../auth/sessions.ts';
import { acceptTotp, newTotpSecret, totpUri } from '../auth/totp.ts';
import { ApiFailure } from '../errors.ts';
import type { HandlerTable } from './operation-handler.ts';
import { requireUser, type RouteDeps } from './route-context.ts';

export function mfaHandlers(deps: RouteDeps) {
  const { users } = deps.store;
  return {
    async getUserMFAStatus(request) {
      return { status: requireUser(deps, request).mfa_status };
    },

    async enableUserMFA(request) {
      const user = requireUser(deps, request);
      // While UNCONFIRMED, enabling again starts over with a fresh secret; an ACTIVE MFA must be revoked first.
      if (user.mfa_status === 'ACTIVE') throw new ApiFailure('SAM0310');
      const secret = newTotpSecret();
      users.setMfa(user.operator_id, user.user_name, 'UNCONFIRMED', secret, null, unixSeconds(deps.now()));
      return { totpUri: totpUri(secret, user.operator_id, user.user_name) };
    },

    async verifyUserMFA(request, reply) {
      const user = requireUser(deps, request);
      if (user.mfa_status !== 'UNCONFIRMED' || user.mfa_secret === null) throw new ApiFailure('SAM0309');
      const now = deps.now();
      const step = acceptTotp(user.mfa_secret, request.body.mfaOTPCode, now, user.mfa_last_step);
      if (step === null) throw new ApiFailure('SAM0308');
      users.setMfa(user.operator_id, user.user_name, 'ACTIVE', user.mfa_secret, step, unixSeconds(now));
      return reply.code(204).send();
    },

    async revokeUserMFA(request, reply) {
      const user = requireUser(deps, request);
      users.setMfa(user.operator_id, user.user_name, 'INACTIVE', null, null, unixSeconds(deps.now()));
      return reply.code(204).send();
    },
  } satisfies Partial<HandlerTable>;
}

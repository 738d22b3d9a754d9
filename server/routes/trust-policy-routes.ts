// Trust policies (who may switch to a SAM user) and POST /auth/switch_user, which relies on them.
import { principalSrn, trustPolicyAllows } from '../../src/permissions/index.ts';
import { auditEntry, actorOf, withAudit } from '../audit/audit-trail.ts';
import { requireValidTrustPolicy } from '../auth/permission-document.ts';
import { openSession, unixSeconds } from '../auth/sessions.ts';
import { ApiFailure } from '../errors.ts';
import type { HandlerTable } from './operation-handler.ts';
import { requireUser, sessionOf, type RouteDeps } from './route-context.ts';

/** Soracom's default and ceiling for a switched session. */
export const SWITCH_TIMEOUT_DEFAULT = 3600;

export function trustPolicyHandlers(deps: RouteDeps) {
  const { users } = deps.store;
  return {
    async getUserTrustPolicy(request) {
      return { trustPolicy: requireUser(deps, request).trust_policy ?? '' };
    },

    async updateUserTrustPolicy(request, reply) {
      const user = requireUser(deps, request);
      const { trustPolicy } = request.body;
      requireValidTrustPolicy('trustPolicy', trustPolicy);
      withAudit(
        deps,
        request,
        () => users.setTrustPolicy(user.operator_id, user.user_name, trustPolicy, unixSeconds(deps.now())),
        () => ({
          event: 'updateUserTrustPolicy',
          statusCode: 204,
          targetUserName: user.user_name,
          before: { trustPolicy: user.trust_policy },
          after: { trustPolicy },
          beforeText: user.trust_policy ?? '',
          afterText: trustPolicy,
        }),
      );
      return reply.code(204).send();
    },

    async deleteUserTrustPolicy(request, reply) {
      const user = requireUser(deps, request);
      withAudit(
        deps,
        request,
        () => users.setTrustPolicy(user.operator_id, user.user_name, null, unixSeconds(deps.now())),
        () => ({
          event: 'deleteUserTrustPolicy',
          statusCode: 204,
          targetUserName: user.user_name,
          before: { trustPolicy: user.trust_policy },
          after: { trustPolicy: null },
          beforeText: user.trust_policy ?? '',
          afterText: '',
        }),
      );
      return reply.code(204).send();
    },

    async switchUser(request) {
      const session = sessionOf(request);
      const { operatorId, userName, tokenTimeoutSeconds } = request.body;
      const now = deps.now();
      const callerSrn =
        session.kind === 'root'
          ? principalSrn(session.operatorId)
          : principalSrn(session.operatorId, session.principal.userName);
      // One answer for "no such user" and "not trusted", so the call cannot probe other operators' users.
      const target = users.get(operatorId, userName);
      const decision = trustPolicyAllows(target?.trust_policy ?? null, callerSrn, {
        api: 'Auth:switchUser',
        method: 'POST',
        pathVariables: {},
        clientIp: request.ip,
        now,
        ...(session.kind === 'samUser' ? { samUserName: session.principal.userName } : {}),
      });
      const account = `${operatorId}/${userName}`;
      if (!target || !decision.allowed) {
        deps.store.audit.insert(
          auditEntry(
            actorOf(request),
            { event: 'switchUser', statusCode: 400, account, detail: { reason: 'notTrusted' } },
            now.getTime(),
          ),
        );
        request.log.info({ account, address: request.ip }, 'switch_user refused');
        throw new ApiFailure('SAM0601');
      }
      const opened = withAudit(
        deps,
        request,
        () =>
          openSession(
            deps.store,
            { operatorId, userName: target.user_name },
            tokenTimeoutSeconds ?? SWITCH_TIMEOUT_DEFAULT,
            now,
            deps.sessionLimits,
          ),
        () => ({ event: 'switchUser', statusCode: 200, account, targetUserName: target.user_name }),
      );
      return { ...opened, operatorId, userName: target.user_name };
    },
  } satisfies Partial<HandlerTable>;
}

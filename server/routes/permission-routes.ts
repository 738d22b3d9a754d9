// A SAM user's permission document and the operator's default permissions.
import { requireValidDocument } from '../auth/permission-document.ts';
import { actorOf, recordAudit, userState, withAudit } from '../audit/audit-trail.ts';
import { unixSeconds } from '../auth/sessions.ts';
import { ApiFailure } from '../errors.ts';
import type { HandlerTable } from './operation-handler.ts';
import { requireUser, type RouteDeps } from './route-context.ts';

export function permissionHandlers(deps: RouteDeps) {
  const { users, operators, audit, db } = deps.store;
  return {
    async getUserPermission(request) {
      // A user whose permission was never set has none: an empty string, as in UserDetail's absence.
      return { permission: requireUser(deps, request).permission ?? '' };
    },

    async updateUserPermission(request, reply) {
      const user = requireUser(deps, request);
      const { permission } = request.body;
      requireValidDocument('permission', permission);
      db.transaction(() => {
        users.setPermission(user.operator_id, user.user_name, permission, unixSeconds(deps.now()));
        recordAudit(
          audit,
          actorOf(request),
          {
            event: 'updateUserPermission',
            statusCode: 200,
            targetUserName: user.user_name,
            before: userState(user),
            after: userState(users.get(user.operator_id, user.user_name)),
            beforeText: user.permission ?? '',
            afterText: permission,
          },
          deps.now(),
        );
      })();
      return reply.code(200).send();
    },

    async deleteUserPermission(request, reply) {
      const user = requireUser(deps, request);
      withAudit(
        deps,
        request,
        () => users.setPermission(user.operator_id, user.user_name, null, unixSeconds(deps.now())),
        () => ({
          event: 'deleteUserPermission',
          statusCode: 204,
          targetUserName: user.user_name,
          before: userState(user),
          after: userState(users.get(user.operator_id, user.user_name)),
          beforeText: user.permission ?? '',
          afterText: '',
        }),
      );
      return reply.code(204).send();
    },

    async getDefaultPermissions(request) {
      const operator = operators.get(request.params.operator_id);
      if (!operator) throw new ApiFailure('SAM0404', { method: request.method, url: request.url });
      return { defaultPermissions: operator.default_permissions };
    },

    async updateDefaultPermissions(request, reply) {
      const { permissions } = request.body;
      requireValidDocument('permissions', permissions);
      const operatorId = request.params.operator_id;
      db.transaction(() => {
        const before = operators.get(operatorId)?.default_permissions ?? '';
        operators.setDefaultPermissions(operatorId, permissions);
        recordAudit(
          audit,
          actorOf(request),
          {
            event: 'updateDefaultPermissions',
            statusCode: 202,
            before: { defaultPermissions: before },
            after: { defaultPermissions: permissions },
            beforeText: before,
            afterText: permissions,
          },
          deps.now(),
        );
      })();
      return reply.code(202).send();
    },

    async deleteDefaultPermissions(request, reply) {
      // '' is "no document", as for a user who never had a permission: sessions then carry none.
      const operatorId = request.params.operator_id;
      const before = operators.get(operatorId)?.default_permissions ?? '';
      withAudit(
        deps,
        request,
        () => {
          if (!operators.setDefaultPermissions(operatorId, ''))
            throw new ApiFailure('SAM0404', { method: request.method, url: request.url });
        },
        () => ({
          event: 'deleteDefaultPermissions',
          statusCode: 204,
          before: { defaultPermissions: before },
          after: { defaultPermissions: '' },
          beforeText: before,
          afterText: '',
        }),
      );
      return reply.code(204).send();
    },
  } satisfies Partial<HandlerTable>;
}

// A SAM user's permission document and the operator's default permissions.
import { requireValidDocument } from '../auth/permission-document.ts';
import { unixSeconds } from '../auth/sessions.ts';
import { ApiFailure } from '../errors.ts';
import type { HandlerTable } from './operation-handler.ts';
import { requireUser, type RouteDeps } from './route-context.ts';

export function permissionHandlers(deps: RouteDeps) {
  const { users, operators } = deps.store;
  return {
    async getUserPermission(request) {
      // A user whose permission was never set has none: an empty string, as in UserDetail's absence.
      return { permission: requireUser(deps, request).permission ?? '' };
    },

    async updateUserPermission(request, reply) {
      const user = requireUser(deps, request);
      const { permission } = request.body;
      requireValidDocument('permission', permission);
      users.setPermission(user.operator_id, user.user_name, permission, unixSeconds(deps.now()));
      return reply.code(200).send();
    },

    async deleteUserPermission(request, reply) {
      const user = requireUser(deps, request);
      users.setPermission(user.operator_id, user.user_name, null, unixSeconds(deps.now()));
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
      operators.setDefaultPermissions(request.params.operator_id, permissions);
      return reply.code(202).send();
    },

    async deleteDefaultPermissions(request, reply) {
      // '' is "no document", as for a user who never had a permission: sessions then carry none.
      if (!operators.setDefaultPermissions(request.params.operator_id, ''))
        throw new ApiFailure('SAM0404', { method: request.method, url: request.url });
      return reply.code(204).send();
    },
  } satisfies Partial<HandlerTable>;
}

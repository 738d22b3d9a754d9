// A SAM user's permission document and the operator's default permissions.
import type { components } from '../../src/api/schema.gen.ts';
import { requireValidDocument } from '../auth/permission-document.ts';
import { unixSeconds } from '../auth/sessions.ts';
import { ApiFailure } from '../errors.ts';
import { bodyOf, pathParam, requireUser, type HandlerTable, type RouteDeps } from './route-context.ts';

type UserPermission = components['schemas']['UserPermission'];
type UserPermissionUpdate = components['schemas']['UserPermissionUpdate'];
type DefaultPermissions = components['schemas']['DefaultPermissions'];
type DefaultPermissionsUpdate = components['schemas']['DefaultPermissionsUpdate'];

export function permissionHandlers(deps: RouteDeps): HandlerTable {
  const { users, operators } = deps.store;
  return {
    async getUserPermission(request): Promise<UserPermission> {
      // A user whose permission was never set has none: an empty string, as in UserDetail's absence.
      return { permission: requireUser(deps, request).permission ?? '' };
    },

    async updateUserPermission(request, reply) {
      const user = requireUser(deps, request);
      const { permission } = bodyOf<UserPermissionUpdate>(request);
      requireValidDocument('permission', permission);
      users.setPermission(user.operator_id, user.user_name, permission, unixSeconds(deps.now()));
      return reply.code(200).send();
    },

    async deleteUserPermission(request, reply) {
      const user = requireUser(deps, request);
      users.setPermission(user.operator_id, user.user_name, null, unixSeconds(deps.now()));
      return reply.code(204).send();
    },

    async getDefaultPermissions(request): Promise<DefaultPermissions> {
      const operator = operators.get(pathParam(request, 'operator_id'));
      if (!operator) throw new ApiFailure('SAM0404', { method: request.method, url: request.url });
      return { defaultPermissions: operator.default_permissions };
    },

    async updateDefaultPermissions(request, reply) {
      const { permissions } = bodyOf<DefaultPermissionsUpdate>(request);
      requireValidDocument('permissions', permissions);
      operators.setDefaultPermissions(pathParam(request, 'operator_id'), permissions);
      return reply.code(202).send();
    },

    async deleteDefaultPermissions(request, reply) {
      // '' is "no document", as for a user who never had a permission: sessions then carry none.
      if (!operators.setDefaultPermissions(pathParam(request, 'operator_id'), ''))
        throw new ApiFailure('SAM0404', { method: request.method, url: request.url });
      return reply.code(204).send();
    },
  };
}

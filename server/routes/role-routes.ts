// Roles (tag Role): the operator's roles, their attached users, and attaching roles to SAM users.
import type { components } from '../../src/api/schema.gen.ts';
import { ROLE_ID_PATTERN } from '../../src/lib/sam-rules.ts';
import { requireValidDocument } from '../auth/permission-document.ts';
import { unixSeconds } from '../auth/sessions.ts';
import { ApiFailure } from '../errors.ts';
import {
  bodyOf,
  pathParam,
  refuseReservedName,
  requireUser,
  toRole,
  toRoleDetail,
  toUserDetail,
  type HandlerTable,
  type RouteDeps,
} from './route-context.ts';

type Role = components['schemas']['Role'];
type RoleDetail = components['schemas']['RoleDetail'];
type RoleFields = components['schemas']['RoleFields'];
type RoleAttachment = components['schemas']['RoleAttachment'];
type CreatedRole = components['schemas']['CreatedRole'];
type RoleVersion = components['schemas']['RoleVersion'];
type UserDetail = components['schemas']['UserDetail'];

/** Soracom managed roles are named by SRN; the local API has none of them. */
const MANAGED_ROLE_PREFIX = 'srn:soracom:::Role:';

/** The rule for a role the operator creates: user-name characters, no colon (SRNs only), no dot segment. */
const OWN_ROLE_ID = ROLE_ID_PATTERN;

export function roleHandlers(deps: RouteDeps): HandlerTable {
  const { roles, users } = deps.store;

  const requireRole = (operatorId: string, roleId: string) => {
    const role = roles.get(operatorId, roleId);
    if (!role) throw new ApiFailure('SAM0501', { roleId });
    return role;
  };

  return {
    async listRoles(request): Promise<Role[]> {
      const { owner = 'operator' } = request.query as { owner?: string };
      if (owner !== 'operator' && owner !== 'soracom' && owner !== 'all')
        throw new ApiFailure('SAM0005', {
          field: 'owner',
          rule_en: 'must be one of: operator, soracom, all',
          rule_ja: '次のいずれかでなければなりません: operator, soracom, all',
        });
      if (owner === 'soracom') return [];
      return roles.list(pathParam(request, 'operator_id')).map(toRole);
    },

    async getRole(request): Promise<RoleDetail> {
      return toRoleDetail(requireRole(pathParam(request, 'operator_id'), pathParam(request, 'role_id')));
    },

    async createRole(request): Promise<CreatedRole> {
      const operatorId = pathParam(request, 'operator_id');
      const roleId = pathParam(request, 'role_id');
      if (!OWN_ROLE_ID.test(roleId)) throw new ApiFailure('SAM0011', { field: 'role_id' });
      refuseReservedName('role_id', roleId);
      const { permission, description = '' } = bodyOf<RoleFields>(request);
      requireValidDocument('permission', permission);
      const outcome = roles.create(
        operatorId,
        roleId,
        permission,
        description,
        unixSeconds(deps.now()),
        deps.maxRoles,
      );
      if (outcome === 'exists') throw new ApiFailure('SAM0502', { roleId });
      if (outcome === 'limit') throw new ApiFailure('SAM0503', { max: deps.maxRoles });
      return { roleId };
    },

    async updateRole(request, reply) {
      const operatorId = pathParam(request, 'operator_id');
      const roleId = pathParam(request, 'role_id');
      const { permission, description } = bodyOf<RoleFields>(request);
      requireValidDocument('permission', permission);
      const role = requireRole(operatorId, roleId);
      // A description left out keeps the one the role has.
      if (
        !roles.update(
          operatorId,
          roleId,
          permission,
          description ?? role.description,
          unixSeconds(deps.now()),
        )
      )
        throw new ApiFailure('SAM0501', { roleId });
      return reply.code(200).send();
    },

    async deleteRole(request, reply) {
      const roleId = pathParam(request, 'role_id');
      const outcome = roles.remove(pathParam(request, 'operator_id'), roleId);
      if (!outcome.deleted && outcome.reason === 'missing') throw new ApiFailure('SAM0501', { roleId });
      if (!outcome.deleted) throw new ApiFailure('SAM0504', { roleId, count: outcome.count });
      return reply.code(204).send();
    },

    async listRoleAttachedUsers(request): Promise<UserDetail[]> {
      const operatorId = pathParam(request, 'operator_id');
      const roleId = pathParam(request, 'role_id');
      requireRole(operatorId, roleId);
      return roles.userNamesOf(operatorId, roleId).flatMap((userName) => {
        const row = users.get(operatorId, userName);
        return row
          ? [
              toUserDetail(
                row,
                users.authKeysOf(operatorId, userName),
                roles.rolesOfUser(operatorId, userName),
              ),
            ]
          : [];
      });
    },

    async listRoleVersions(request): Promise<RoleVersion[]> {
      const operatorId = pathParam(request, 'operator_id');
      const roleId = pathParam(request, 'role_id');
      if (!roleId.startsWith(MANAGED_ROLE_PREFIX)) {
        requireRole(operatorId, roleId);
        throw new ApiFailure('SAM0508');
      }
      throw new ApiFailure('SAM0501', { roleId });
    },

    async listUserRoles(request): Promise<RoleDetail[]> {
      const user = requireUser(deps, request);
      return roles.rolesOfUser(user.operator_id, user.user_name).map(toRoleDetail);
    },

    async attachRole(request, reply) {
      const user = requireUser(deps, request);
      const { roleId } = bodyOf<RoleAttachment>(request);
      const outcome = roles.attach(user.operator_id, user.user_name, roleId, unixSeconds(deps.now()));
      if (outcome === 'no-user') throw new ApiFailure('SAM0301', { userName: user.user_name });
      if (outcome === 'no-role') throw new ApiFailure('SAM0506', { roleId });
      if (outcome === 'already') throw new ApiFailure('SAM0505', { roleId });
      return reply.code(200).send();
    },

    async detachRole(request, reply) {
      const user = requireUser(deps, request);
      const roleId = pathParam(request, 'role_id');
      requireRole(user.operator_id, roleId);
      if (!roles.detach(user.operator_id, user.user_name, roleId))
        throw new ApiFailure('SAM0507', { roleId });
      return reply.code(200).send();
    },
  };
}

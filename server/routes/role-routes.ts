// Roles (tag Role): the operator's roles, their attached users, and attaching roles to SAM users.
import { ROLE_ID_PATTERN } from '../../src/lib/sam-rules.ts';
import { withAudit } from '../audit/audit-trail.ts';
import { requireValidDocument } from '../auth/permission-document.ts';
import { unixSeconds } from '../auth/sessions.ts';
import { ApiFailure } from '../errors.ts';
import type { HandlerTable } from './operation-handler.ts';
import {
  refuseReservedName,
  requireUser,
  toRole,
  toRoleDetail,
  toUserDetail,
  type RouteDeps,
} from './route-context.ts';

/** Soracom managed roles are named by SRN; the local API has none of them. */
const MANAGED_ROLE_PREFIX = 'srn:soracom:::Role:';

/** The rule for a role the operator creates: user-name characters, no colon (SRNs only), no dot segment. */
const OWN_ROLE_ID = ROLE_ID_PATTERN;

export function roleHandlers(deps: RouteDeps) {
  const { roles, users } = deps.store;

  const requireRole = (operatorId: string, roleId: string) => {
    const role = roles.get(operatorId, roleId);
    if (!role) throw new ApiFailure('SAM0501', { roleId });
    return role;
  };

  return {
    async listRoles(request) {
      const { owner = 'operator' } = request.query;
      if (owner !== 'operator' && owner !== 'soracom' && owner !== 'all')
        throw new ApiFailure('SAM0005', {
          field: 'owner',
          rule_en: 'must be one of: operator, soracom, all',
          rule_ja: '次のいずれかでなければなりません: operator, soracom, all',
        });
      if (owner === 'soracom') return [];
      return roles.list(request.params.operator_id).map(toRole);
    },

    async getRole(request) {
      return toRoleDetail(requireRole(request.params.operator_id, request.params.role_id));
    },

    async createRole(request) {
      const operatorId = request.params.operator_id;
      const roleId = request.params.role_id;
      if (!OWN_ROLE_ID.test(roleId)) throw new ApiFailure('SAM0011', { field: 'role_id' });
      refuseReservedName('role_id', roleId);
      const { permission, description = '' } = request.body;
      requireValidDocument('permission', permission);
      withAudit(
        deps,
        request,
        () => {
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
        },
        () => ({
          event: 'createRole',
          statusCode: 200,
          detail: { roleId },
          before: null,
          after: { roleId, permission, description },
          afterText: permission,
        }),
      );
      return { roleId };
    },

    async updateRole(request, reply) {
      const operatorId = request.params.operator_id;
      const roleId = request.params.role_id;
      const { permission, description } = request.body;
      requireValidDocument('permission', permission);
      const role = requireRole(operatorId, roleId);
      // A description left out keeps the one the role has.
      const after = { roleId, permission, description: description ?? role.description };
      withAudit(
        deps,
        request,
        () => {
          if (!roles.update(operatorId, roleId, after.permission, after.description, unixSeconds(deps.now())))
            throw new ApiFailure('SAM0501', { roleId });
        },
        () => ({
          event: 'updateRole',
          statusCode: 200,
          detail: { roleId },
          before: { roleId, permission: role.permission, description: role.description },
          after,
          beforeText: role.permission,
          afterText: permission,
        }),
      );
      return reply.code(200).send();
    },

    async deleteRole(request, reply) {
      const roleId = request.params.role_id;
      const operatorId = request.params.operator_id;
      const before = roles.get(operatorId, roleId);
      withAudit(
        deps,
        request,
        () => {
          const outcome = roles.remove(operatorId, roleId);
          if (!outcome.deleted && outcome.reason === 'missing') throw new ApiFailure('SAM0501', { roleId });
          if (!outcome.deleted) throw new ApiFailure('SAM0504', { roleId, count: outcome.count });
        },
        () => ({
          event: 'deleteRole',
          statusCode: 204,
          detail: { roleId },
          before: before ? { roleId, permission: before.permission, description: before.description } : null,
          after: null,
          beforeText: before?.permission ?? null,
        }),
      );
      return reply.code(204).send();
    },

    async listRoleAttachedUsers(request) {
      const operatorId = request.params.operator_id;
      const roleId = request.params.role_id;
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

    async listRoleVersions(request) {
      const operatorId = request.params.operator_id;
      const roleId = request.params.role_id;
      if (!roleId.startsWith(MANAGED_ROLE_PREFIX)) {
        requireRole(operatorId, roleId);
        throw new ApiFailure('SAM0508');
      }
      throw new ApiFailure('SAM0501', { roleId });
    },

    async listUserRoles(request) {
      const user = requireUser(deps, request);
      return roles.rolesOfUser(user.operator_id, user.user_name).map(toRoleDetail);
    },

    async attachRole(request, reply) {
      const user = requireUser(deps, request);
      const { roleId } = request.body;
      const roleIds = () => roles.rolesOfUser(user.operator_id, user.user_name).map((role) => role.role_id);
      const before = roleIds();
      withAudit(
        deps,
        request,
        () => {
          const outcome = roles.attach(user.operator_id, user.user_name, roleId, unixSeconds(deps.now()));
          if (outcome === 'no-user') throw new ApiFailure('SAM0301', { userName: user.user_name });
          if (outcome === 'no-role') throw new ApiFailure('SAM0506', { roleId });
          if (outcome === 'already') throw new ApiFailure('SAM0505', { roleId });
        },
        () => ({
          event: 'attachRole',
          statusCode: 200,
          targetUserName: user.user_name,
          detail: { roleId },
          before: { roleIds: before },
          after: { roleIds: roleIds() },
        }),
      );
      return reply.code(200).send();
    },

    async detachRole(request, reply) {
      const user = requireUser(deps, request);
      const roleId = request.params.role_id;
      requireRole(user.operator_id, roleId);
      const roleIds = () => roles.rolesOfUser(user.operator_id, user.user_name).map((role) => role.role_id);
      const before = roleIds();
      withAudit(
        deps,
        request,
        () => {
          if (!roles.detach(user.operator_id, user.user_name, roleId))
            throw new ApiFailure('SAM0507', { roleId });
        },
        () => ({
          event: 'detachRole',
          statusCode: 200,
          targetUserName: user.user_name,
          detail: { roleId },
          before: { roleIds: before },
          after: { roleIds: roleIds() },
        }),
      );
      return reply.code(200).send();
    },
  } satisfies Partial<HandlerTable>;
}

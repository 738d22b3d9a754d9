// The SAM user resource itself: list, read, create, update, delete, and revoking a user's sessions.
import type { components } from '../../src/api/schema.gen.ts';
import { unixSeconds } from '../auth/sessions.ts';
import { ApiFailure } from '../errors.ts';
import {
  bodyOf,
  pathParam,
  refuseReservedName,
  requireUser,
  toUserDetail,
  type HandlerTable,
  type RouteDeps,
} from './route-context.ts';

type UserDetail = components['schemas']['UserDetail'];
type UserFields = components['schemas']['UserFields'];

export function userHandlers(deps: RouteDeps): HandlerTable {
  const { users, roles } = deps.store;

  const detailOf = (operatorId: string, userName: string): UserDetail => {
    const row = users.get(operatorId, userName);
    if (!row) throw new ApiFailure('SAM0301', { userName });
    return toUserDetail(row, users.authKeysOf(operatorId, userName), roles.rolesOfUser(operatorId, userName));
  };

  return {
    async listUsers(request): Promise<UserDetail[]> {
      const operatorId = pathParam(request, 'operator_id');
      const keysByUser = new Map<string, ReturnType<typeof users.authKeysOfOperator>>();
      for (const key of users.authKeysOfOperator(operatorId)) {
        const list = keysByUser.get(key.user_name) ?? [];
        list.push(key);
        keysByUser.set(key.user_name, list);
      }
      const rolesByUser = new Map<string, ReturnType<typeof roles.rolesOfOperatorUsers>>();
      for (const role of roles.rolesOfOperatorUsers(operatorId)) {
        const list = rolesByUser.get(role.user_name) ?? [];
        list.push(role);
        rolesByUser.set(role.user_name, list);
      }
      return users
        .list(operatorId)
        .map((row) =>
          toUserDetail(row, keysByUser.get(row.user_name) ?? [], rolesByUser.get(row.user_name) ?? []),
        );
    },

    async getUser(request): Promise<UserDetail> {
      return detailOf(pathParam(request, 'operator_id'), pathParam(request, 'user_name'));
    },

    async createUser(request, reply) {
      const operatorId = pathParam(request, 'operator_id');
      const userName = pathParam(request, 'user_name');
      refuseReservedName('user_name', userName);
      const { description = '' } = bodyOf<UserFields>(request);
      const outcome = users.create(operatorId, userName, description, unixSeconds(deps.now()), deps.maxUsers);
      if (outcome === 'exists') throw new ApiFailure('SAM0302', { userName });
      if (outcome === 'limit') throw new ApiFailure('SAM0303', { max: deps.maxUsers });
      return reply.code(201).send(detailOf(operatorId, userName));
    },

    async updateUser(request): Promise<UserDetail> {
      const user = requireUser(deps, request);
      const { description } = bodyOf<UserFields>(request);
      if (description !== undefined) {
        users.setDescription(user.operator_id, user.user_name, description, unixSeconds(deps.now()));
      }
      return detailOf(user.operator_id, user.user_name);
    },

    async deleteUser(request, reply) {
      const user = requireUser(deps, request);
      // AuthKeys and sessions go with the user (ON DELETE CASCADE).
      users.remove(user.operator_id, user.user_name);
      return reply.code(204).send();
    },

    async revokeUserAuthTokens(request, reply) {
      const user = requireUser(deps, request);
      deps.store.sessions.removeForUser(user.operator_id, user.user_name);
      return reply.code(204).send();
    },
  };
}

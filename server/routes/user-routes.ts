// The SAM user resource itself: list, read, create, update, delete, and revoking a user's sessions.
import type { components } from '../../src/api/schema.gen.ts';
import { unixSeconds } from '../auth/sessions.ts';
import { ApiFailure } from '../errors.ts';
import type { HandlerTable } from './operation-handler.ts';
import { refuseReservedName, requireUser, toUserDetail, type RouteDeps } from './route-context.ts';

type UserDetail = components['schemas']['UserDetail'];

export function userHandlers(deps: RouteDeps) {
  const { users, roles } = deps.store;

  const detailOf = (operatorId: string, userName: string): UserDetail => {
    const row = users.get(operatorId, userName);
    if (!row) throw new ApiFailure('SAM0301', { userName });
    return toUserDetail(row, users.authKeysOf(operatorId, userName), roles.rolesOfUser(operatorId, userName));
  };

  return {
    async listUsers(request) {
      const operatorId = request.params.operator_id;
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

    async getUser(request) {
      return detailOf(request.params.operator_id, request.params.user_name);
    },

    async createUser(request, reply) {
      const { operator_id: operatorId, user_name: userName } = request.params;
      refuseReservedName('user_name', userName);
      const { description = '' } = request.body;
      const outcome = users.create(operatorId, userName, description, unixSeconds(deps.now()), deps.maxUsers);
      if (outcome === 'exists') throw new ApiFailure('SAM0302', { userName });
      if (outcome === 'limit') throw new ApiFailure('SAM0303', { max: deps.maxUsers });
      return reply.code(201).send(detailOf(operatorId, userName));
    },

    async updateUser(request) {
      const user = requireUser(deps, request);
      const { description } = request.body;
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
  } satisfies Partial<HandlerTable>;
}

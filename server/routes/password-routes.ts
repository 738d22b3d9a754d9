// A SAM user's console password: whether there is one, set, change, remove.
import { hashSecret, verifySecret } from '../auth/credentials.ts';
import { unixSeconds } from '../auth/sessions.ts';
import { ApiFailure } from '../errors.ts';
import type { HandlerTable } from './operation-handler.ts';
import { requireUser, requireUserAgain, type RouteDeps } from './route-context.ts';

export function passwordHandlers(deps: RouteDeps) {
  const { users } = deps.store;
  return {
    async hasUserPassword(request) {
      return { hasPassword: requireUser(deps, request).password_hash !== null };
    },

    async createUserPassword(request, reply) {
      const user = requireUser(deps, request);
      if (user.password_hash !== null) throw new ApiFailure('SAM0305');
      const hash = await hashSecret(request.body.password);
      requireUserAgain(deps, user);
      if (!users.setFirstPasswordHash(user.operator_id, user.user_name, hash, unixSeconds(deps.now()))) {
        throw new ApiFailure('SAM0305');
      }
      return reply.code(201).send();
    },

    async updateUserPassword(request, reply) {
      const user = requireUser(deps, request);
      const body = request.body;
      if (user.password_hash === null) throw new ApiFailure('SAM0306');
      if (!(await verifySecret(body.currentPassword, user.password_hash))) throw new ApiFailure('SAM0307');
      const hash = await hashSecret(body.newPassword);
      // Another request may have changed or removed the password while this one was hashing.
      if (
        !users.replacePasswordHash(
          user.operator_id,
          user.user_name,
          user.password_hash,
          hash,
          unixSeconds(deps.now()),
        )
      ) {
        throw new ApiFailure(requireUserAgain(deps, user).password_hash === null ? 'SAM0306' : 'SAM0307');
      }
      return reply.code(200).send();
    },

    async deleteUserPassword(request, reply) {
      const user = requireUser(deps, request);
      if (user.password_hash === null) throw new ApiFailure('SAM0306');
      users.setPasswordHash(user.operator_id, user.user_name, null, unixSeconds(deps.now()));
      return reply.code(204).send();
    },
  } satisfies Partial<HandlerTable>;
}

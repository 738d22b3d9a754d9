// A SAM user's AuthKeys: list, generate (the only answer with the secret), read, delete.
import { hashSecret, newAuthKeyId, newAuthKeySecret } from '../auth/credentials.ts';
import { unixSeconds } from '../auth/sessions.ts';
import { ApiFailure } from '../errors.ts';
import type { HandlerTable } from './operation-handler.ts';
import { requireUser, requireUserAgain, toAuthKey, type RouteDeps } from './route-context.ts';

export function authKeyHandlers(deps: RouteDeps) {
  const { users } = deps.store;
  return {
    async listUserAuthKeys(request) {
      const user = requireUser(deps, request);
      return users.authKeysOf(user.operator_id, user.user_name).map(toAuthKey);
    },

    async generateUserAuthKey(request) {
      const user = requireUser(deps, request);
      const authKeyId = newAuthKeyId();
      const authKey = newAuthKeySecret();
      const secretHash = await hashSecret(authKey);
      requireUserAgain(deps, user);
      users.insertAuthKey({
        auth_key_id: authKeyId,
        operator_id: user.operator_id,
        user_name: user.user_name,
        secret_hash: secretHash,
        create_time: unixSeconds(deps.now()),
      });
      return { authKeyId, authKey };
    },

    async getUserAuthKey(request) {
      const user = requireUser(deps, request);
      const authKeyId = request.params.auth_key_id;
      const key = users.authKey(authKeyId);
      if (!key || key.operator_id !== user.operator_id || key.user_name !== user.user_name) {
        throw new ApiFailure('SAM0304', { authKeyId });
      }
      return toAuthKey(key);
    },

    async deleteUserAuthKey(request, reply) {
      const user = requireUser(deps, request);
      const authKeyId = request.params.auth_key_id;
      // Sessions the key opened end with it (ON DELETE CASCADE).
      if (!users.removeAuthKey(user.operator_id, user.user_name, authKeyId)) {
        throw new ApiFailure('SAM0304', { authKeyId });
      }
      return reply.code(204).send();
    },
  } satisfies Partial<HandlerTable>;
}

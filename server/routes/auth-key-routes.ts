// A SAM user's AuthKeys: list, generate (the only answer with the secret), read, delete.
import { actorOf, recordAudit } from '../audit/audit-trail.ts';
import { hashSecret, newAuthKeyId, newAuthKeySecret } from '../auth/credentials.ts';
import { unixSeconds } from '../auth/sessions.ts';
import { ApiFailure } from '../errors.ts';
import type { HandlerTable } from './operation-handler.ts';
import { requireUser, requireUserAgain, toAuthKey, type RouteDeps } from './route-context.ts';

export function authKeyHandlers(deps: RouteDeps) {
  const { users, audit, db } = deps.store;
  const keyIds = (operatorId: string, userName: string) =>
    users.authKeysOf(operatorId, userName).map((key) => key.auth_key_id);
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
      db.transaction(() => {
        const before = keyIds(user.operator_id, user.user_name);
        users.insertAuthKey({
          auth_key_id: authKeyId,
          operator_id: user.operator_id,
          user_name: user.user_name,
          secret_hash: secretHash,
          create_time: unixSeconds(deps.now()),
        });
        recordAudit(
          audit,
          actorOf(request),
          {
            event: 'generateUserAuthKey',
            statusCode: 200,
            targetUserName: user.user_name,
            before: { authKeyIds: before },
            after: { authKeyIds: keyIds(user.operator_id, user.user_name) },
            detail: { authKeyId },
          },
          deps.now(),
        );
      })();
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
      db.transaction(() => {
        const before = keyIds(user.operator_id, user.user_name);
        if (!users.removeAuthKey(user.operator_id, user.user_name, authKeyId)) {
          throw new ApiFailure('SAM0304', { authKeyId });
        }
        recordAudit(
          audit,
          actorOf(request),
          {
            event: 'deleteUserAuthKey',
            statusCode: 204,
            targetUserName: user.user_name,
            before: { authKeyIds: before },
            after: { authKeyIds: keyIds(user.operator_id, user.user_name) },
            detail: { authKeyId },
          },
          deps.now(),
        );
      })();
      return reply.code(204).send();
    },
  } satisfies Partial<HandlerTable>;
}

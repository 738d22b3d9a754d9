// A SAM user's console password: whether there is one, set, change, remove; changes end the user's other sessions.
import type { FastifyRequest } from 'fastify';
import { actorOf, recordAudit, userState } from '../audit/audit-trail.ts';
import { hashSecret, verifySecret } from '../auth/credentials.ts';
import { unixSeconds } from '../auth/sessions.ts';
import { accountKey, addressKey } from '../auth/sign-in-throttle.ts';
import { ApiFailure } from '../errors.ts';
import type { UserRow } from '../store/users-store.ts';
import type { HandlerTable } from './operation-handler.ts';
import { requireUser, requireUserAgain, type RouteDeps } from './route-context.ts';

export function passwordHandlers(deps: RouteDeps) {
  const { users, sessions, audit } = deps.store;

  /**
   * Ends the user's sessions after their password changed or went: all of them, except the
   * caller's own when the user changed their own password (they stay signed in where they did it).
   */
  const endOtherSessions = (request: FastifyRequest, user: UserRow): void => {
    const session = request.samSession;
    const own =
      session?.kind === 'samUser' &&
      session.principal.userName === user.user_name &&
      session.operatorId === user.operator_id;
    if (own) sessions.removeOthersOfUser(user.operator_id, user.user_name, session.tokenHash);
    else sessions.removeForUser(user.operator_id, user.user_name);
  };

  const audited = (request: FastifyRequest, event: string, statusCode: number, before: UserRow) => {
    const after = users.get(before.operator_id, before.user_name);
    recordAudit(
      audit,
      actorOf(request),
      {
        event,
        statusCode,
        targetUserName: before.user_name,
        before: userState(before),
        after: userState(after),
      },
      deps.now(),
    );
  };

  return {
    async hasUserPassword(request) {
      return { hasPassword: requireUser(deps, request).password_hash !== null };
    },

    async createUserPassword(request, reply) {
      const user = requireUser(deps, request);
      if (user.password_hash !== null) throw new ApiFailure('SAM0305');
      const hash = await hashSecret(request.body.password);
      requireUserAgain(deps, user);
      deps.store.db.transaction(() => {
        if (!users.setFirstPasswordHash(user.operator_id, user.user_name, hash, unixSeconds(deps.now()))) {
          throw new ApiFailure('SAM0305');
        }
        audited(request, 'createUserPassword', 201, user);
      })();
      return reply.code(201).send();
    },

    async updateUserPassword(request, reply) {
      const user = requireUser(deps, request);
      const body = request.body;
      if (user.password_hash === null) throw new ApiFailure('SAM0306');
      // The current-password check guesses the same secret as sign-in: it counts against the same account.
      const keys = {
        account: accountKey.samUser(user.operator_id, user.user_name),
        address: addressKey(request.ip),
      };
      const nowSeconds = unixSeconds(deps.now());
      const currentOk = await deps.throttle.guard(keys, nowSeconds, () =>
        verifySecret(body.currentPassword, user.password_hash ?? ''),
      );
      if (!currentOk) {
        deps.store.db.transaction(() => {
          deps.throttle.recordFailure(keys, nowSeconds);
          recordAudit(
            audit,
            actorOf(request),
            {
              event: 'updateUserPassword',
              statusCode: 400,
              targetUserName: user.user_name,
              detail: { reason: 'currentPassword' },
            },
            deps.now(),
          );
        })();
        request.log.info(
          { account: `${user.operator_id}/${user.user_name}`, address: request.ip },
          'currentPassword check failed',
        );
        throw new ApiFailure('SAM0307');
      }
      const hash = await hashSecret(body.newPassword);
      // Another request may have changed or removed the password while this one was hashing.
      deps.store.db.transaction(() => {
        if (
          !users.replacePasswordHash(
            user.operator_id,
            user.user_name,
            user.password_hash ?? '',
            hash,
            unixSeconds(deps.now()),
          )
        ) {
          throw new ApiFailure(requireUserAgain(deps, user).password_hash === null ? 'SAM0306' : 'SAM0307');
        }
        deps.throttle.recordSuccess(keys);
        endOtherSessions(request, user);
        audited(request, 'updateUserPassword', 200, user);
      })();
      return reply.code(200).send();
    },

    async deleteUserPassword(request, reply) {
      const user = requireUser(deps, request);
      if (user.password_hash === null) throw new ApiFailure('SAM0306');
      deps.store.db.transaction(() => {
        users.setPasswordHash(user.operator_id, user.user_name, null, unixSeconds(deps.now()));
        endOtherSessions(request, user);
        audited(request, 'deleteUserPassword', 204, user);
      })();
      return reply.code(204).send();
    },
  } satisfies Partial<HandlerTable>;
}

// The SAM user resource itself: list, read, create, update, delete, and revoking a user's sessions.
import { createHash } from 'node:crypto';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { components } from '../../src/api/schema.gen.ts';
import { actorOf, recordAudit, userState } from '../audit/audit-trail.ts';
import { unixSeconds } from '../auth/sessions.ts';
import { matchesIfNoneMatch } from '../entity-tags.ts';
import { ApiFailure } from '../errors.ts';
import { COMPRESSION_THRESHOLD, compressBody, preferredEncoding } from '../plugins/compression.ts';
import { readCachesOf, type CachedJson } from '../store/read-caches.ts';
import type { HandlerTable } from './operation-handler.ts';
import { refuseReservedName, requireUser, toUserDetail, type RouteDeps } from './route-context.ts';

type UserDetail = components['schemas']['UserDetail'];

/** A strong entity tag for a body: the same bytes always get the same tag. */
export const entityTag = (body: string): string =>
  `"${createHash('sha256').update(body).digest('base64url').slice(0, 27)}"`;

/**
 * The tag of one encoding of a body: each encoding is its own representation, so a strong tag must differ
 * between them (RFC 9110, 8.8.3); `"abc"` becomes `"abc-br"`.
 */
const encodedTag = (etag: string, encoding: string | null): string =>
  encoding ? `${etag.slice(0, -1)}-${encoding}"` : etag;

const serialised = (value: unknown): CachedJson => {
  const json = JSON.stringify(value);
  return { json, etag: entityTag(json), bytes: Buffer.byteLength(json) };
};

/**
 * A cached answer as it is (already JSON text, past the typed reply), or 304 when the caller holds it.
 * Above the threshold it leaves compressed as the compression plugin would, but compressed once per
 * cached version (brotli of listUsers for 1,000 users took ~4.6 ms on every call), so these routes
 * skip the plugin (local-api.ts).
 */
function sendJson(request: FastifyRequest, reply: FastifyReply, cached: CachedJson): FastifyReply {
  const large = cached.bytes >= COMPRESSION_THRESHOLD;
  const encoding = large ? preferredEncoding(request.headers['accept-encoding']) : null;
  if (large) reply.header('vary', 'accept-encoding');
  reply.header('etag', encodedTag(cached.etag, encoding));
  if (matchesIfNoneMatch(request.headers['if-none-match'], cached.etag)) return reply.code(304).send();
  reply.type('application/json; charset=utf-8');
  if (!encoding) return reply.send(cached.json);
  const body = (cached[encoding] ??= compressBody(cached.json, encoding));
  return reply.header('content-encoding', encoding).send(body);
}

export function userHandlers(deps: RouteDeps) {
  const { users, roles, audit, db } = deps.store;
  const caches = readCachesOf(db);
  const keyIds = (operatorId: string, userName: string) =>
    users.authKeysOf(operatorId, userName).map((key) => key.auth_key_id);

  const detailOf = (operatorId: string, userName: string): UserDetail => {
    const row = users.get(operatorId, userName);
    if (!row) throw new ApiFailure('SAM0301', { userName });
    return toUserDetail(row, users.authKeysOf(operatorId, userName), roles.rolesOfUser(operatorId, userName));
  };

  const userList = (operatorId: string): UserDetail[] => {
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
  };

  return {
    /**
     * Serialised once per operator and kept until a write touches a row it shows (read-caches.ts);
     * 304 with no body when the caller already holds this version (If-None-Match).
     */
    async listUsers(request, reply) {
      const operatorId = request.params.operator_id;
      caches.refresh();
      let list = caches.userLists.get(operatorId);
      if (!list) {
        list = serialised(userList(operatorId));
        if (caches.canKeep()) caches.userLists.set(operatorId, list);
      }
      return sendJson(request, reply as FastifyReply, list);
    },

    /** Kept like listUsers, per user; any change in the operator's users drops them all. */
    async getUser(request, reply) {
      const { operator_id: operatorId, user_name: userName } = request.params;
      caches.refresh();
      let detail = caches.userDetails.get(operatorId)?.get(userName);
      if (!detail) {
        detail = serialised(detailOf(operatorId, userName));
        if (caches.canKeep()) {
          const ofOperator = caches.userDetails.get(operatorId) ?? new Map<string, CachedJson>();
          ofOperator.set(userName, detail);
          caches.userDetails.set(operatorId, ofOperator);
        }
      }
      return sendJson(request, reply as FastifyReply, detail);
    },

    async createUser(request, reply) {
      const operatorId = request.params.operator_id;
      const userName = request.params.user_name;
      refuseReservedName('user_name', userName);
      const { description = '' } = request.body;
      const detail = db.transaction(() => {
        const outcome = users.create(
          operatorId,
          userName,
          description,
          unixSeconds(deps.now()),
          deps.maxUsers,
        );
        if (outcome === 'exists') throw new ApiFailure('SAM0302', { userName });
        if (outcome === 'limit') throw new ApiFailure('SAM0303', { max: deps.maxUsers });
        recordAudit(
          audit,
          actorOf(request),
          {
            event: 'createUser',
            statusCode: 201,
            targetUserName: userName,
            before: null,
            after: userState(users.get(operatorId, userName)),
            afterText: description,
          },
          deps.now(),
        );
        return detailOf(operatorId, userName);
      })();
      return reply.code(201).send(detail);
    },

    async updateUser(request) {
      const user = requireUser(deps, request);
      const { description } = request.body;
      if (description !== undefined) {
        db.transaction(() => {
          users.setDescription(user.operator_id, user.user_name, description, unixSeconds(deps.now()));
          recordAudit(
            audit,
            actorOf(request),
            {
              event: 'updateUser',
              statusCode: 200,
              targetUserName: user.user_name,
              before: userState(user),
              after: userState(users.get(user.operator_id, user.user_name)),
              beforeText: user.description,
              afterText: description,
            },
            deps.now(),
          );
        })();
      }
      return detailOf(user.operator_id, user.user_name);
    },

    async deleteUser(request, reply) {
      const user = requireUser(deps, request);
      // AuthKeys and sessions go with the user (ON DELETE CASCADE).
      db.transaction(() => {
        const before = userState(user, keyIds(user.operator_id, user.user_name));
        users.remove(user.operator_id, user.user_name);
        recordAudit(
          audit,
          actorOf(request),
          { event: 'deleteUser', statusCode: 204, targetUserName: user.user_name, before, after: null },
          deps.now(),
        );
      })();
      return reply.code(204).send();
    },

    async revokeUserAuthTokens(request, reply) {
      const user = requireUser(deps, request);
      db.transaction(() => {
        const ended = deps.store.sessions.removeForUser(user.operator_id, user.user_name);
        recordAudit(
          audit,
          actorOf(request),
          {
            event: 'revokeUserAuthTokens',
            statusCode: 204,
            targetUserName: user.user_name,
            detail: { sessionsEnded: ended },
          },
          deps.now(),
        );
      })();
      return reply.code(204).send();
    },
  } satisfies Partial<HandlerTable>;
}

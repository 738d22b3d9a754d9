// What every route module gets: the store, the clock and limits, plus helpers to read a validated request.
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { components } from '../../src/api/schema.gen.ts';
import type { Session } from '../auth/session-principal.ts';
import type { AuthKeyRow, UserRow } from '../store/users-store.ts';
import type { SamStore } from '../store/sam-store.ts';
import { ApiFailure } from '../errors.ts';

export interface RouteDeps {
  store: SamStore;
  now: () => Date;
  maxUsers: number;
}

/** Handles one OpenAPI operation; the route's schemas have already validated params and body. */
export type OperationHandler = (request: FastifyRequest, reply: FastifyReply) => Promise<unknown>;
export type HandlerTable = Record<string, OperationHandler>;

declare module 'fastify' {
  interface FastifyRequest {
    samSession: Session | null;
  }
}

export function sessionOf(request: FastifyRequest): Session {
  if (!request.samSession) throw new ApiFailure('AUM0001');
  return request.samSession;
}

export function pathParam(request: FastifyRequest, name: string): string {
  const value = (request.params as Record<string, string | undefined>)[name];
  if (value === undefined) throw new ApiFailure('SAM0002', { field: name });
  return value;
}

/** The body, already checked against the operation's schema by Fastify. */
export function bodyOf<T>(request: FastifyRequest): T {
  return (request.body ?? {}) as T;
}

type UserDetail = components['schemas']['UserDetail'];
type AuthKey = components['schemas']['AuthKey'];

export function toAuthKey(row: AuthKeyRow): AuthKey {
  return {
    authKeyId: row.auth_key_id,
    createDateTime: row.create_time,
    ...(row.last_used_time === null ? {} : { lastUsedDateTime: row.last_used_time }),
  };
}

export function toUserDetail(row: UserRow, keys: AuthKeyRow[]): UserDetail {
  return {
    userName: row.user_name,
    description: row.description,
    hasPassword: row.password_hash !== null,
    ...(row.permission === null ? {} : { permission: row.permission }),
    authKeyList: keys.map(toAuthKey),
    // Roles are outside SAM Console's scope; the list is always present and empty.
    roleList: [],
    createDateTime: row.create_time,
    updateDateTime: row.update_time,
    ...(row.last_sign_in_time === null ? {} : { lastSignInDateTime: row.last_sign_in_time }),
  };
}

/** The user named in the path, in the session's operator, or 404. */
export function requireUser(deps: RouteDeps, request: FastifyRequest): UserRow {
  const operatorId = pathParam(request, 'operator_id');
  const userName = pathParam(request, 'user_name');
  const user = deps.store.users.get(operatorId, userName);
  if (!user) throw new ApiFailure('SAM0301', { userName });
  return user;
}

/** The same user read again after an await (hashing a secret), when a request deleting them may have run; 404 if gone. */
export function requireUserAgain(deps: RouteDeps, user: UserRow): UserRow {
  const again = deps.store.users.get(user.operator_id, user.user_name);
  if (!again) throw new ApiFailure('SAM0301', { userName: user.user_name });
  return again;
}

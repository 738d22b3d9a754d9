// What every route module gets: the store, the clock and limits, plus helpers shared by the handlers.
import type { FastifyRequest } from 'fastify';
import type { components } from '../../src/api/schema.gen.ts';
import type { Session } from '../auth/session-principal.ts';
import type { SessionLimits } from '../auth/sessions.ts';
import type { SignInThrottle } from '../auth/sign-in-throttle.ts';
import type { AuthKeyRow, UserRow } from '../store/users-store.ts';
import type { RoleRow } from '../store/roles-store.ts';
import type { SamStore } from '../store/sam-store.ts';
import { RESERVED_PATH_NAMES } from '../../src/lib/sam-rules.ts';
import { ApiFailure } from '../errors.ts';

export interface RouteDeps {
  store: SamStore;
  now: () => Date;
  maxUsers: number;
  /** Most roles per operator. */
  maxRoles: number;
  /** Counts failed sign-ins and currentPassword checks; refuses with 429 while a key waits. */
  throttle: SignInThrottle;
  sessionLimits: SessionLimits;
}

declare module 'fastify' {
  interface FastifyRequest {
    samSession: Session | null;
  }
}

export function sessionOf(request: FastifyRequest): Session {
  if (!request.samSession) throw new ApiFailure('AUM0001');
  return request.samSession;
}

type UserDetail = components['schemas']['UserDetail'];
type AuthKey = components['schemas']['AuthKey'];
type Role = components['schemas']['Role'];
type RoleDetail = components['schemas']['RoleDetail'];

/** A role as listed (in listRoles and a user's roleList): no permission document. */
export function toRole(row: RoleRow): Role {
  return {
    roleId: row.role_id,
    roleName: row.role_id,
    description: row.description,
    owner: 'operator',
    createDateTime: row.create_time,
    updateDateTime: row.update_time,
  };
}

export function toRoleDetail(row: RoleRow): RoleDetail {
  return { ...toRole(row), permission: row.permission };
}

/** Path segments a user name or role ID would collide with: dot segments and the users' sub-resource. */
const RESERVED_SEGMENTS = new Set(RESERVED_PATH_NAMES);

/** 400 when a new user name or role ID would name another path. */
export function refuseReservedName(field: string, value: string): void {
  if (RESERVED_SEGMENTS.has(value)) throw new ApiFailure('SAM0009', { field, value });
}

export function toAuthKey(row: AuthKeyRow): AuthKey {
  return {
    authKeyId: row.auth_key_id,
    createDateTime: row.create_time,
    ...(row.last_used_time === null ? {} : { lastUsedDateTime: row.last_used_time }),
  };
}

export function toUserDetail(row: UserRow, keys: AuthKeyRow[], roles: readonly RoleRow[]): UserDetail {
  return {
    userName: row.user_name,
    description: row.description,
    hasPassword: row.password_hash !== null,
    ...(row.permission === null ? {} : { permission: row.permission }),
    authKeyList: keys.map(toAuthKey),
    roleList: roles.map(toRole),
    createDateTime: row.create_time,
    updateDateTime: row.update_time,
    ...(row.last_sign_in_time === null ? {} : { lastSignInDateTime: row.last_sign_in_time }),
  };
}

/** The path of every operation on one user. */
export interface UserPath {
  operator_id: string;
  user_name: string;
}

/** The user named in the path, in the session's operator, or 404. */
export function requireUser(deps: RouteDeps, { params }: { params: UserPath }): UserRow {
  const { operator_id: operatorId, user_name: userName } = params;
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

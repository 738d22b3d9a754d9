// Opening, finding and ending sessions: an API key plus a random token, stored hashed with its expiry.
import { ApiFailure } from '../errors.ts';
import type { SamStore } from '../store/sam-store.ts';
import type { SessionRow } from '../store/sessions-store.ts';
import { hashToken, newApiKey, newToken } from './credentials.ts';
import type { Session } from './session-principal.ts';

export interface SessionOwner {
  operatorId: string;
  /** Absent for the root user. */
  userName?: string;
  authKeyId?: string;
}

export const unixSeconds = (date: Date): number => Math.floor(date.getTime() / 1000);

/** A role's document as fixed into a session. */
export interface SessionRole {
  roleId: string;
  permission: string;
}

function parseSessionRoles(text: string | null): SessionRole[] {
  if (text === null || text === '') return [];
  try {
    const value: unknown = JSON.parse(text);
    if (!Array.isArray(value)) return [];
    return value.filter(
      (item): item is SessionRole =>
        typeof item === 'object' &&
        item !== null &&
        typeof (item as SessionRole).roleId === 'string' &&
        typeof (item as SessionRole).permission === 'string',
    );
  } catch {
    return [];
  }
}

/** How long a session may live from its sign-in, whatever renewals ask for (seconds). */
export const DEFAULT_SESSION_LIFETIME_SECONDS = 24 * 3600;

export interface SessionLimits {
  /** No session outlives its sign-in by more than this, renewed or not. */
  absoluteLifetimeSeconds: number;
}

export interface PermissionSnapshot {
  userPermission: string | null;
  defaultPermissions: string | null;
  /** The attached roles' documents, as JSON: an array of {roleId, permission}. */
  rolePermissions: string | null;
}

/** The user's permission, their roles' and the operator's default permissions now, as a session keeps them; null when the user is gone. */
function permissionSnapshot(
  store: SamStore,
  operatorId: string,
  userName: string | null,
): PermissionSnapshot | null {
  if (userName === null) return { userPermission: null, defaultPermissions: null, rolePermissions: null };
  const user = store.users.get(operatorId, userName);
  if (!user) return null;
  const roles: SessionRole[] = store.roles
    .rolesOfUser(operatorId, userName)
    .map((role) => ({ roleId: role.role_id, permission: role.permission }));
  return {
    userPermission: user.permission ?? '',
    defaultPermissions: store.operators.get(operatorId)?.default_permissions ?? '',
    rolePermissions: JSON.stringify(roles),
  };
}

/** Fixes the user's permission, their roles' and the operator's default permissions into the new session. */
export function openSession(
  store: SamStore,
  owner: SessionOwner,
  timeoutSeconds: number,
  now: Date,
  limits: SessionLimits = { absoluteLifetimeSeconds: DEFAULT_SESSION_LIFETIME_SECONDS },
): { apiKey: string; token: string } {
  const apiKey = newApiKey();
  const token = newToken();
  const nowSeconds = unixSeconds(now);
  store.db.transaction(() => {
    // The secret was checked asynchronously: the user or the key may have been deleted since, and then the
    // credentials are no longer good (rather than a foreign-key failure and a 500).
    const snapshot = permissionSnapshot(store, owner.operatorId, owner.userName ?? null);
    if (!snapshot || (owner.authKeyId !== undefined && !store.users.authKey(owner.authKeyId)))
      throw new ApiFailure('SAM0101');
    store.sessions.purgeExpired(nowSeconds);
    const absoluteEnd = nowSeconds + limits.absoluteLifetimeSeconds;
    store.sessions.insert({
      token_hash: hashToken(token),
      api_key: apiKey,
      operator_id: owner.operatorId,
      user_name: owner.userName ?? null,
      auth_key_id: owner.authKeyId ?? null,
      user_permission: snapshot.userPermission,
      default_permissions: snapshot.defaultPermissions,
      role_permissions: snapshot.rolePermissions,
      expires_at: Math.min(nowSeconds + timeoutSeconds, absoluteEnd),
      create_time: nowSeconds,
      absolute_expires_at: absoluteEnd,
    });
  })();
  return { apiKey, token };
}

function headerValue(value: string | string[] | undefined): string | undefined {
  const first = Array.isArray(value) ? value[0] : value;
  return first === undefined || first === '' ? undefined : first;
}

/** The session a stored row stands for (the row's API key and token hash are the caller's, checked by findLive). */
function sessionOfRow(row: SessionRow): Session {
  if (row.user_name === null)
    return Object.freeze({
      kind: 'root',
      operatorId: row.operator_id,
      apiKey: row.api_key,
      tokenHash: row.token_hash,
    });
  return Object.freeze({
    kind: 'samUser',
    operatorId: row.operator_id,
    apiKey: row.api_key,
    tokenHash: row.token_hash,
    principal: Object.freeze({
      operatorId: row.operator_id,
      userName: row.user_name,
      ...(row.auth_key_id === null ? {} : { authKeyId: row.auth_key_id }),
      userPermission: row.user_permission ?? '',
      defaultPermissions: row.default_permissions ?? '',
      roles: Object.freeze(parseSessionRoles(row.role_permissions)),
    }),
  });
}

/**
 * Sessions made from rows, kept as long as the row is: the session cache hands out the same frozen
 * row until the session changes (then a new row), so a SAM user's roles are parsed once, not per call.
 */
const sessionsByRow = new WeakMap<SessionRow, Session>();

/** The live session these headers belong to; 401 when missing, wrong or expired. */
export function authenticate(
  store: SamStore,
  apiKeyHeader: string | string[] | undefined,
  tokenHeader: string | string[] | undefined,
  now: Date,
): Session {
  const apiKey = headerValue(apiKeyHeader);
  const token = headerValue(tokenHeader);
  if (apiKey === undefined || token === undefined) throw new ApiFailure('AUM0001');
  const row = store.sessions.findLive(hashToken(token), apiKey, unixSeconds(now));
  if (!row) throw new ApiFailure('AUM0002');
  let session = sessionsByRow.get(row);
  if (!session) {
    session = sessionOfRow(row);
    sessionsByRow.set(row, session);
  }
  return session;
}

/**
 * A new token on the same API key; the old token stops working. The session takes the user's
 * permissions as they are now, and keeps its absolute end: a session past it cannot be renewed.
 */
export function renewToken(store: SamStore, session: Session, timeoutSeconds: number, now: Date): string {
  const token = newToken();
  const nowSeconds = unixSeconds(now);
  store.db.transaction(() => {
    const userName = session.kind === 'samUser' ? session.principal.userName : null;
    const snapshot = permissionSnapshot(store, session.operatorId, userName);
    if (
      !snapshot ||
      !store.sessions.renew(
        session.tokenHash,
        hashToken(token),
        nowSeconds + timeoutSeconds,
        snapshot,
        nowSeconds,
      )
    )
      throw new ApiFailure('AUM0002');
  })();
  return token;
}

// Opening, finding and ending sessions: an API key plus a random token, stored hashed with its expiry.
import { ApiFailure } from '../errors.ts';
import type { SamStore } from '../store/sam-store.ts';
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

/** Fixes the user's permission, their roles' and the operator's default permissions into the new session. */
export function openSession(
  store: SamStore,
  owner: SessionOwner,
  timeoutSeconds: number,
  now: Date,
): { apiKey: string; token: string } {
  const apiKey = newApiKey();
  const token = newToken();
  const nowSeconds = unixSeconds(now);
  store.db.transaction(() => {
    let userPermission: string | null = null;
    let defaultPermissions: string | null = null;
    let rolePermissions: string | null = null;
    if (owner.userName !== undefined) {
      // The secret was checked asynchronously: the user or the key may have been deleted since, and then the
      // credentials are no longer good (rather than a foreign-key failure and a 500).
      const user = store.users.get(owner.operatorId, owner.userName);
      if (!user || (owner.authKeyId !== undefined && !store.users.authKey(owner.authKeyId)))
        throw new ApiFailure('SAM0101');
      userPermission = user.permission ?? '';
      defaultPermissions = store.operators.get(owner.operatorId)?.default_permissions ?? '';
      const roles: SessionRole[] = store.roles
        .rolesOfUser(owner.operatorId, owner.userName)
        .map((role) => ({ roleId: role.role_id, permission: role.permission }));
      rolePermissions = JSON.stringify(roles);
    }
    store.sessions.purgeExpired(nowSeconds);
    store.sessions.insert({
      token_hash: hashToken(token),
      api_key: apiKey,
      operator_id: owner.operatorId,
      user_name: owner.userName ?? null,
      auth_key_id: owner.authKeyId ?? null,
      user_permission: userPermission,
      default_permissions: defaultPermissions,
      role_permissions: rolePermissions,
      expires_at: nowSeconds + timeoutSeconds,
      create_time: nowSeconds,
    });
  })();
  return { apiKey, token };
}

function headerValue(value: string | string[] | undefined): string | undefined {
  const first = Array.isArray(value) ? value[0] : value;
  return first === undefined || first === '' ? undefined : first;
}

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
  const tokenHash = hashToken(token);
  const row = store.sessions.findLive(tokenHash, apiKey, unixSeconds(now));
  if (!row) throw new ApiFailure('AUM0002');
  if (row.user_name === null) return { kind: 'root', operatorId: row.operator_id, apiKey, tokenHash };
  return {
    kind: 'samUser',
    operatorId: row.operator_id,
    apiKey,
    tokenHash,
    principal: {
      operatorId: row.operator_id,
      userName: row.user_name,
      ...(row.auth_key_id === null ? {} : { authKeyId: row.auth_key_id }),
      userPermission: row.user_permission ?? '',
      defaultPermissions: row.default_permissions ?? '',
      roles: parseSessionRoles(row.role_permissions),
    },
  };
}

/** A new token on the same API key; the old token stops working. */
export function renewToken(store: SamStore, session: Session, timeoutSeconds: number, now: Date): string {
  const token = newToken();
  store.sessions.replaceToken(session.tokenHash, hashToken(token), unixSeconds(now) + timeoutSeconds);
  return token;
}

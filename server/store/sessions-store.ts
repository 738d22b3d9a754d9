// SQL for sessions: hashed tokens with their expiry and the permissions fixed at sign-in.
import type { Db } from './database.ts';
import { MAX_CACHED_SESSIONS, readCachesOf } from './read-caches.ts';

export interface SessionRow {
  token_hash: string;
  api_key: string;
  operator_id: string;
  user_name: string | null;
  auth_key_id: string | null;
  user_permission: string | null;
  default_permissions: string | null;
  /** The permission documents of the roles attached at sign-in: a JSON array of {roleId, permission}. */
  role_permissions: string | null;
  expires_at: number;
  create_time: number;
  /** No renewal moves expires_at past this (sign-in time plus the absolute session lifetime). */
  absolute_expires_at: number;
}

export function createSessionsStore(db: Db) {
  const insert = db.prepare<
    [
      string,
      string,
      string,
      string | null,
      string | null,
      string | null,
      string | null,
      string | null,
      number,
      number,
      number,
    ]
  >(
    `INSERT INTO sessions (token_hash, api_key, operator_id, user_name, auth_key_id, user_permission, default_permissions, role_permissions, expires_at, create_time, absolute_expires_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  const find = db.prepare<[string], SessionRow>('SELECT * FROM sessions WHERE token_hash = ?');
  const caches = readCachesOf(db);
  const remove = db.prepare<[string]>('DELETE FROM sessions WHERE token_hash = ?');
  // Conditional on the session still being live, so a renewal racing its expiry cannot revive it.
  const renew = db.prepare<[string, number, string | null, string | null, string | null, string, number]>(
    `UPDATE sessions SET token_hash = ?, expires_at = min(?, absolute_expires_at), user_permission = ?,
       default_permissions = ?, role_permissions = ? WHERE token_hash = ? AND expires_at > ?`,
  );
  const removeForUser = db.prepare<[string, string]>(
    'DELETE FROM sessions WHERE operator_id = ? AND user_name = ?',
  );
  const removeOthersOfUser = db.prepare<[string, string, string]>(
    'DELETE FROM sessions WHERE operator_id = ? AND user_name = ? AND token_hash <> ?',
  );
  const purge = db.prepare<[number]>('DELETE FROM sessions WHERE expires_at <= ?');

  return {
    insert(row: SessionRow): void {
      insert.run(
        row.token_hash,
        row.api_key,
        row.operator_id,
        row.user_name,
        row.auth_key_id,
        row.user_permission,
        row.default_permissions,
        row.role_permissions,
        row.expires_at,
        row.create_time,
        row.absolute_expires_at,
      );
    },
    /**
     * The session with this token hash and API key, unless it has expired. Read from memory after the
     * first call: any change to the row (renewal, logout, revocation, deletion) drops that copy.
     */
    findLive(tokenHash: string, apiKey: string, now: number): SessionRow | undefined {
      caches.refresh();
      let row = caches.sessions.get(tokenHash);
      if (!row) {
        row = find.get(tokenHash);
        if (!row) return undefined;
        if (caches.canKeep()) {
          if (caches.sessions.size >= MAX_CACHED_SESSIONS) {
            const oldest = caches.sessions.keys().next();
            if (!oldest.done) caches.sessions.delete(oldest.value);
          }
          caches.sessions.set(tokenHash, Object.freeze(row));
        }
      }
      if (row.api_key !== apiKey) return undefined;
      if (row.expires_at <= now) {
        caches.sessions.delete(tokenHash);
        return undefined;
      }
      return row;
    },
    remove: (tokenHash: string): boolean => remove.run(tokenHash).changes > 0,
    /**
     * Swaps a live session's token, sets its expiry (never past its absolute end) and its permission
     * snapshot; false when the session is no longer live.
     */
    renew: (
      oldHash: string,
      newHash: string,
      expiresAt: number,
      snapshot: {
        userPermission: string | null;
        defaultPermissions: string | null;
        rolePermissions: string | null;
      },
      now: number,
    ): boolean =>
      renew.run(
        newHash,
        expiresAt,
        snapshot.userPermission,
        snapshot.defaultPermissions,
        snapshot.rolePermissions,
        oldHash,
        now,
      ).changes > 0,
    removeForUser: (operatorId: string, userName: string): number =>
      removeForUser.run(operatorId, userName).changes,
    /** Ends the user's sessions except the one with `keepTokenHash` (the caller's own). */
    removeOthersOfUser: (operatorId: string, userName: string, keepTokenHash: string): number =>
      removeOthersOfUser.run(operatorId, userName, keepTokenHash).changes,
    purgeExpired: (now: number): number => purge.run(now).changes,
  };
}

export type SessionsStore = ReturnType<typeof createSessionsStore>;

// SQL for sessions: hashed tokens with their expiry and the permissions fixed at sign-in.
import type { Db } from './database.ts';

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
    ]
  >(
    `INSERT INTO sessions (token_hash, api_key, operator_id, user_name, auth_key_id, user_permission, default_permissions, role_permissions, expires_at, create_time)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  const find = db.prepare<[string, string, number], SessionRow>(
    'SELECT * FROM sessions WHERE token_hash = ? AND api_key = ? AND expires_at > ?',
  );
  const remove = db.prepare<[string]>('DELETE FROM sessions WHERE token_hash = ?');
  const replace = db.prepare<[string, number, string]>(
    'UPDATE sessions SET token_hash = ?, expires_at = ? WHERE token_hash = ?',
  );
  const removeForUser = db.prepare<[string, string]>(
    'DELETE FROM sessions WHERE operator_id = ? AND user_name = ?',
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
      );
    },
    findLive: (tokenHash: string, apiKey: string, now: number): SessionRow | undefined =>
      find.get(tokenHash, apiKey, now),
    remove: (tokenHash: string): boolean => remove.run(tokenHash).changes > 0,
    replaceToken: (oldHash: string, newHash: string, expiresAt: number): boolean =>
      replace.run(newHash, expiresAt, oldHash).changes > 0,
    removeForUser: (operatorId: string, userName: string): number =>
      removeForUser.run(operatorId, userName).changes,
    purgeExpired: (now: number): number => purge.run(now).changes,
  };
}

export type SessionsStore = ReturnType<typeof createSessionsStore>;

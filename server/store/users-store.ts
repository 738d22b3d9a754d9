// SQL for SAM users, their AuthKeys, passwords, permissions and MFA state.
import type { MfaStatus } from '../../src/lib/sam-rules.ts';
import type { SecretBox } from '../auth/secret-box.ts';
import type { Db } from './database.ts';

export interface UserRow {
  operator_id: string;
  user_name: string;
  description: string;
  password_hash: string | null;
  permission: string | null;
  mfa_status: MfaStatus;
  /** The TOTP secret in clear: sealed with the secret box in the database, opened when read. */
  mfa_secret: string | null;
  mfa_last_step: number | null;
  /** Who may switch to this user (a JSON string); null when nobody may. */
  trust_policy: string | null;
  create_time: number;
  update_time: number;
  last_sign_in_time: number | null;
}

export interface AuthKeyRow {
  auth_key_id: string;
  operator_id: string;
  user_name: string;
  secret_hash: string;
  create_time: number;
  last_used_time: number | null;
}

export type CreateUserOutcome = 'created' | 'exists' | 'limit';

export function createUsersStore(db: Db, box: SecretBox) {
  const opened = (row: UserRow): UserRow =>
    row.mfa_secret === null ? row : { ...row, mfa_secret: box.open(row.mfa_secret) };

  const count = db.prepare<[string], { n: number }>('SELECT count(*) AS n FROM users WHERE operator_id = ?');
  const list = db.prepare<[string], UserRow>('SELECT * FROM users WHERE operator_id = ? ORDER BY user_name');
  const one = db.prepare<[string, string], UserRow>(
    'SELECT * FROM users WHERE operator_id = ? AND user_name = ?',
  );
  const insert = db.prepare<[string, string, string, number, number]>(
    'INSERT INTO users (operator_id, user_name, description, create_time, update_time) VALUES (?, ?, ?, ?, ?)',
  );
  const setDescription = db.prepare<[string, number, string, string]>(
    'UPDATE users SET description = ?, update_time = ? WHERE operator_id = ? AND user_name = ?',
  );
  const remove = db.prepare<[string, string]>('DELETE FROM users WHERE operator_id = ? AND user_name = ?');
  const setPassword = db.prepare<[string | null, number, string, string]>(
    'UPDATE users SET password_hash = ?, update_time = ? WHERE operator_id = ? AND user_name = ?',
  );
  const setTrustPolicy = db.prepare<[string | null, number, string, string]>(
    'UPDATE users SET trust_policy = ?, update_time = ? WHERE operator_id = ? AND user_name = ?',
  );
  const setPermission = db.prepare<[string | null, number, string, string]>(
    'UPDATE users SET permission = ?, update_time = ? WHERE operator_id = ? AND user_name = ?',
  );
  const setMfa = db.prepare<[MfaStatus, string | null, number | null, number, string, string]>(
    'UPDATE users SET mfa_status = ?, mfa_secret = ?, mfa_last_step = ?, update_time = ? WHERE operator_id = ? AND user_name = ?',
  );
  // Conditional, so two requests racing with the same code cannot both win.
  const claimMfaStep = db.prepare<[number, string, string, number]>(
    'UPDATE users SET mfa_last_step = ? WHERE operator_id = ? AND user_name = ? AND (mfa_last_step IS NULL OR mfa_last_step < ?)',
  );
  // Conditional on the hash the current password was checked against, so a change made meanwhile is not overwritten.
  const replacePassword = db.prepare<[string, number, string, string, string]>(
    'UPDATE users SET password_hash = ?, update_time = ? WHERE operator_id = ? AND user_name = ? AND password_hash = ?',
  );
  const setFirstPassword = db.prepare<[string, number, string, string]>(
    'UPDATE users SET password_hash = ?, update_time = ? WHERE operator_id = ? AND user_name = ? AND password_hash IS NULL',
  );
  const keysOfOperator = db.prepare<[string], AuthKeyRow>(
    'SELECT * FROM auth_keys WHERE operator_id = ? ORDER BY create_time, rowid',
  );
  const keysOfUser = db.prepare<[string, string], AuthKeyRow>(
    'SELECT * FROM auth_keys WHERE operator_id = ? AND user_name = ? ORDER BY create_time, rowid',
  );
  const keyById = db.prepare<[string], AuthKeyRow>('SELECT * FROM auth_keys WHERE auth_key_id = ?');
  const insertKey = db.prepare<[string, string, string, string, number]>(
    'INSERT INTO auth_keys (auth_key_id, operator_id, user_name, secret_hash, create_time) VALUES (?, ?, ?, ?, ?)',
  );
  const removeKey = db.prepare<[string, string, string]>(
    'DELETE FROM auth_keys WHERE operator_id = ? AND user_name = ? AND auth_key_id = ?',
  );
  const touchKey = db.prepare<[number, string]>(
    'UPDATE auth_keys SET last_used_time = ? WHERE auth_key_id = ?',
  );
  // Not update_time: signing in is activity, not a change to the user.
  const touchSignIn = db.prepare<[number, string, string]>(
    'UPDATE users SET last_sign_in_time = ? WHERE operator_id = ? AND user_name = ?',
  );

  const createWithinLimit = db.transaction(
    (
      operatorId: string,
      userName: string,
      description: string,
      now: number,
      maxUsers: number,
    ): CreateUserOutcome => {
      if (one.get(operatorId, userName)) return 'exists';
      if ((count.get(operatorId)?.n ?? 0) >= maxUsers) return 'limit';
      insert.run(operatorId, userName, description, now, now);
      return 'created';
    },
  );

  return {
    list: (operatorId: string): UserRow[] => list.all(operatorId).map(opened),
    get: (operatorId: string, userName: string): UserRow | undefined => {
      const row = one.get(operatorId, userName);
      return row && opened(row);
    },
    create: (
      operatorId: string,
      userName: string,
      description: string,
      now: number,
      maxUsers: number,
    ): CreateUserOutcome => createWithinLimit(operatorId, userName, description, now, maxUsers),
    setDescription: (operatorId: string, userName: string, description: string, now: number): boolean =>
      setDescription.run(description, now, operatorId, userName).changes > 0,
    remove: (operatorId: string, userName: string): boolean => remove.run(operatorId, userName).changes > 0,
    setPasswordHash: (operatorId: string, userName: string, hash: string | null, now: number): boolean =>
      setPassword.run(hash, now, operatorId, userName).changes > 0,
    /** Sets the user's own permission document; null removes it. */
    setPermission: (operatorId: string, userName: string, document: string | null, now: number): boolean =>
      setPermission.run(document, now, operatorId, userName).changes > 0,
    /** Sets who may switch to the user; null removes the trust policy. */
    setTrustPolicy: (operatorId: string, userName: string, policy: string | null, now: number): boolean =>
      setTrustPolicy.run(policy, now, operatorId, userName).changes > 0,
    setMfa: (
      operatorId: string,
      userName: string,
      status: MfaStatus,
      secret: string | null,
      lastStep: number | null,
      now: number,
    ): boolean =>
      setMfa.run(status, secret === null ? null : box.seal(secret), lastStep, now, operatorId, userName)
        .changes > 0,
    /** Records a TOTP step as used; false when it (or a later one) was already used. */
    claimMfaStep: (operatorId: string, userName: string, step: number): boolean =>
      claimMfaStep.run(step, operatorId, userName, step).changes > 0,
    /** Replaces the password only while it is still `expectedHash`; false when it changed or went meanwhile. */
    replacePasswordHash: (
      operatorId: string,
      userName: string,
      expectedHash: string,
      hash: string,
      now: number,
    ): boolean => replacePassword.run(hash, now, operatorId, userName, expectedHash).changes > 0,
    /** Sets a password only where there is none yet; false otherwise. */
    setFirstPasswordHash: (operatorId: string, userName: string, hash: string, now: number): boolean =>
      setFirstPassword.run(hash, now, operatorId, userName).changes > 0,
    authKeysOfOperator: (operatorId: string): AuthKeyRow[] => keysOfOperator.all(operatorId),
    authKeysOf: (operatorId: string, userName: string): AuthKeyRow[] => keysOfUser.all(operatorId, userName),
    authKey: (authKeyId: string): AuthKeyRow | undefined => keyById.get(authKeyId),
    insertAuthKey: (row: Omit<AuthKeyRow, 'last_used_time'>): void => {
      insertKey.run(row.auth_key_id, row.operator_id, row.user_name, row.secret_hash, row.create_time);
    },
    removeAuthKey: (operatorId: string, userName: string, authKeyId: string): boolean =>
      removeKey.run(operatorId, userName, authKeyId).changes > 0,
    touchAuthKey: (authKeyId: string, now: number): void => {
      touchKey.run(now, authKeyId);
    },
    /** Records a successful sign-in of the user (password or AuthKey). */
    recordSignIn: (operatorId: string, userName: string, now: number): void => {
      touchSignIn.run(now, operatorId, userName);
    },
  };
}

export type UsersStore = ReturnType<typeof createUsersStore>;

// Opens the SQLite file, sets the durability pragmas and applies pending migrations.
import { chmodSync, closeSync, existsSync, mkdirSync, openSync } from 'node:fs';
import { dirname } from 'node:path';
import Database from 'better-sqlite3';

export type Db = Database.Database;

/** Each entry runs once, in order, inside one transaction; PRAGMA user_version counts them. */
const MIGRATIONS: readonly string[] = [
  `
  CREATE TABLE operators (
    operator_id TEXT PRIMARY KEY,
    email TEXT NOT NULL UNIQUE,
    password_hash TEXT NOT NULL,
    default_permissions TEXT NOT NULL,
    create_time INTEGER NOT NULL
  );
  CREATE TABLE users (
    operator_id TEXT NOT NULL REFERENCES operators(operator_id) ON DELETE CASCADE,
    user_name TEXT NOT NULL,
    description TEXT NOT NULL DEFAULT '',
    password_hash TEXT,
    permission TEXT,
    mfa_status TEXT NOT NULL DEFAULT 'INACTIVE' CHECK (mfa_status IN ('INACTIVE', 'UNCONFIRMED', 'ACTIVE')),
    mfa_secret TEXT,
    mfa_last_step INTEGER,
    create_time INTEGER NOT NULL,
    update_time INTEGER NOT NULL,
    PRIMARY KEY (operator_id, user_name)
  );
  CREATE TABLE auth_keys (
    auth_key_id TEXT PRIMARY KEY,
    operator_id TEXT NOT NULL,
    user_name TEXT NOT NULL,
    secret_hash TEXT NOT NULL,
    create_time INTEGER NOT NULL,
    last_used_time INTEGER,
    FOREIGN KEY (operator_id, user_name) REFERENCES users(operator_id, user_name) ON DELETE CASCADE
  );
  CREATE INDEX auth_keys_by_user ON auth_keys(operator_id, user_name);
  CREATE TABLE sessions (
    token_hash TEXT PRIMARY KEY,
    api_key TEXT NOT NULL,
    operator_id TEXT NOT NULL REFERENCES operators(operator_id) ON DELETE CASCADE,
    user_name TEXT,
    auth_key_id TEXT REFERENCES auth_keys(auth_key_id) ON DELETE CASCADE,
    user_permission TEXT,
    default_permissions TEXT,
    expires_at INTEGER NOT NULL,
    create_time INTEGER NOT NULL,
    FOREIGN KEY (operator_id, user_name) REFERENCES users(operator_id, user_name) ON DELETE CASCADE
  );
  CREATE INDEX sessions_by_user ON sessions(operator_id, user_name);
  CREATE INDEX sessions_by_api_key ON sessions(api_key);
  `,
  // When the user last signed in, with a password or one of their AuthKeys (NULL: never since this was kept).
  `
  ALTER TABLE users ADD COLUMN last_sign_in_time INTEGER;
  `,
  // Roles, the users they are attached to, trust policies, and the role documents fixed into a session.
  // A role with users attached cannot be deleted (RESTRICT), as Soracom refuses it; a deleted user
  // takes their attachments along.
  `
  CREATE TABLE roles (
    operator_id TEXT NOT NULL REFERENCES operators(operator_id) ON DELETE CASCADE,
    role_id TEXT NOT NULL,
    description TEXT NOT NULL DEFAULT '',
    permission TEXT NOT NULL,
    create_time INTEGER NOT NULL,
    update_time INTEGER NOT NULL,
    PRIMARY KEY (operator_id, role_id)
  );
  CREATE TABLE user_roles (
    operator_id TEXT NOT NULL,
    user_name TEXT NOT NULL,
    role_id TEXT NOT NULL,
    attach_time INTEGER NOT NULL,
    PRIMARY KEY (operator_id, user_name, role_id),
    FOREIGN KEY (operator_id, user_name) REFERENCES users(operator_id, user_name) ON DELETE CASCADE,
    FOREIGN KEY (operator_id, role_id) REFERENCES roles(operator_id, role_id) ON DELETE RESTRICT
  );
  CREATE INDEX user_roles_by_role ON user_roles(operator_id, role_id);
  ALTER TABLE users ADD COLUMN trust_policy TEXT;
  ALTER TABLE sessions ADD COLUMN role_permissions TEXT;
  `,
  // Hardening: an absolute end for every session, sign-in failure counters and the audit log.
  `
  ALTER TABLE sessions ADD COLUMN absolute_expires_at INTEGER NOT NULL DEFAULT 0;
  UPDATE sessions SET absolute_expires_at = create_time + 86400;
  CREATE TABLE sign_in_failures (
    throttle_key TEXT PRIMARY KEY,
    failures INTEGER NOT NULL,
    window_start INTEGER NOT NULL,
    blocked_until INTEGER NOT NULL
  );
  CREATE TABLE audit_log (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    time_ms INTEGER NOT NULL,
    operator_id TEXT,
    actor_user_name TEXT,
    address TEXT,
    event TEXT NOT NULL,
    request_path TEXT,
    status_code INTEGER NOT NULL,
    target_user_name TEXT,
    account TEXT,
    detail TEXT,
    before_digest TEXT,
    after_digest TEXT,
    before_text TEXT,
    after_text TEXT
  );
  CREATE INDEX audit_log_by_operator ON audit_log(operator_id, time_ms);
  CREATE INDEX audit_log_by_time ON audit_log(time_ms);
  `,
];

export const SCHEMA_VERSION = MIGRATIONS.length;

export function migrate(db: Db): void {
  const current = Number(db.pragma('user_version', { simple: true }));
  if (current > MIGRATIONS.length) {
    throw new Error(
      `The database is at schema version ${current}, newer than this server (${MIGRATIONS.length}).`,
    );
  }
  for (let version = current; version < MIGRATIONS.length; version += 1) {
    const sql = MIGRATIONS[version] ?? '';
    db.transaction(() => {
      db.exec(sql);
      db.pragma(`user_version = ${version + 1}`);
    })();
  }
}

/**
 * The database file, created (or narrowed) to 0600 before SQLite opens it: SQLite gives its -wal and
 * -shm files the main file's mode, so all three stay readable by the server's user alone.
 */
function ownerOnlyFile(path: string): void {
  mkdirSync(dirname(path), { recursive: true });
  closeSync(openSync(path, 'a', 0o600));
  for (const file of [path, `${path}-wal`, `${path}-shm`]) {
    if (existsSync(file)) chmodSync(file, 0o600);
  }
}

/** `:memory:` or a file path; the file's folder is created when missing. */
export function openDatabase(path: string): Db {
  if (path !== ':memory:') ownerOnlyFile(path);
  const db = new Database(path);
  db.pragma('journal_mode = WAL');
  // FULL: a commit is on disk before the 2xx that reports it goes out.
  db.pragma('synchronous = FULL');
  db.pragma('foreign_keys = ON');
  db.pragma('busy_timeout = 5000');
  migrate(db);
  return db;
}

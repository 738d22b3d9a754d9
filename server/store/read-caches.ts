// In-memory copies of hot reads (live sessions, listUsers, getUser), dropped by SQLite itself whenever a row they depend on changes.
import type { Db } from './database.ts';
import type { SessionRow } from './sessions-store.ts';

/** An answer serialised once (listUsers, getUser), with its entity tag and, once asked for, its compressed forms. */
export interface CachedJson {
  json: string;
  etag: string;
  /** The JSON's size in bytes (whether it is worth compressing). */
  bytes: number;
  br?: Buffer;
  gzip?: Buffer;
}

export interface ReadCaches {
  /** Live sessions by token hash, as read from the database. */
  readonly sessions: Map<string, SessionRow>;
  /** listUsers answers by operator ID. */
  readonly userLists: Map<string, CachedJson>;
  /** getUser answers by operator ID, then user name. */
  readonly userDetails: Map<string, Map<string, CachedJson>>;
  /**
   * Call before reading a cache: empties them all when another connection (another process on the
   * same file) wrote since the last check, since its writes do not run this connection's triggers.
   * Checked once per synchronous run of code (a request's auth hook and its handler share one).
   */
  refresh(): void;
  /** May a row just read be kept? Not inside a transaction, which may still roll back what it read. */
  canKeep(): boolean;
}

/** Beyond this many live sessions in memory the oldest entries go (they are read again when used). */
export const MAX_CACHED_SESSIONS = 10_000;

/**
 * The tables whose rows listUsers and getUser show. A change to any of them (through any code path,
 * a cascade included) drops that operator's cached list and user details.
 */
const USER_LIST_TABLES = ['users', 'auth_keys', 'user_roles', 'roles'] as const;

const cachesByConnection = new WeakMap<Db, ReadCaches>();

/**
 * The caches of one database connection, made on first use. Temporary triggers (they live with this
 * connection only and never touch the file's schema) call back into this process on every insert,
 * update and delete, cascades included, so no write path can leave a stale copy behind.
 */
export function readCachesOf(db: Db): ReadCaches {
  const existing = cachesByConnection.get(db);
  if (existing) return existing;

  const sessions = new Map<string, SessionRow>();
  const userLists = new Map<string, CachedJson>();
  const userDetails = new Map<string, Map<string, CachedJson>>();
  const dataVersion = db.prepare<[], number>('PRAGMA data_version').pluck();
  let seenVersion = dataVersion.get();
  // Reading data_version opens a read transaction (shared-memory locks, system calls): about a fifth
  // of a cached getUser's time when the session's lookup and the handler each read it. Within one
  // synchronous run nothing this process answers can have learnt of another process's commit, so one
  // check serves the whole run; the next run (after any await or I/O) checks again.
  let checkedThisRun = false;
  const endRun = () => {
    checkedThisRun = false;
  };

  db.function('sam_cache_drop_user_list', { deterministic: false }, (operatorId: unknown) => {
    if (typeof operatorId === 'string') {
      userLists.delete(operatorId);
      userDetails.delete(operatorId);
    } else {
      userLists.clear();
      userDetails.clear();
    }
    return null;
  });
  db.function('sam_cache_drop_session', { deterministic: false }, (tokenHash: unknown) => {
    if (typeof tokenHash === 'string') sessions.delete(tokenHash);
    else sessions.clear();
    return null;
  });

  const triggers: string[] = [];
  for (const table of USER_LIST_TABLES) {
    triggers.push(
      `CREATE TEMP TRIGGER IF NOT EXISTS sam_cache_${table}_insert AFTER INSERT ON main.${table}
         BEGIN SELECT sam_cache_drop_user_list(NEW.operator_id); END;`,
      `CREATE TEMP TRIGGER IF NOT EXISTS sam_cache_${table}_update AFTER UPDATE ON main.${table}
         BEGIN SELECT sam_cache_drop_user_list(OLD.operator_id); SELECT sam_cache_drop_user_list(NEW.operator_id); END;`,
      `CREATE TEMP TRIGGER IF NOT EXISTS sam_cache_${table}_delete AFTER DELETE ON main.${table}
         BEGIN SELECT sam_cache_drop_user_list(OLD.operator_id); END;`,
    );
  }
  // A new session needs nothing dropped: a miss reads it. Renewal (a new hash), logout, revocation,
  // password changes, expiry purges and deleted users or AuthKeys (cascades) all end here.
  triggers.push(
    `CREATE TEMP TRIGGER IF NOT EXISTS sam_cache_sessions_update AFTER UPDATE ON main.sessions
       BEGIN SELECT sam_cache_drop_session(OLD.token_hash); SELECT sam_cache_drop_session(NEW.token_hash); END;`,
    `CREATE TEMP TRIGGER IF NOT EXISTS sam_cache_sessions_delete AFTER DELETE ON main.sessions
       BEGIN SELECT sam_cache_drop_session(OLD.token_hash); END;`,
  );
  db.exec(triggers.join('\n'));

  const caches: ReadCaches = {
    sessions,
    userLists,
    userDetails,
    refresh() {
      if (checkedThisRun) return;
      checkedThisRun = true;
      queueMicrotask(endRun);
      const version = dataVersion.get();
      if (version === seenVersion) return;
      seenVersion = version;
      sessions.clear();
      userLists.clear();
      userDetails.clear();
    },
    canKeep: () => !db.inTransaction,
  };
  cachesByConnection.set(db, caches);
  return caches;
}

// SQL for the audit log: sign-ins and every change to users, credentials and permissions, newest first.
import type { Db } from './database.ts';

export interface AuditRow {
  id: number;
  time_ms: number;
  /** Null for a sign-in failure that names no known operator. */
  operator_id: string | null;
  /** The SAM user who acted; null for the root user (or no one yet, for a sign-in). */
  actor_user_name: string | null;
  address: string | null;
  /** What happened: the operationId, e.g. `auth` (a sign-in), `updateUserPermission`. */
  event: string;
  request_path: string | null;
  status_code: number;
  /** The SAM user the change was made to. */
  target_user_name: string | null;
  /** For sign-ins: the account tried (an email, operator/user or AuthKey ID), never a secret. */
  account: string | null;
  /** A short JSON note, e.g. `{"reason":"credentials"}`. */
  detail: string | null;
  before_digest: string | null;
  after_digest: string | null;
  /** Kept only for changes whose values are not secret (permission documents, descriptions). */
  before_text: string | null;
  after_text: string | null;
}

export type NewAuditEntry = Omit<AuditRow, 'id'>;

export interface AuditQuery {
  operatorId: string;
  /** Entries strictly older than this (ms), for paging. */
  beforeMs?: number;
  fromMs?: number;
  toMs?: number;
  /** Only these events (operationIds); all when omitted. */
  events?: readonly string[];
  /** Only entries about this SAM user (the target) or by them (the actor); all when omitted. */
  userName?: string;
  limit: number;
}

export function createAuditStore(db: Db) {
  const insert = db.prepare<
    [
      number,
      string | null,
      string | null,
      string | null,
      string,
      string | null,
      number,
      string | null,
      string | null,
      string | null,
      string | null,
      string | null,
      string | null,
      string | null,
    ]
  >(
    `INSERT INTO audit_log (time_ms, operator_id, actor_user_name, address, event, request_path, status_code,
       target_user_name, account, detail, before_digest, after_digest, before_text, after_text)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  // One statement for every filter: a null filter matches all. Newest first; id breaks ties within a millisecond.
  const page = db.prepare<[string, number, number, number, ...(string | null)[], number], AuditRow>(
    `SELECT * FROM audit_log WHERE operator_id = ? AND time_ms >= ? AND time_ms <= ? AND time_ms < ?
       AND (? IS NULL OR event IN (SELECT value FROM json_each(?)))
       AND (? IS NULL OR target_user_name = ? OR actor_user_name = ?)
     ORDER BY time_ms DESC, id DESC LIMIT ?`,
  );
  const prune = db.prepare<[number]>('DELETE FROM audit_log WHERE time_ms < ?');
  const count = db.prepare<[], { n: number }>('SELECT count(*) AS n FROM audit_log');

  return {
    insert(entry: NewAuditEntry): void {
      insert.run(
        entry.time_ms,
        entry.operator_id,
        entry.actor_user_name,
        entry.address,
        entry.event,
        entry.request_path,
        entry.status_code,
        entry.target_user_name,
        entry.account,
        entry.detail,
        entry.before_digest,
        entry.after_digest,
        entry.before_text,
        entry.after_text,
      );
    },
    list(query: AuditQuery): AuditRow[] {
      const events = query.events === undefined ? null : JSON.stringify([...new Set(query.events)]);
      const userName = query.userName ?? null;
      return page.all(
        query.operatorId,
        query.fromMs ?? 0,
        query.toMs ?? Number.MAX_SAFE_INTEGER,
        query.beforeMs ?? Number.MAX_SAFE_INTEGER,
        events,
        events,
        userName,
        userName,
        userName,
        query.limit,
      );
    },
    /** Deletes entries older than `cutoffMs`; answers how many went. */
    prune: (cutoffMs: number): number => prune.run(cutoffMs).changes,
    count: (): number => count.get()?.n ?? 0,
  };
}

export type AuditStore = ReturnType<typeof createAuditStore>;

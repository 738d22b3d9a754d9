// What goes into the audit log and how: who did what to whom, with digests of before and after, never a secret.
import { createHash } from 'node:crypto';
import type { FastifyRequest } from 'fastify';
import type { AuditStore, NewAuditEntry } from '../store/audit-store.ts';
import type { SamStore } from '../store/sam-store.ts';
import type { UserRow } from '../store/users-store.ts';

/** Who made a request and from where, as the audit log records it. */
export interface AuditActor {
  operatorId: string | null;
  /** Null for the root user. */
  userName: string | null;
  address: string;
  requestPath: string;
}

export function actorOf(request: FastifyRequest): AuditActor {
  const session = request.samSession;
  return {
    operatorId: session?.operatorId ?? null,
    userName: session?.kind === 'samUser' ? session.principal.userName : null,
    address: request.ip,
    requestPath: request.url.split('?')[0] ?? request.url,
  };
}

/** A SHA-256 of a value's JSON, to tell states apart without keeping them. */
export function digestOf(value: unknown): string {
  return createHash('sha256').update(JSON.stringify(value)).digest('hex');
}

/**
 * The state of a user the log compares before and after a change. Credentials appear only as
 * digests of their stored hashes and seals, so the log shows that they changed and nothing else.
 */
export function userState(row: UserRow | undefined, authKeyIds: readonly string[] = []): unknown {
  if (!row) return null;
  return {
    userName: row.user_name,
    description: row.description,
    permission: row.permission,
    password: row.password_hash === null ? null : digestOf(row.password_hash),
    mfaStatus: row.mfa_status,
    mfa: row.mfa_secret === null ? null : digestOf(row.mfa_secret),
    authKeyIds,
  };
}

export interface AuditChange {
  event: string;
  statusCode: number;
  targetUserName?: string | null;
  before?: unknown;
  after?: unknown;
  /** Only for values that are not secret: permission documents and descriptions. */
  beforeText?: string | null;
  afterText?: string | null;
  account?: string | null;
  detail?: Record<string, string | number | boolean>;
}

export function auditEntry(actor: AuditActor, change: AuditChange, nowMs: number): NewAuditEntry {
  const digest = (value: unknown) => (value === undefined ? null : digestOf(value));
  return {
    time_ms: nowMs,
    operator_id: actor.operatorId,
    actor_user_name: actor.userName,
    address: actor.address,
    event: change.event,
    request_path: actor.requestPath,
    status_code: change.statusCode,
    target_user_name: change.targetUserName ?? null,
    account: change.account ?? null,
    detail: change.detail === undefined ? null : JSON.stringify(change.detail),
    before_digest: digest(change.before),
    after_digest: digest(change.after),
    before_text: change.beforeText ?? null,
    after_text: change.afterText ?? null,
  };
}

export function recordAudit(audit: AuditStore, actor: AuditActor, change: AuditChange, now: Date): void {
  audit.insert(auditEntry(actor, change, now.getTime()));
}

/**
 * Runs a change and writes its audit entry in one transaction: if either fails, neither is kept.
 * `describe` sees the change's result (and may read the store again for the state after).
 */
export function withAudit<T>(
  deps: { store: SamStore; now: () => Date },
  request: FastifyRequest,
  apply: () => T,
  describe: (result: T) => AuditChange,
): T {
  return deps.store.db.transaction(() => {
    const result = apply();
    recordAudit(deps.store.audit, actorOf(request), describe(result), deps.now());
    return result;
  })();
}

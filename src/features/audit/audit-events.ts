// What an audit entry is, for the history and activity views: its kind, its outcome and the diff of its documents.
import { diffLines } from 'diff';
import { formatPermission } from '../../permissions/index.ts';
import type { ApiAuditLogEntry } from '../../api/index.ts';

/** The kinds the activity page filters by, each the events (operationIds) it covers. */
export const auditKinds = {
  signIn: ['auth', 'switchUser', 'logout', 'generateAuthToken', 'revokeUserAuthTokens'],
  credential: [
    'createUserPassword',
    'updateUserPassword',
    'deleteUserPassword',
    'generateUserAuthKey',
    'deleteUserAuthKey',
    'enableUserMFA',
    'verifyUserMFA',
    'revokeUserMFA',
  ],
  permission: [
    'updateUserPermission',
    'deleteUserPermission',
    'updateDefaultPermissions',
    'deleteDefaultPermissions',
  ],
  role: ['createRole', 'updateRole', 'deleteRole', 'attachRole', 'detachRole'],
  user: ['createUser', 'updateUser', 'deleteUser', 'updateUserTrustPolicy', 'deleteUserTrustPolicy'],
} as const;

export type AuditKind = keyof typeof auditKinds;
export type AuditEvent = (typeof auditKinds)[AuditKind][number];

export const auditKindIds = Object.keys(auditKinds) as AuditKind[];

export function isAuditKind(value: string | null | undefined): value is AuditKind {
  return value !== null && value !== undefined && Object.hasOwn(auditKinds, value);
}

const knownEvents = new Set<string>(Object.values(auditKinds).flat());

/** The entry's event when the console knows it (the local API names it); Soracom's entries have none. */
export function eventOf(entry: ApiAuditLogEntry): AuditEvent | null {
  return entry.event !== undefined && knownEvents.has(entry.event) ? (entry.event as AuditEvent) : null;
}

/** Whether the call succeeded: a 4xx or 5xx is a failure (a wrong password, a refused switch). */
export function succeeded(entry: ApiAuditLogEntry): boolean {
  return entry.statusCode === undefined || entry.statusCode < 400;
}

export type DiffLineKind = 'added' | 'removed' | 'unchanged';

export interface DiffLine {
  kind: DiffLineKind;
  text: string;
}

/** Whether the entry kept documents before and after that differ (permissions, role documents, trust policies, descriptions). */
export function hasDocuments(entry: ApiAuditLogEntry): boolean {
  return (
    (entry.before !== undefined || entry.after !== undefined) && (entry.before ?? '') !== (entry.after ?? '')
  );
}

/**
 * A line diff of what the entry kept before and after. Permission documents are laid out first
 * (they are stored as typed, often on one line), so the diff shows what changed in content.
 */
export function entryDiff(entry: ApiAuditLogEntry): DiffLine[] {
  const layOut = (text: string) => (text === '' ? '' : (formatPermission(text) ?? text));
  const before = layOut(entry.before ?? '');
  const after = layOut(entry.after ?? '');
  const lines: DiffLine[] = [];
  for (const change of diffLines(before, after)) {
    const kind: DiffLineKind = change.added ? 'added' : change.removed ? 'removed' : 'unchanged';
    const texts = change.value.split('\n');
    if (texts[texts.length - 1] === '') texts.pop();
    for (const text of texts) lines.push({ kind, text });
  }
  return lines;
}

/** The sign-in method and failure reason the local API notes in `detail`. */
export function detailText(entry: ApiAuditLogEntry, key: string): string | undefined {
  const value = entry.detail?.[key];
  return typeof value === 'string' ? value : undefined;
}

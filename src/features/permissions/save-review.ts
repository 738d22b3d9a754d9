// What the save dialog shows: a line diff of the document, the access delta by API group, and the broad grants to confirm.
import { diffLines } from 'diff';
import {
  accessDelta,
  sourcesDelta,
  operationsNamedBy,
  broadGrantsAdded,
  evaluateCall,
  formatPermission,
  type AccessChange,
  type AccessDelta,
  type ApiCatalogue,
} from '../../permissions/index.ts';
import { messages } from '../../i18n/i18n-store.ts';

export type DiffLineKind = 'added' | 'removed' | 'unchanged';

export interface DiffLine {
  kind: DiffLineKind;
  text: string;
  /** Line number in the saved document (removed and unchanged lines). */
  oldNumber: number | null;
  /** Line number in the new document (added and unchanged lines). */
  newNumber: number | null;
}

export interface DocumentDiff {
  lines: DiffLine[];
  added: number;
  removed: number;
  /** Both sides were laid out the same way first, because the draft's own layout differs (it is saved as typed). */
  laidOut?: boolean;
}

/**
 * The diff shown before saving. A draft typed or pasted on one line would show every line as
 * changed against the laid-out saved document; when the draft is not laid out, both sides are,
 * so the diff shows what changes in content.
 */
export function reviewDiff(baseline: string, draft: string): DocumentDiff {
  const formatted = formatPermission(draft);
  if (formatted === null || formatted === draft) return documentDiff(baseline, draft);
  const before = baseline === '' ? '' : (formatPermission(baseline) ?? baseline);
  return { ...documentDiff(before, formatted), laidOut: true };
}

function splitLines(value: string): string[] {
  const lines = value.split('\n');
  // diffLines keeps each line's newline; the piece after the last one is empty.
  if (lines.length > 1 && lines[lines.length - 1] === '') lines.pop();
  return lines;
}

/** A line diff of the saved document (empty when there was none) against the draft. */
export function documentDiff(before: string, after: string): DocumentDiff {
  const lines: DiffLine[] = [];
  let oldNumber = 1;
  let newNumber = 1;
  let added = 0;
  let removed = 0;
  for (const change of diffLines(before, after)) {
    if (change.value === '') continue;
    for (const text of splitLines(change.value)) {
      if (change.added) {
        lines.push({ kind: 'added', text, oldNumber: null, newNumber: newNumber++ });
        added++;
      } else if (change.removed) {
        lines.push({ kind: 'removed', text, oldNumber: oldNumber++, newNumber: null });
        removed++;
      } else {
        lines.push({ kind: 'unchanged', text, oldNumber: oldNumber++, newNumber: newNumber++ });
      }
    }
  }
  return { lines, added, removed };
}

/** The marker a diff line starts with, so the kind reads without colour. */
export function diffMarker(kind: DiffLineKind): '+' | '-' | ' ' {
  return kind === 'added' ? '+' : kind === 'removed' ? '-' : ' ';
}

export interface GroupChanges {
  group: string;
  /** Operations in the group (from the catalogue). */
  total: number;
  changes: AccessChange[];
}

export interface AccessDeltaSummary {
  newlyAllowed: GroupChanges[];
  newlyDenied: GroupChanges[];
  allowedCount: number;
  deniedCount: number;
}

function byGroup(changes: readonly AccessChange[], catalogue: ApiCatalogue): GroupChanges[] {
  const groups = new Map<string, GroupChanges>();
  for (const change of changes) {
    const group = catalogue.get(change.api)?.group ?? change.api.split(':')[0] ?? change.api;
    let entry = groups.get(group);
    if (!entry) {
      entry = { group, total: catalogue.countMatching(`${group}:*`), changes: [] };
      groups.set(group, entry);
    }
    entry.changes.push(change);
  }
  return [...groups.values()].sort((a, b) => a.group.localeCompare(b.group));
}

export interface SaveReview {
  diff: DocumentDiff;
  delta: AccessDeltaSummary;
  /** Broad patterns (`*`, `User:*`, ...) the draft grants that the saved document did not. */
  broadGrants: string[];
  /** Operations on their own user that the signed-in SAM user can call now and could not after this change (editing their own permission only). */
  selfLockout: string[];
  /** On the default permissions page: how each SAM user's access changes, with their own permission; null when the users are unknown. */
  userImpact: UserImpact[] | null;
}

/** How a change of the default permissions changes one user's access (their own permission included). */
export interface UserImpact {
  userName: string;
  newlyAllowed: readonly AccessChange[];
  newlyDenied: readonly AccessChange[];
}

/** A SAM user as the default permissions page knows them: their own permission ('' or absent when none). */
export interface OtherUser {
  userName: string;
  permission?: string;
}

/**
 * The users whose access a change of the default permissions changes, most operations lost first.
 * The delta of the defaults alone can hide a lockout: a deny added here overrides each user's own
 * allows, which only shows once their permission is combined.
 */
export function defaultsImpact(
  saved: string | null,
  draft: string,
  users: readonly OtherUser[],
  catalogue: ApiCatalogue,
): UserImpact[] {
  return impactOn(users, (own) => accessDelta(saved, draft, own, catalogue));
}

/**
 * The users `deltaFor` finds a change of access for, most operations lost first. It gets each user's
 * own permission, null when they have none.
 */
function impactOn<U extends OtherUser>(
  users: readonly U[],
  deltaFor: (own: string | null, user: U) => AccessDelta,
): UserImpact[] {
  const impact: UserImpact[] = [];
  for (const user of users) {
    const own = user.permission === undefined || user.permission.trim() === '' ? null : user.permission;
    const delta = deltaFor(own, user);
    if (delta.newlyAllowed.length > 0 || delta.newlyDenied.length > 0)
      impact.push({ userName: user.userName, ...delta });
  }
  return impact.sort(
    (a, b) =>
      b.newlyDenied.length - a.newlyDenied.length ||
      b.newlyAllowed.length - a.newlyAllowed.length ||
      a.userName.localeCompare(b.userName),
  );
}

/** A user a role is attached to: their own permission and the other roles they have. */
export interface AttachedUser {
  userName: string;
  permission?: string;
  /** The permission documents of their other roles (not the one being edited). */
  otherRoles: readonly string[];
}

/**
 * How a change of one role reaches each user it is attached to (with their own permission, their
 * other roles and the defaults), most operations lost first: a deny in the role beats their allows.
 */
export function roleImpact(
  saved: string | null,
  draft: string,
  users: readonly AttachedUser[],
  defaults: string | null,
  catalogue: ApiCatalogue,
): UserImpact[] {
  // Only what the role names, before or after, can change for anyone it is attached to.
  const touched = operationsNamedBy([saved, draft], catalogue);
  return impactOn(users, (own, user) => {
    const others = [...user.otherRoles];
    return sourcesDelta(
      { user: own, roles: saved === null ? others : [...others, saved], defaults },
      { user: own, roles: [...others, draft], defaults },
      catalogue,
      touched,
    );
  });
}

/** The signed-in SAM user, when they are editing their own permission. */
export interface SelfEdit {
  userName: string;
  operatorId: string;
  /** When the check is made (conditions on the date). */
  now: Date;
}

/** What a SAM user needs to put their own permission back: losing it means only root can undo the change. */
const SELF_RECOVERY_APIS = ['User:updateUserPermission', 'User:getUserPermission'] as const;

/**
 * The recovery operations the signed-in user may call on their own user with the saved document
 * and may not with the draft (both combined with the defaults). The client address is unknown here,
 * so an allow that needs ipAddress() counts as not holding on both sides.
 */
export function selfLockout(
  saved: string | null,
  draft: string,
  defaults: string | null,
  self: SelfEdit,
): string[] {
  return SELF_RECOVERY_APIS.filter((api) => {
    const call = {
      api,
      method: api === 'User:updateUserPermission' ? 'PUT' : 'GET',
      pathVariables: { operator_id: self.operatorId, user_name: self.userName },
      samUserName: self.userName,
      now: self.now,
    };
    return (
      evaluateCall({ user: saved, defaults }, call).allowed &&
      !evaluateCall({ user: draft, defaults }, call).allowed
    );
  });
}

export interface SaveReviewInput {
  /** The stored document, or null when none is stored. */
  saved: string | null;
  /** The text the editor started from (the stored document laid out), compared line by line; '' when none is stored. */
  baseline: string;
  draft: string;
  /** Combined with both sides when editing a user's permission; null on the defaults page. */
  defaults: string | null;
  /** Set when the signed-in SAM user edits their own permission. */
  self?: SelfEdit;
  /** On the default permissions page: every SAM user with their permission, or null when they could not be listed. */
  users?: readonly OtherUser[] | null;
  /** On a role's page: the users it is attached to, or null when they could not be listed. */
  attachedUsers?: readonly AttachedUser[] | null;
  /** On a user's tab: the permission documents of the roles attached to them, combined with both sides. */
  roles?: readonly string[];
  /** On a role's page: the operator's default permissions, combined into each attached user's access. */
  impactDefaults?: string | null;
}

/** Everything the save dialog needs. */
export function reviewSave(
  {
    saved,
    baseline,
    draft,
    defaults,
    self,
    users = null,
    attachedUsers,
    roles = [],
    impactDefaults = null,
  }: SaveReviewInput,
  catalogue: ApiCatalogue,
): SaveReview {
  const delta =
    roles.length === 0
      ? accessDelta(saved, draft, defaults, catalogue)
      : sourcesDelta({ user: saved, roles, defaults }, { user: draft, roles, defaults }, catalogue);
  return {
    diff: reviewDiff(baseline, draft),
    delta: {
      newlyAllowed: byGroup(delta.newlyAllowed, catalogue),
      newlyDenied: byGroup(delta.newlyDenied, catalogue),
      allowedCount: delta.newlyAllowed.length,
      deniedCount: delta.newlyDenied.length,
    },
    broadGrants: broadGrantsAdded(saved, draft),
    selfLockout: self ? selfLockout(saved, draft, defaults, self) : [],
    userImpact:
      attachedUsers !== undefined
        ? attachedUsers && roleImpact(saved, draft, attachedUsers, impactDefaults, catalogue)
        : users
          ? defaultsImpact(saved, draft, users, catalogue)
          : null,
  };
}

/** "allowed", "allowed under a condition" or "denied", for people. */
export function describeLevel(level: AccessChange['after']): string {
  return messages().permissions.review.levels[level];
}

// The bulk actions the user list offers, the APIs each calls, and whether the principal may take one: what the list
// needs at its first render (to offer row checkboxes or not). What an action does to each user is bulk-action-plan.ts.
import type { CallTarget, Verdict } from '../../lib/capability-verdicts.ts';

export const bulkActionIds = [
  'delete',
  'revoke-tokens',
  'revoke-mfa',
  'delete-old-keys',
  'apply-template',
  'attach-role',
  'detach-role',
] as const;
export type BulkActionId = (typeof bulkActionIds)[number];

/**
 * The APIs an action calls, in the order they are checked. Attaching also lists the operator's roles for its
 * picker; detaching picks from the roles the chosen users already have, which listUsers brings.
 */
export const bulkActionApis: Record<BulkActionId, readonly string[]> = {
  delete: ['User:deleteUser'],
  'revoke-tokens': ['User:revokeUserAuthTokens'],
  'revoke-mfa': ['User:revokeUserMFA'],
  'delete-old-keys': ['User:deleteUserAuthKey'],
  'apply-template': ['User:updateUserPermission'],
  'attach-role': ['Role:listRoles', 'Role:attachRole'],
  'detach-role': ['Role:detachRole'],
};

/** Whether the principal may take an action against every, some or none of the targets. */
export type Can = (api: string, target?: CallTarget) => Verdict;

/** The first API the principal lacks for this user (or for no user in particular), or null. */
export function missingApi(action: BulkActionId, can: Can, target: CallTarget = {}): string | null {
  for (const api of bulkActionApis[action]) {
    const verdict = can(api, target);
    if (verdict.kind === 'denied') return verdict.api;
  }
  return null;
}

/**
 * The API that keeps an action from every one of these users (for none chosen yet: from anyone), or null when at
 * least one of them may be acted on. Users it is denied for alone are skipped by the plan instead.
 */
export function actionBlockedBy(action: BulkActionId, can: Can, userNames: readonly string[]): string | null {
  if (userNames.length === 0) return missingApi(action, can);
  let first: string | null = null;
  for (const userName of userNames) {
    const missing = missingApi(action, can, { userName });
    if (missing === null) return null;
    first ??= missing;
  }
  return first;
}

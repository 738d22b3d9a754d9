// What a bulk action will do to each chosen user, as steps a bulk run executes: the sentence shown in the
// confirmation, the reason a user is skipped, and the API calls. No React.
import {
  attachRole,
  deleteUser,
  detachRole,
  deleteUserAuthKey,
  revokeUserAuthTokens,
  revokeUserMFA,
  updateUserPermission,
  type UserDetail,
} from '../../api/operations.ts';
import type { MfaStatus } from '../../lib/sam-rules.ts';
import type { Messages } from '../../i18n/messages/messages.ts';
import type { BulkStep } from '../../lib/bulk-run.ts';
import { missingApi, type BulkActionId, type Can } from './bulk-actions.ts';

/** The bulk texts of the catalogue in the chosen language. */
export type BulkText = Messages['bulk'];

/** The role an attach or detach is about. */
export interface RoleChoice {
  roleId: string;
  /** Its name when it has one, else its ID. */
  label: string;
}

export interface PermissionTemplateChoice {
  id: string;
  label: string;
  text: string;
}

export interface BulkPlanContext {
  /** UNIX seconds. */
  now: number;
  keyAgeDays: number;
  mfa: ReadonlyMap<string, MfaStatus>;
  template?: PermissionTemplateChoice | undefined;
  role?: RoleChoice | undefined;
  /** The principal's verdicts: a user the action is denied for is skipped, naming the API. Absent: all allowed. */
  can?: Can | undefined;
  text: BulkText;
}

export interface PlannedStep extends BulkStep {
  /** What will happen to this user, in one sentence. */
  effect: string;
}

export function bulkActionLabel(action: BulkActionId, keyAgeDays: number, text: BulkText): string {
  switch (action) {
    case 'delete':
      return text.actions.delete;
    case 'revoke-tokens':
      return text.actions.revokeTokens;
    case 'revoke-mfa':
      return text.actions.revokeMfa;
    case 'delete-old-keys':
      return text.actions.deleteOldKeys({ days: keyAgeDays });
    case 'apply-template':
      return text.actions.applyTemplate;
    case 'attach-role':
      return text.actions.attachRole;
    case 'detach-role':
      return text.actions.detachRole;
  }
}

export function planBulkAction(
  action: BulkActionId,
  users: readonly UserDetail[],
  context: BulkPlanContext,
): PlannedStep[] {
  const { skips } = context.text;
  return users.map((user): PlannedStep => {
    const step = planStep(action, user, context);
    const missing = context.can ? missingApi(action, context.can, { userName: user.userName }) : null;
    return missing === null ? step : { ...step, skipReason: skips.notPermitted({ api: missing }) };
  });
}

/** A user who has the role attached, by its ID. */
function hasRole(user: UserDetail, roleId: string): boolean {
  return user.roleList.some((role) => role.roleId === roleId);
}

function planStep(action: BulkActionId, user: UserDetail, context: BulkPlanContext): PlannedStep {
  const { effects, skips } = context.text;
  const userName = user.userName;
  switch (action) {
    case 'delete':
      return {
        userName,
        effect: effects.delete({ userName, keys: user.authKeyList.length }),
        run: () => deleteUser({ userName }),
      };
    case 'revoke-tokens':
      return {
        userName,
        effect: effects.revokeTokens({ userName }),
        run: () => revokeUserAuthTokens({ userName }),
      };
    case 'revoke-mfa': {
      const off = context.mfa.get(userName) === 'INACTIVE';
      return {
        userName,
        effect: effects.revokeMfa({ userName }),
        ...(off ? { skipReason: skips.mfaAlreadyOff } : {}),
        run: () => revokeUserMFA({ userName }),
      };
    }
    case 'delete-old-keys': {
      const cutoff = context.now - context.keyAgeDays * 86_400;
      const old = user.authKeyList.filter((key) => key.createDateTime < cutoff);
      return {
        userName,
        effect: effects.deleteOldKeys({
          userName,
          keys: old.length,
          ids: old.map((key) => key.authKeyId).join(', '),
        }),
        ...(old.length === 0 ? { skipReason: skips.noOldKeys({ days: context.keyAgeDays }) } : {}),
        run: async () => {
          // One after another: a failure names the key it stopped at, and the keys before it stay deleted.
          for (const key of old) {
            try {
              await deleteUserAuthKey({ userName, authKeyId: key.authKeyId });
            } catch (error) {
              const message = error instanceof Error ? error.message : String(error);
              throw new Error(`${key.authKeyId}: ${message}`, { cause: error });
            }
          }
        },
      };
    }
    case 'apply-template': {
      const template = context.template;
      return {
        userName,
        effect: effects.applyTemplate({ userName, template: template?.label ?? '' }),
        ...(template ? {} : { skipReason: skips.noTemplate }),
        run: async () => {
          if (!template) return;
          await updateUserPermission({ userName, permission: template.text });
        },
      };
    }
    case 'attach-role':
    case 'detach-role': {
      const role = context.role;
      const attach = action === 'attach-role';
      const label = role?.label ?? '';
      const skipReason = !role
        ? skips.noRole
        : attach && hasRole(user, role.roleId)
          ? skips.roleAlreadyAttached({ role: label })
          : !attach && !hasRole(user, role.roleId)
            ? skips.roleNotAttached({ role: label })
            : undefined;
      return {
        userName,
        effect: attach
          ? effects.attachRole({ userName, role: label })
          : effects.detachRole({ userName, role: label }),
        ...(skipReason === undefined ? {} : { skipReason }),
        run: async () => {
          if (!role) return;
          if (attach) await attachRole({ userName, roleId: role.roleId });
          else await detachRole({ userName, roleId: role.roleId });
        },
      };
    }
  }
}

// The one confirmation of a bulk action: lists what will happen to each chosen user, then runs it with progress per
// user, failures with their reason, and a clear partial-success summary. Loaded on intent (React.lazy).
import { useMemo, useRef, useState } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import { describeApiError } from '../../api/api-error.ts';
import type { UserDetail } from '../../api/operations.ts';
import { BulkProgress } from '../../components/bulk-progress.tsx';
import { Dialog } from '../../components/dialog.tsx';
import type { MfaStatus } from '../../lib/sam-rules.ts';
import {
  bulkActionLabel,
  planBulkAction,
  type BulkText,
  type PermissionTemplateChoice,
  type RoleChoice,
} from './bulk-action-plan.ts';
import type { BulkActionId, Can } from './bulk-actions.ts';
import { BulkRolePicker } from './bulk-role-picker.tsx';
import { createBulkRun, summarize, type BulkItemStatus, type BulkSummary } from '../../lib/bulk-run.ts';
import { invalidateUsers, userDetailOptions, usersListOptions } from '../../queries/user-queries.ts';
import { roleKeys } from '../../queries/query-keys.ts';
import { useMessages } from '../../i18n/use-i18n.ts';

export interface BulkActionDialogProps {
  action: BulkActionId;
  users: readonly UserDetail[];
  keyAgeDays: number;
  mfa: ReadonlyMap<string, MfaStatus>;
  templates: readonly PermissionTemplateChoice[];
  /** The signed-in principal's verdicts: a user the action is denied for is skipped, naming the API. */
  can?: Can | undefined;
  /** Called when the dialog closes; `summary` is null when nothing ran. */
  onClose: (summary: BulkSummary | null) => void;
}

function statusText(status: BulkItemStatus | undefined, text: BulkText['status']): string {
  switch (status?.state) {
    case 'running':
      return text.running;
    case 'done':
      return text.done;
    case 'skipped':
      return text.skipped({ reason: status.reason });
    case 'failed':
      return text.failed({ reason: status.reason });
    default:
      return text.waiting;
  }
}

export default function BulkActionDialog({
  action,
  users: chosenUsers,
  keyAgeDays,
  mfa,
  templates,
  can,
  onClose,
}: BulkActionDialogProps) {
  const client = useQueryClient();
  const m = useMessages();
  const text = m.bulk;
  // The users as chosen when the dialog opened: the list refetches as they are deleted, the plan must not shrink.
  const [users] = useState(chosenUsers);
  const [templateId, setTemplateId] = useState(templates[0]?.id ?? '');
  const template = templates.find((item) => item.id === templateId);
  const roleAction = action === 'attach-role' || action === 'detach-role';
  const [role, setRole] = useState<RoleChoice | null>(null);
  // Measured once when the dialog opens, so the list of old keys cannot shift under the admin's eyes.
  const [now] = useState(() => Math.floor(Date.now() / 1000));
  const steps = useMemo(
    () =>
      planBulkAction(action, users, { now, keyAgeDays, mfa, template, role: role ?? undefined, can, text }),
    [action, users, now, keyAgeDays, mfa, template, role, can, text],
  );
  const [statuses, setStatuses] = useState<ReadonlyMap<string, BulkItemStatus> | null>(null);
  const [summary, setSummary] = useState<BulkSummary | null>(null);
  const run = useRef<ReturnType<typeof createBulkRun> | null>(null);
  const running = statuses !== null && summary === null;
  const toRun = steps.filter((step) => step.skipReason === undefined).length;
  const actionLabel = bulkActionLabel(action, keyAgeDays, text);
  const title = text.title({ action: actionLabel, count: users.length });
  // One sentence over the per-user list: for a role, how many are skipped because nothing would change.
  const headline = !role
    ? text.planIntro({ count: toRun })
    : action === 'attach-role'
      ? text.headlines.attachRole({
          role: role.label,
          count: users.length,
          skipped: users.filter((user) => user.roleList.some((r) => r.roleId === role.roleId)).length,
        })
      : action === 'detach-role'
        ? text.headlines.detachRole({
            role: role.label,
            count: users.length,
            skipped: users.filter((user) => !user.roleList.some((r) => r.roleId === role.roleId)).length,
          })
        : text.planIntro({ count: toRun });

  const start = () => {
    // A double click, or Enter then a click, reaches here twice: the run object starts once.
    run.current ??= createBulkRun(steps, {
      concurrency: 4,
      describeError: describeApiError,
      onProgress: setStatuses,
    });
    const current = run.current;
    setStatuses(current.statuses());
    void current.start().then(async (result) => {
      setSummary(result);
      const touched = [...result.done, ...result.failed.map((failure) => failure.userName)];
      if (action === 'delete') {
        // A deleted user's page must not refetch (404): drop its queries, then refresh the list once.
        for (const userName of touched)
          client.removeQueries({ queryKey: userDetailOptions(userName).queryKey });
        await client.invalidateQueries({ queryKey: usersListOptions().queryKey });
      } else {
        await invalidateUsers(client, touched);
        if (roleAction && role) await client.invalidateQueries({ queryKey: roleKeys.detail(role.roleId) });
      }
    });
  };

  const close = () => {
    if (running) return;
    onClose(summary ?? (statuses ? summarize(statuses) : null));
  };

  return (
    <Dialog open title={title} role="alertdialog" onClose={close}>
      {statuses === null ? (
        <>
          {action === 'apply-template' ? (
            <div className="field">
              <label htmlFor="bulk-template">{text.template}</label>
              <select
                id="bulk-template"
                value={templateId}
                onChange={(event) => setTemplateId(event.target.value)}
              >
                {templates.map((item) => (
                  <option key={item.id} value={item.id}>
                    {item.label}
                  </option>
                ))}
              </select>
            </div>
          ) : null}
          {roleAction ? (
            <BulkRolePicker
              mode={action === 'attach-role' ? 'attach' : 'detach'}
              users={users}
              value={role}
              onChange={setRole}
            />
          ) : null}
          {roleAction && !role ? (
            <p className="muted">{text.role.choose}</p>
          ) : (
            <>
              <p>{headline}</p>
              <ul className="bulk-plan">
                {steps.map((step) => (
                  <li key={step.userName}>
                    {step.skipReason === undefined ? (
                      step.effect
                    ) : (
                      <span className="muted">
                        <span className="mono">{step.userName}</span>
                        {text.skipped({ reason: step.skipReason })}
                      </span>
                    )}
                  </li>
                ))}
              </ul>
            </>
          )}
          <div className="dialog__footer">
            <button type="button" className="button" data-autofocus onClick={close}>
              {m.common.dialog.cancel}
            </button>
            <button
              type="button"
              className={
                action === 'apply-template' || action === 'revoke-tokens' || action === 'attach-role'
                  ? 'button button--primary'
                  : 'button button--danger'
              }
              disabled={toRun === 0}
              onClick={start}
            >
              {text.confirm({ action: actionLabel, count: toRun })}
            </button>
          </div>
        </>
      ) : (
        <>
          <BulkProgress statuses={statuses} summary={summary} total={toRun} text={text} />
          <ul className="bulk-results" aria-label={text.outcomeLabel}>
            {steps.map((step) => {
              const status = statuses.get(step.userName);
              return (
                <li key={step.userName} data-state={status?.state ?? 'waiting'}>
                  <span className="mono">{step.userName}</span>: {statusText(status, text.status)}
                </li>
              );
            })}
          </ul>
          <div className="dialog__footer">
            <button type="button" className="button" disabled={running} onClick={close}>
              {text.closeResults}
            </button>
            {/* Where the confirm button was, disabled: the second click of a double click lands here, not on Close. */}
            <button type="button" className="button" disabled>
              {running ? text.status.running : text.finishedButton}
            </button>
          </div>
        </>
      )}
    </Dialog>
  );
}

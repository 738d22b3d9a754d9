// After a permission is saved: offer to end the sessions it concerns so the change applies now, not at the next
// sign-in. One user after their own permission changed; every SAM user, listed, after the default permissions did.
import { useId, useMemo, useRef, useState } from 'react';
import { describeApiError, revokeUserAuthTokens, useSession } from '../../api/index.ts';
import { BulkProgress } from '../../components/bulk-progress.tsx';
import { Dialog } from '../../components/dialog.tsx';
import { useCapabilities } from '../../queries/capabilities-queries.ts';
import { usePermissionGate } from '../../components/needs-permission.tsx';
import { ALLOWED } from '../../lib/capability-verdicts.ts';
import { createBulkRun, type BulkItemStatus, type BulkStep } from '../../lib/bulk-run.ts';
import { useMessages } from '../../i18n/use-i18n.ts';
import type { Messages } from '../../i18n/messages/messages.ts';
import { useRevokeTokens } from './permissions-queries.ts';

const API = 'User:revokeUserAuthTokens';

export function RevokeTokensDialog({
  userNames,
  subject,
  onClose,
}: {
  /** Whose tokens: the user whose permission changed, or every SAM user of the operator. */
  userNames: readonly string[];
  subject: 'user' | 'defaults';
  onClose: () => void;
}) {
  const headingId = useId();
  const all = useMessages();
  const m = all.permissions.revoke;
  const text = all.bulk;
  const signedIn = useSession()?.userName;
  const capabilities = useCapabilities();
  // The users as they were when the offer opened: the plan must not change under the admin's eyes.
  const [users] = useState(userNames);
  const steps = useMemo(
    (): BulkStep[] =>
      users.map((userName) => {
        const verdict = capabilities.can(API, { userName });
        return {
          userName,
          ...(verdict.kind === 'denied' ? { skipReason: text.skips.notPermitted({ api: verdict.api }) } : {}),
          // The signed-in user's own tokens go last: revoking them ends the session the other calls use.
          last: userName === signedIn,
          run: () => revokeUserAuthTokens({ userName }),
        };
      }),
    [users, capabilities, signedIn, text],
  );
  const toRun = steps.filter((step) => step.skipReason === undefined);
  // Denied for every one of them: the button is disabled and names the API, as every action the principal lacks.
  const gate = usePermissionGate(toRun.length === 0 ? { kind: 'denied', api: API } : ALLOWED);
  const self = toRun.some((step) => step.last);
  const revoke = useRevokeTokens(users);
  const run = useRef<ReturnType<typeof createBulkRun> | null>(null);
  const [statuses, setStatuses] = useState<ReadonlyMap<string, BulkItemStatus> | null>(null);
  const summary = revoke.data;
  const pending = revoke.isPending;
  const single = subject === 'user' && users.length === 1;
  const firstUser = users[0] ?? '';

  const start = () => {
    // A double click reaches here twice: the run starts once.
    run.current ??= createBulkRun(steps, {
      concurrency: 4,
      describeError: describeApiError,
      onProgress: setStatuses,
    });
    setStatuses(run.current.statuses());
    revoke.mutate(run.current, {
      onSuccess: (result) => {
        if (result.done.length === users.length) onClose();
      },
    });
  };
  const close = () => {
    if (!pending) onClose();
  };
  const failed = single && summary ? summary.failed[0] : undefined;

  return (
    <Dialog open role="alertdialog" title={m.title} onClose={close}>
      {single ? (
        <p className="dialog__message">
          {m.bodyBefore}
          <strong className="mono">{firstUser}</strong>
          {m.bodyAfter}
        </p>
      ) : (
        <p className="dialog__message">{m.defaultsBody}</p>
      )}
      {self ? <p className="notice notice--warning">{single ? m.self : m.selfAmong}</p> : null}
      {single ? (
        failed ? (
          <p className="form-error" role="alert">
            {failed.reason}
          </p>
        ) : null
      ) : (
        <>
          {statuses ? (
            <BulkProgress statuses={statuses} summary={summary} total={toRun.length} text={text} />
          ) : null}
          <h3 id={headingId} className="revoke-offer__heading">
            {m.affected({ count: users.length })}
          </h3>
          {/* Focusable: a long list scrolls inside the dialog, and keyboard users must be able to scroll it. */}
          <ul className="bulk-results" aria-labelledby={headingId} tabIndex={0}>
            {steps.map((step) => (
              <li key={step.userName} data-state={statusOf(step, statuses).state}>
                <span className="mono">{step.userName}</span>
                {statusWords(statusOf(step, statuses), statuses !== null, text.status)}
              </li>
            ))}
          </ul>
        </>
      )}
      <div className="dialog__footer revoke-offer__actions">
        {summary ? (
          <button type="button" className="button" onClick={close} data-autofocus>
            {text.closeResults}
          </button>
        ) : (
          <>
            <button type="button" className="button" onClick={close} disabled={pending} data-autofocus>
              {m.notNow}
            </button>
            <button
              type="button"
              className="button button--danger"
              onClick={start}
              {...gate.props}
              disabled={gate.denied || pending}
              aria-busy={pending}
            >
              {pending ? m.revoking : m.revoke}
            </button>
            {gate.note}
          </>
        )}
      </div>
    </Dialog>
  );
}

function statusOf(step: BulkStep, statuses: ReadonlyMap<string, BulkItemStatus> | null): BulkItemStatus {
  return (
    statuses?.get(step.userName) ??
    (step.skipReason === undefined ? { state: 'waiting' } : { state: 'skipped', reason: step.skipReason })
  );
}

/** ": Done" beside a user once the run started; before it, only a skipped user says why. */
function statusWords(
  status: BulkItemStatus,
  started: boolean,
  words: Messages['bulk']['status'],
): string | null {
  switch (status.state) {
    case 'skipped':
      return `: ${words.skipped({ reason: status.reason })}`;
    case 'failed':
      return `: ${words.failed({ reason: status.reason })}`;
    case 'running':
      return `: ${words.running}`;
    case 'done':
      return `: ${words.done}`;
    default:
      return started ? `: ${words.waiting}` : null;
  }
}

// The dialog before saving: the document's diff, the operations newly allowed and denied, and a confirmation for broad grants.
import { Fragment, useId, useState, type ReactNode } from 'react';
import { Dialog } from '../../components/dialog.tsx';
import { FormError } from '../../components/form-error.tsx';
import {
  describeLevel,
  diffMarker,
  type DocumentDiff,
  type GroupChanges,
  type SaveReview,
  type UserImpact,
} from './save-review.ts';
import type { AccessChange } from '../../permissions/index.ts';
import { useMessages } from '../../i18n/use-i18n.ts';

export interface SaveReviewDialogProps {
  review: SaveReview;
  /** "the permission of alice" / "the default permissions". */
  subjectLabel: string;
  /** The default permissions reach every SAM user: the broad-grant warning says so. */
  forEveryUser?: boolean;
  /** Editing a role: show the effect on each user it is attached to. */
  forAttachedUsers?: boolean;
  /** Someone saved another version since the editor loaded: the review compares with theirs. */
  changedElsewhere?: boolean;
  /** On the default permissions page, why the users could not be listed (the effect on each user is then unknown). */
  usersProblem?: string;
  pending: boolean;
  error: unknown;
  onConfirm: () => void;
  onCancel: () => void;
}

export function SaveReviewDialog({
  review,
  subjectLabel,
  forEveryUser = false,
  forAttachedUsers = false,
  changedElsewhere = false,
  usersProblem,
  pending,
  error,
  onConfirm,
  onCancel,
}: SaveReviewDialogProps) {
  const all = useMessages();
  const m = all.permissions.review;
  const cancel = all.common.dialog.cancel;
  const [understood, setUnderstood] = useState(false);
  const [lockoutUnderstood, setLockoutUnderstood] = useState(false);
  const needsConfirmation = review.broadGrants.length > 0;
  const locksSelfOut = review.selfLockout.length > 0;
  const ready = !pending && (!needsConfirmation || understood) && (!locksSelfOut || lockoutUnderstood);
  return (
    <Dialog
      open
      title={m.title}
      onClose={() => {
        if (!pending) onCancel();
      }}
      description={m.description({ subject: subjectLabel })}
    >
      <form
        className="save-review"
        onSubmit={(event) => {
          event.preventDefault();
          if (ready) onConfirm();
        }}
      >
        {changedElsewhere ? (
          <p className="notice notice--warning" role="alert">
            {m.changedElsewhere({ subject: subjectLabel })}
          </p>
        ) : null}

        {needsConfirmation ? (
          <WarningToConfirm
            title={
              <>
                {m.grants}
                <CodeList items={review.broadGrants} separator=", " />
              </>
            }
            confirmation={m.understandGrant({ patterns: review.broadGrants.join(', ') })}
            confirmed={understood}
            onConfirmedChange={setUnderstood}
          >
            {forEveryUser ? m.grantsEveryone : m.grantsUser}
          </WarningToConfirm>
        ) : null}

        {locksSelfOut ? (
          <WarningToConfirm
            title={m.lockoutTitle}
            confirmation={m.understandLockout}
            confirmed={lockoutUnderstood}
            onConfirmedChange={setLockoutUnderstood}
          >
            {m.lockoutBefore}
            <CodeList items={review.selfLockout} separator={m.lockoutOr} />
            {m.lockoutAfter}
          </WarningToConfirm>
        ) : null}

        <h3>{m.changes}</h3>
        <DiffView diff={review.diff} />

        <h3>{m.delta}</h3>
        <p className="save-review__summary">
          {review.delta.allowedCount === 0 && review.delta.deniedCount === 0
            ? m.noDelta
            : m.deltaSummary({ allowed: review.delta.allowedCount, denied: review.delta.deniedCount })}
        </p>
        <DeltaList title={m.newlyAllowed} groups={review.delta.newlyAllowed} kind="allowed" />
        <DeltaList title={m.newlyDenied} groups={review.delta.newlyDenied} kind="denied" />

        {forEveryUser || forAttachedUsers ? (
          <UserImpactList impact={review.userImpact} problem={usersProblem} attached={forAttachedUsers} />
        ) : null}

        {/* Stuck to the dialog's bottom edge: a long review scrolls under Save and the error, never away from them. */}
        <div className="save-review__actions">
          <FormError error={error} />
          <div className="dialog__footer">
            <button type="button" className="button" onClick={onCancel} disabled={pending}>
              {cancel}
            </button>
            <button type="submit" className="button button--primary" disabled={!ready} aria-busy={pending}>
              {pending ? m.saving : m.save}
            </button>
          </div>
        </div>
      </form>
    </Dialog>
  );
}

/** A warning to confirm before saving: its title, what it means, and a checkbox saying it was understood. */
function WarningToConfirm({
  title,
  children,
  confirmation,
  confirmed,
  onConfirmedChange,
}: {
  title: ReactNode;
  children: ReactNode;
  confirmation: string;
  confirmed: boolean;
  onConfirmedChange: (confirmed: boolean) => void;
}) {
  const id = useId();
  return (
    <div className="notice notice--warning save-review__broad" role="group" aria-labelledby={`${id}-title`}>
      <p id={`${id}-title`} className="notice__title">
        {title}
      </p>
      <p className="save-review__broad-text">{children}</p>
      <label className="checkbox">
        <input
          type="checkbox"
          id={id}
          checked={confirmed}
          onChange={(event) => onConfirmedChange(event.target.checked)}
        />
        {confirmation}
      </label>
    </div>
  );
}

/** Patterns or operation names as code, with `separator` between them. */
function CodeList({ items, separator }: { items: readonly string[]; separator: string }) {
  return items.map((item, index) => (
    <Fragment key={item}>
      {index > 0 ? separator : null}
      <code>{item}</code>
    </Fragment>
  ));
}

/** One operation whose access changes, with its level before and after. */
function ChangeItem({ change }: { change: AccessChange }) {
  return (
    <li>
      <code>{change.api}</code>{' '}
      <span className="muted">
        {describeLevel(change.before)} → {describeLevel(change.after)}
      </span>
    </li>
  );
}

function DiffView({ diff }: { diff: DocumentDiff }) {
  const m = useMessages().permissions.review;
  return (
    <>
      <p className="save-review__summary">
        {m.diffSummary({ added: diff.added, removed: diff.removed })}
        {diff.laidOut ? m.laidOut : null}
      </p>
      <div className="diff" role="region" aria-label={m.diffLabel} tabIndex={0}>
        <ol className="diff__lines">
          {diff.lines.map((line, index) => (
            <li key={index} className={`diff__line diff__line--${line.kind}`}>
              <span className="diff__marker" aria-hidden="true">
                {diffMarker(line.kind)}
              </span>
              {line.kind !== 'unchanged' ? (
                <span className="visually-hidden">{line.kind === 'added' ? m.added : m.removed}</span>
              ) : null}
              <span className="diff__text">{line.text}</span>
            </li>
          ))}
        </ol>
      </div>
    </>
  );
}

function DeltaList({
  title,
  groups,
  kind,
}: {
  title: string;
  groups: readonly GroupChanges[];
  kind: 'allowed' | 'denied';
}) {
  const m = useMessages().permissions.review;
  const headingId = useId();
  if (groups.length === 0) return null;
  const count = groups.reduce((sum, group) => sum + group.changes.length, 0);
  return (
    <section className={`delta delta--${kind}`} aria-labelledby={headingId}>
      <h4 id={headingId}>{m.groupCount({ title, count })}</h4>
      <ul className="delta__groups">
        {groups.map((group) => (
          <li key={group.group}>
            <details>
              <summary>
                <strong>{group.group}</strong>
                {m.groupChanges({ changed: group.changes.length, total: group.total })}
              </summary>
              <ul className="delta__operations">
                {group.changes.map((change) => (
                  <ChangeItem key={change.api} change={change} />
                ))}
              </ul>
            </details>
          </li>
        ))}
      </ul>
    </section>
  );
}

const IMPACT_EXAMPLES = 5;

/** The default permissions are combined with each user's own: a deny added here can take away what their permission allows. */
function UserImpactList({
  impact,
  problem,
  attached = false,
}: {
  impact: readonly UserImpact[] | null;
  problem?: string;
  attached?: boolean;
}) {
  const messages = useMessages();
  const m = messages.permissions.review;
  const r = messages.roles.workspace;
  const headingId = useId();
  return (
    <section className="user-impact" aria-labelledby={headingId}>
      <h3 id={headingId}>{m.impactTitle}</h3>
      {impact === null ? (
        <p className="save-review__summary">
          {attached
            ? r.impactUnknownAttached({ problem: problem ?? '' })
            : m.impactUnknown({ problem: problem ?? '' })}
        </p>
      ) : impact.length === 0 ? (
        <p className="save-review__summary">{attached ? r.impactNoneAttached : m.impactNone}</p>
      ) : (
        <>
          <p className="save-review__summary">
            {attached
              ? r.impactCountAttached({ count: impact.length })
              : m.impactCount({ count: impact.length })}
          </p>
          <ul className="delta__groups">
            {impact.map((user) => (
              <li key={user.userName}>
                <details>
                  <summary>
                    <strong className="mono">{user.userName}</strong>
                    {m.impactUser({ denied: user.newlyDenied.length, allowed: user.newlyAllowed.length })}
                  </summary>
                  <ul className="delta__operations">
                    {[...user.newlyDenied, ...user.newlyAllowed].slice(0, IMPACT_EXAMPLES).map((change) => (
                      <ChangeItem key={change.api} change={change} />
                    ))}
                    {user.newlyDenied.length + user.newlyAllowed.length > IMPACT_EXAMPLES ? (
                      <li className="muted">
                        {m.more({
                          count: user.newlyDenied.length + user.newlyAllowed.length - IMPACT_EXAMPLES,
                        })}
                      </li>
                    ) : null}
                  </ul>
                </details>
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}

// The dialog before saving: the document's diff, the operations newly allowed and denied, and a confirmation for broad grants.
import { Fragment, useId, useState } from 'react';
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
  const confirmId = useId();
  const lockoutId = useId();
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
          <div
            className="notice notice--warning save-review__broad"
            role="group"
            aria-labelledby={`${confirmId}-title`}
          >
            <p id={`${confirmId}-title`} className="notice__title">
              {m.grants}
              {review.broadGrants.map((pattern, index) => (
                <Fragment key={pattern}>
                  {index > 0 ? ', ' : null}
                  <code>{pattern}</code>
                </Fragment>
              ))}
            </p>
            <p className="save-review__broad-text">{forEveryUser ? m.grantsEveryone : m.grantsUser}</p>
            <label className="checkbox">
              <input
                type="checkbox"
                id={confirmId}
                checked={understood}
                onChange={(event) => setUnderstood(event.target.checked)}
              />
              {m.understandGrant({ patterns: review.broadGrants.join(', ') })}
            </label>
          </div>
        ) : null}

        {locksSelfOut ? (
          <div
            className="notice notice--warning save-review__broad"
            role="group"
            aria-labelledby={`${lockoutId}-title`}
          >
            <p id={`${lockoutId}-title`} className="notice__title">
              {m.lockoutTitle}
            </p>
            <p className="save-review__broad-text">
              {m.lockoutBefore}
              {review.selfLockout.map((api, index) => (
                <Fragment key={api}>
                  {index > 0 ? m.lockoutOr : null}
                  <code>{api}</code>
                </Fragment>
              ))}
              {m.lockoutAfter}
            </p>
            <label className="checkbox">
              <input
                type="checkbox"
                id={lockoutId}
                checked={lockoutUnderstood}
                onChange={(event) => setLockoutUnderstood(event.target.checked)}
              />
              {m.understandLockout}
            </label>
          </div>
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
                  <li key={change.api}>
                    <code>{change.api}</code>{' '}
                    <span className="muted">
                      {describeLevel(change.before)} → {describeLevel(change.after)}
                    </span>
                  </li>
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
                      <li key={change.api}>
                        <code>{change.api}</code>{' '}
                        <span className="muted">
                          {describeLevel(change.before)} → {describeLevel(change.after)}
                        </span>
                      </li>
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

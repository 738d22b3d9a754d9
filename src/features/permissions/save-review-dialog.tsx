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

export interface SaveReviewDialogProps {
  review: SaveReview;
  /** "the permission of alice" / "the default permissions". */
  subjectLabel: string;
  /** The default permissions reach every SAM user: the broad-grant warning says so. */
  forEveryUser?: boolean;
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
  changedElsewhere = false,
  usersProblem,
  pending,
  error,
  onConfirm,
  onCancel,
}: SaveReviewDialogProps) {
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
      title="Review and save"
      onClose={() => {
        if (!pending) onCancel();
      }}
      description={`Check what changes before saving ${subjectLabel}.`}
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
            Someone else saved a different version of {subjectLabel} since you opened it. The diff and the
            access delta below compare your draft with their version, which saving replaces. Cancel and use
            Revert to start again from theirs.
          </p>
        ) : null}

        {needsConfirmation ? (
          <div
            className="notice notice--warning save-review__broad"
            role="group"
            aria-labelledby={`${confirmId}-title`}
          >
            <p id={`${confirmId}-title`} className="notice__title">
              This change grants{' '}
              {review.broadGrants.map((pattern, index) => (
                <Fragment key={pattern}>
                  {index > 0 ? ', ' : null}
                  <code>{pattern}</code>
                </Fragment>
              ))}
            </p>
            <p className="save-review__broad-text">
              {forEveryUser
                ? 'These are the default permissions: every SAM user of the operator gets this, including users created later. That opens up the whole account or who may manage it to all of them.'
                : 'That opens up the whole account or who may manage it. Only grant it to people who administer this operator.'}
            </p>
            <label className="checkbox">
              <input
                type="checkbox"
                id={confirmId}
                checked={understood}
                onChange={(event) => setUnderstood(event.target.checked)}
              />
              I understand this grants {review.broadGrants.join(', ')}
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
              You are removing your own access to your permission
            </p>
            <p className="save-review__broad-text">
              After this change you can no longer call{' '}
              {review.selfLockout.map((api, index) => (
                <Fragment key={api}>
                  {index > 0 ? ' or ' : null}
                  <code>{api}</code>
                </Fragment>
              ))}{' '}
              on your own user (from your next sign-in), so you could not undo it yourself: only the root user
              or another administrator could.
            </p>
            <label className="checkbox">
              <input
                type="checkbox"
                id={lockoutId}
                checked={lockoutUnderstood}
                onChange={(event) => setLockoutUnderstood(event.target.checked)}
              />
              I understand I cannot undo this myself
            </label>
          </div>
        ) : null}

        <h3>Changes to the document</h3>
        <DiffView diff={review.diff} />

        <h3>Access delta</h3>
        <p className="save-review__summary">
          {review.delta.allowedCount === 0 && review.delta.deniedCount === 0
            ? 'No operation changes: the same operations are allowed before and after.'
            : `${review.delta.allowedCount} ${plural(review.delta.allowedCount)} newly allowed, ${review.delta.deniedCount} newly denied.`}
        </p>
        <DeltaList title="Newly allowed" groups={review.delta.newlyAllowed} kind="allowed" />
        <DeltaList title="Newly denied" groups={review.delta.newlyDenied} kind="denied" />

        {forEveryUser ? <UserImpactList impact={review.userImpact} problem={usersProblem} /> : null}

        <FormError error={error} />

        <div className="dialog__footer">
          <button type="button" className="button" onClick={onCancel} disabled={pending}>
            Cancel
          </button>
          <button type="submit" className="button button--primary" disabled={!ready} aria-busy={pending}>
            {pending ? 'Saving…' : 'Save'}
          </button>
        </div>
      </form>
    </Dialog>
  );
}

function plural(count: number): string {
  return count === 1 ? 'operation' : 'operations';
}

function DiffView({ diff }: { diff: DocumentDiff }) {
  return (
    <>
      <p className="save-review__summary">
        {diff.added} {diff.added === 1 ? 'line' : 'lines'} added, {diff.removed} removed. Added lines start
        with +, removed lines with −.
        {diff.laidOut
          ? ' Both versions are compared laid out the same way; your text is saved as you typed it.'
          : null}
      </p>
      <div className="diff" role="region" aria-label="Document diff" tabIndex={0}>
        <ol className="diff__lines">
          {diff.lines.map((line, index) => (
            <li key={index} className={`diff__line diff__line--${line.kind}`}>
              <span className="diff__marker" aria-hidden="true">
                {diffMarker(line.kind)}
              </span>
              {line.kind !== 'unchanged' ? (
                <span className="visually-hidden">{line.kind === 'added' ? 'Added: ' : 'Removed: '}</span>
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
  const headingId = useId();
  if (groups.length === 0) return null;
  const count = groups.reduce((sum, group) => sum + group.changes.length, 0);
  return (
    <section className={`delta delta--${kind}`} aria-labelledby={headingId}>
      <h4 id={headingId}>
        {title} ({count})
      </h4>
      <ul className="delta__groups">
        {groups.map((group) => (
          <li key={group.group}>
            <details>
              <summary>
                <strong>{group.group}</strong>: {group.changes.length} of {group.total}{' '}
                {group.total === 1 ? 'operation' : 'operations'}
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
function UserImpactList({ impact, problem }: { impact: readonly UserImpact[] | null; problem?: string }) {
  const headingId = useId();
  return (
    <section className="user-impact" aria-labelledby={headingId}>
      <h3 id={headingId}>Effect on each user</h3>
      {impact === null ? (
        <p className="save-review__summary">
          The SAM users could not be listed{problem ? ` (${problem})` : ''}, so the effect on each user, with
          their own permission, is not shown.
        </p>
      ) : impact.length === 0 ? (
        <p className="save-review__summary">No SAM user’s access changes, their own permissions included.</p>
      ) : (
        <>
          <p className="save-review__summary">
            {impact.length} {impact.length === 1 ? 'user’s' : 'users’'} access changes once their own
            permission is combined with these defaults.
          </p>
          <ul className="delta__groups">
            {impact.map((user) => (
              <li key={user.userName}>
                <details>
                  <summary>
                    <strong className="mono">{user.userName}</strong>: {user.newlyDenied.length} newly denied,{' '}
                    {user.newlyAllowed.length} newly allowed
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
                        and {user.newlyDenied.length + user.newlyAllowed.length - IMPACT_EXAMPLES} more
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

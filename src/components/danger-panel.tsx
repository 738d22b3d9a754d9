// <DangerPanel/>: a destructive action in its own panel, taken only after a confirmation that shows its failure.
import { useState, type ReactNode } from 'react';
import type { Verdict } from '../lib/capability-verdicts.ts';
import { ConfirmDialog } from './confirm-dialog.tsx';
import { usePermissionGate } from './needs-permission.tsx';

/** The destructive mutation, as useMutation returns it for an action that takes no variables. */
export interface DangerAction {
  mutate: (variables: undefined, options: { onSuccess: () => void }) => void;
  reset: () => void;
  isPending: boolean;
  error: unknown;
}

export function DangerPanel({
  titleId,
  title,
  body,
  actionLabel,
  verdict,
  action,
  confirmTitle,
  confirmMessage,
  typeToConfirm,
  onDone,
}: {
  /** The heading's id, which labels the panel. */
  titleId: string;
  title: string;
  body: string;
  /** The button's label, and the confirming one's. */
  actionLabel: string;
  /** Whether the principal may take the action: a denied one is disabled, with the API it needs named. */
  verdict: Verdict;
  action: DangerAction;
  confirmTitle: string;
  confirmMessage: ReactNode;
  typeToConfirm?: string;
  /** Called once the action has succeeded and the confirmation has closed. */
  onDone?: () => void;
}) {
  const gate = usePermissionGate(verdict);
  const [confirming, setConfirming] = useState(false);
  return (
    <section className="panel panel--danger" aria-labelledby={titleId}>
      <h2 id={titleId}>{title}</h2>
      <p>{body}</p>
      <button
        type="button"
        className="button button--danger"
        onClick={() => {
          action.reset();
          setConfirming(true);
        }}
        {...gate.props}
      >
        {actionLabel}
      </button>
      {gate.note}
      <ConfirmDialog
        open={confirming}
        title={confirmTitle}
        message={confirmMessage}
        confirmLabel={actionLabel}
        typeToConfirm={typeToConfirm}
        pending={action.isPending}
        error={action.error}
        onCancel={() => setConfirming(false)}
        // A refusal stays in the dialog, beside the action that caused it.
        onConfirm={() =>
          action.mutate(undefined, {
            onSuccess: () => {
              setConfirming(false);
              onDone?.();
            },
          })
        }
      />
    </section>
  );
}

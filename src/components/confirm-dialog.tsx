// Confirmation before a destructive action: <ConfirmDialog open title message confirmLabel onConfirm onCancel pending typeToConfirm? error?>.
import { useEffect, useId, useRef, useState, type ReactNode } from 'react';
import { Dialog } from './dialog.tsx';
import { FormError } from './form-error.tsx';
import { useMessages } from '../i18n/use-i18n.ts';

export interface ConfirmDialogProps {
  open: boolean;
  title: string;
  message: ReactNode;
  confirmLabel: string;
  onConfirm: () => void;
  onCancel: () => void;
  /** While true the buttons are disabled, so a double click confirms once, and the dialog stays open. */
  pending?: boolean;
  /** When set, the confirm button stays disabled until exactly this text is typed (e.g. the user's name). */
  typeToConfirm?: string;
  /** The danger style is the default; pass false for a reversible action. */
  destructive?: boolean;
  /**
   * The action's failure (a 403 when the permissions fixed at sign-in differ from what the console read), shown in
   * the dialog as an alert: the caller keeps the dialog open on failure and marks its mutation `errorShownInForm`.
   */
  error?: unknown;
}

export function ConfirmDialog(props: ConfirmDialogProps) {
  // Remount per opening so a typed confirmation never survives a cancel.
  if (!props.open) return null;
  return <ConfirmDialogBody {...props} />;
}

function ConfirmDialogBody({
  title,
  message,
  confirmLabel,
  onConfirm,
  onCancel,
  pending = false,
  typeToConfirm,
  destructive = true,
  error,
}: ConfirmDialogProps) {
  const m = useMessages().common.dialog;
  const [typed, setTyped] = useState('');
  const inputId = useId();
  const ready = typeToConfirm === undefined || typed === typeToConfirm;
  // `pending` arrives a render after the first confirm, too late for a double click's second: remember it here,
  // and allow another try once the action has settled (a failure keeps the dialog open).
  const confirmed = useRef(false);
  useEffect(() => {
    if (!pending) confirmed.current = false;
  }, [pending]);
  return (
    <Dialog
      open
      title={title}
      role="alertdialog"
      onClose={() => {
        if (!pending) onCancel();
      }}
    >
      <form
        onSubmit={(event) => {
          event.preventDefault();
          if (!ready || pending || confirmed.current) return;
          confirmed.current = true;
          onConfirm();
        }}
      >
        <div className="dialog__message">{message}</div>
        {typeToConfirm !== undefined ? (
          <div className="field">
            <label htmlFor={inputId}>
              {m.typeToConfirmBefore}
              <strong className="mono">{typeToConfirm}</strong>
              {m.typeToConfirmAfter}
            </label>
            <input
              id={inputId}
              value={typed}
              onChange={(event) => setTyped(event.target.value)}
              autoComplete="off"
              spellCheck={false}
            />
          </div>
        ) : null}
        {pending ? null : <FormError error={error} />}
        <div className="dialog__footer">
          <button
            type="button"
            className="button"
            onClick={onCancel}
            disabled={pending}
            data-autofocus={typeToConfirm === undefined ? true : undefined}
          >
            {m.cancel}
          </button>
          <button
            type="submit"
            className={destructive ? 'button button--danger' : 'button button--primary'}
            disabled={!ready || pending}
            aria-busy={pending}
          >
            {pending ? m.working : confirmLabel}
          </button>
        </div>
      </form>
    </Dialog>
  );
}

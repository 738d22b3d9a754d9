// Modal dialog: <Dialog open title onClose footer>body</Dialog>; traps focus, closes on Escape/backdrop, gives focus back on close.
// An alertdialog wants an answer: a press on its backdrop leaves it open (Escape, × and its own buttons still close it).
// <FormDialog> is the dialog that is one form, with Cancel and a primary submit.
import { useEffect, useId, useRef, type FormEventHandler, type ReactNode } from 'react';
import { createPortal } from 'react-dom';
import { useMessages } from '../i18n/use-i18n.ts';

const FOCUSABLE =
  'a[href], button:not([disabled]), input:not([disabled]), select:not([disabled]), textarea:not([disabled]), [tabindex]:not([tabindex="-1"])';

export interface DialogProps {
  open: boolean;
  title: string;
  /**
   * Called on Escape, the close button and (for a plain dialog) a backdrop click; ignore it (e.g. while saving) to keep
   * the dialog open.
   */
  onClose: () => void;
  /** A sentence under the title, linked as the dialog's description for screen readers. */
  description?: ReactNode;
  children?: ReactNode;
  /** Buttons row; forms usually render their own buttons inside children instead. */
  footer?: ReactNode;
  /** 'alertdialog' for confirmations that need an answer. */
  role?: 'dialog' | 'alertdialog';
}

export function Dialog({
  open,
  title,
  onClose,
  description,
  children,
  footer,
  role = 'dialog',
}: DialogProps) {
  const closeLabel = useMessages().common.dialog.close;
  const titleId = useId();
  const descriptionId = useId();
  const panelRef = useRef<HTMLDivElement>(null);
  const onCloseRef = useRef(onClose);
  useEffect(() => {
    onCloseRef.current = onClose;
  });

  useEffect(() => {
    if (!open) return;
    const previouslyFocused = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    const panel = panelRef.current;
    if (panel) {
      const preferred =
        panel.querySelector<HTMLElement>('[data-autofocus]') ??
        panel.querySelector<HTMLElement>(
          'input:not([disabled]), textarea:not([disabled]), select:not([disabled])',
        ) ??
        panel.querySelector<HTMLElement>(FOCUSABLE);
      (preferred ?? panel).focus();
    }
    function onKeyDown(event: KeyboardEvent) {
      if (event.key === 'Escape') {
        event.stopPropagation();
        onCloseRef.current();
        return;
      }
      if (event.key !== 'Tab' || !panelRef.current) return;
      const items = Array.from(panelRef.current.querySelectorAll<HTMLElement>(FOCUSABLE));
      const first = items[0];
      const last = items[items.length - 1];
      if (!first || !last) {
        event.preventDefault();
        return;
      }
      if (event.shiftKey && document.activeElement === first) {
        event.preventDefault();
        last.focus();
      } else if (!event.shiftKey && document.activeElement === last) {
        event.preventDefault();
        first.focus();
      }
    }
    document.addEventListener('keydown', onKeyDown);
    return () => {
      document.removeEventListener('keydown', onKeyDown);
      if (previouslyFocused?.isConnected && !previouslyFocused.matches(':disabled')) {
        previouslyFocused.focus();
      } else {
        // The opener went with the action (a deleted key's row, "Enable MFA" once MFA is on), or cannot take focus
        // any more (disabled once the server refused it): start keyboard and screen reader users again at the
        // page's content rather than at the top of the document.
        document.getElementById('main')?.focus();
      }
    };
  }, [open]);

  if (!open) return null;
  return createPortal(
    <div
      className="dialog-backdrop"
      onMouseDown={(event) => {
        // Not for an alertdialog: its outcome (a bulk run's results) can replace a taller view, and the second click of
        // a slow double click on its confirm button then lands out here, closing what the admin has not read yet.
        // Nor for a press that continues a double click begun elsewhere: the dialog it opened (a new secret, a
        // generated password) must not be dismissed by the click that came with it.
        if (role === 'dialog' && event.detail <= 1 && event.target === event.currentTarget) onClose();
      }}
    >
      <div
        ref={panelRef}
        className="dialog"
        role={role}
        aria-modal="true"
        aria-labelledby={titleId}
        aria-describedby={description ? descriptionId : undefined}
        tabIndex={-1}
      >
        <header className="dialog__header">
          <h2 id={titleId} className="dialog__title">
            {title}
          </h2>
          <button type="button" className="icon-button" aria-label={closeLabel} onClick={onClose}>
            ×
          </button>
        </header>
        {description ? (
          <p id={descriptionId} className="dialog__description">
            {description}
          </p>
        ) : null}
        <div className="dialog__body">{children}</div>
        {footer ? <footer className="dialog__footer">{footer}</footer> : null}
      </div>
    </div>,
    document.body,
  );
}

/**
 * A dialog that is one form, with Cancel and a primary submit; while the submit is pending neither the buttons nor
 * Escape, the backdrop or the close button leave it. Here rather than in a file of its own: it then costs no chunk of
 * its own, whose name every route that may open it would list.
 */
export function FormDialog({
  title,
  description,
  pending,
  onClose,
  onSubmit,
  labels,
  children,
}: {
  title: string;
  description?: ReactNode;
  pending: boolean;
  onClose: () => void;
  onSubmit: FormEventHandler<HTMLFormElement>;
  labels: { cancel: string; submit: string; submitting: string };
  /** The form's fields and its error. */
  children: ReactNode;
}) {
  return (
    <Dialog
      open
      title={title}
      description={description}
      onClose={() => {
        if (!pending) onClose();
      }}
    >
      <form className="form" noValidate onSubmit={onSubmit}>
        {children}
        <div className="form__actions">
          <button type="button" className="button" onClick={onClose} disabled={pending}>
            {labels.cancel}
          </button>
          <button type="submit" className="button button--primary" disabled={pending}>
            {pending ? labels.submitting : labels.submit}
          </button>
        </div>
      </form>
    </Dialog>
  );
}

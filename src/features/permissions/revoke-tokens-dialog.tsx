// After a user's permission is saved: offer to end their sessions so the new permission applies now, not at their next sign-in.
import { Dialog } from '../../components/dialog.tsx';
import { FormError } from '../../components/form-error.tsx';
import { useMessages } from '../../i18n/use-i18n.ts';

export function RevokeTokensDialog({
  userName,
  self = false,
  pending,
  error,
  onRevoke,
  onClose,
}: {
  userName: string;
  /** The signed-in user is the one whose tokens would be revoked: their own session ends too. */
  self?: boolean;
  pending: boolean;
  error: unknown;
  onRevoke: () => void;
  onClose: () => void;
}) {
  const m = useMessages().permissions.revoke;
  return (
    <Dialog
      open
      role="alertdialog"
      title={m.title}
      onClose={() => {
        if (!pending) onClose();
      }}
    >
      <p className="dialog__message">
        {m.bodyBefore}
        <strong className="mono">{userName}</strong>
        {m.bodyAfter}
      </p>
      {self ? <p className="notice notice--warning">{m.self}</p> : null}
      <FormError error={error} />
      <div className="dialog__footer revoke-offer__actions">
        <button type="button" className="button" onClick={onClose} disabled={pending} data-autofocus>
          {m.notNow}
        </button>
        <button
          type="button"
          className="button button--danger"
          onClick={onRevoke}
          disabled={pending}
          aria-busy={pending}
        >
          {pending ? m.revoking : m.revoke}
        </button>
      </div>
    </Dialog>
  );
}

// After a user's permission is saved: offer to end their sessions so the new permission applies now, not at their next sign-in.
import { Dialog } from '../../components/dialog.tsx';
import { FormError } from '../../components/form-error.tsx';

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
  return (
    <Dialog
      open
      role="alertdialog"
      title="Apply the change now?"
      onClose={() => {
        if (!pending) onClose();
      }}
    >
      <p className="dialog__message">
        The permission is saved, but <strong className="mono">{userName}</strong> keeps the old one in every
        session that is already open (a permission is fixed into a token when it is issued). Revoke their
        tokens to end those sessions: the new permission then applies at their next sign-in.
      </p>
      {self ? (
        <p className="notice notice--warning">
          This is your own user: revoking ends this session too, and you will be asked to sign in again.
        </p>
      ) : null}
      <FormError error={error} />
      <div className="dialog__footer revoke-offer__actions">
        <button type="button" className="button" onClick={onClose} disabled={pending} data-autofocus>
          Not now
        </button>
        <button
          type="button"
          className="button button--danger"
          onClick={onRevoke}
          disabled={pending}
          aria-busy={pending}
        >
          {pending ? 'Revoking…' : 'Revoke tokens now'}
        </button>
      </div>
    </Dialog>
  );
}

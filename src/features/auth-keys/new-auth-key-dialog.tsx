// Shows a new AuthKey's secret once, and makes closing it a deliberate "I have saved it" decision.
import { useState } from 'react';
import { ConfirmDialog } from '../../components/confirm-dialog.tsx';
import { Dialog } from '../../components/dialog.tsx';
import type { AuthKeyCredentials } from './auth-key-csv.ts';
import { NewAuthKeySecret } from './new-auth-key-secret.tsx';

interface NewAuthKeyDialogProps {
  userName: string;
  /** The generate mutation's answer; the dialog keeps no copy, so dropping it (reset) drops the secret. */
  credentials: AuthKeyCredentials;
  /** Called once the admin confirms the secret is saved: the caller must discard `credentials`. */
  onDone: () => void;
}

export function NewAuthKeyDialog({ userName, credentials, onDone }: NewAuthKeyDialogProps) {
  const [asking, setAsking] = useState(false);
  const [saved, setSaved] = useState(false);

  // One dialog at a time (the question replaces the secret view) so Escape and focus have one owner.
  if (asking) {
    return (
      <ConfirmDialog
        open
        title="Have you saved the secret?"
        message={
          <>
            <p>
              Once this closes, the secret of <code>{credentials.authKeyId}</code> cannot be shown again, by
              SAM Console or by the API.
            </p>
            <p>
              {saved
                ? 'You copied or downloaded it in this dialog.'
                : 'You have not copied or downloaded it yet.'}{' '}
              Choose Cancel to go back to it.
            </p>
          </>
        }
        confirmLabel="Yes, close"
        destructive={!saved}
        onConfirm={onDone}
        onCancel={() => setAsking(false)}
      />
    );
  }

  return (
    <Dialog
      open
      title={`New AuthKey for ${userName}`}
      onClose={() => setAsking(true)}
      footer={
        <button type="button" className="button button--primary" onClick={() => setAsking(true)}>
          Done
        </button>
      }
    >
      <NewAuthKeySecret userName={userName} credentials={credentials} onSaved={() => setSaved(true)} />
    </Dialog>
  );
}

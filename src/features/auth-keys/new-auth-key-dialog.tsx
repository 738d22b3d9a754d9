// Shows a new AuthKey's secret once, and makes closing it a deliberate "I have saved it" decision.
import { useState } from 'react';
import { ConfirmDialog } from '../../components/confirm-dialog.tsx';
import { Dialog } from '../../components/dialog.tsx';
import type { AuthKeyCredentials } from './auth-key-csv.ts';
import { NewAuthKeySecret } from './new-auth-key-secret.tsx';
import { useMessages } from '../../i18n/use-i18n.ts';

interface NewAuthKeyDialogProps {
  userName: string;
  /** The generate mutation's answer; the dialog keeps no copy, so dropping it (reset) drops the secret. */
  credentials: AuthKeyCredentials;
  /** Called once the admin confirms the secret is saved: the caller must discard `credentials`. */
  onDone: () => void;
}

export function NewAuthKeyDialog({ userName, credentials, onDone }: NewAuthKeyDialogProps) {
  const m = useMessages().authKeys.newKey;
  const [asking, setAsking] = useState(false);
  const [saved, setSaved] = useState(false);

  // One dialog at a time (the question replaces the secret view) so Escape and focus have one owner.
  if (asking) {
    return (
      <ConfirmDialog
        open
        title={m.askTitle}
        message={
          <>
            <p>
              {m.askBefore}
              <code>{credentials.authKeyId}</code>
              {m.askAfter}
            </p>
            <p>
              {saved ? m.saved : m.notSaved} {m.goBack}
            </p>
          </>
        }
        confirmLabel={m.close}
        destructive={!saved}
        onConfirm={onDone}
        onCancel={() => setAsking(false)}
      />
    );
  }

  return (
    <Dialog
      open
      title={m.title({ userName })}
      onClose={() => setAsking(true)}
      footer={
        <button type="button" className="button button--primary" onClick={() => setAsking(true)}>
          {m.done}
        </button>
      }
    >
      <NewAuthKeySecret userName={userName} credentials={credentials} onSaved={() => setSaved(true)} />
    </Dialog>
  );
}

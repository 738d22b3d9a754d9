// Shows a generated console password once, with a copy button. The caller holds the password in its state only and
// drops it on onDone: nothing of it reaches the query cache, storage or the URL. Fetched on intent.
import { useId } from 'react';
import { CopyButton } from '../../components/copy-button.tsx';
import { Dialog } from '../../components/dialog.tsx';
import { useMessages } from '../../i18n/use-i18n.ts';
import './password.css';

export function GeneratedPasswordDialog({
  userName,
  password,
  onDone,
}: {
  userName: string;
  password: string;
  /** The caller must discard `password` here. */
  onDone: () => void;
}) {
  const m = useMessages().users.generated;
  const labelId = useId();
  return (
    <Dialog
      open
      title={m.title({ userName })}
      onClose={onDone}
      footer={
        <button type="button" className="button button--primary" onClick={onDone}>
          {m.done}
        </button>
      }
    >
      <p className="notice notice--warning">
        <strong>{m.warningStrong}</strong>
        {m.warning}
      </p>
      <div className="generated-password" role="group" aria-labelledby={labelId}>
        <span id={labelId} className="generated-password__label">
          {m.label}
        </span>
        <code className="generated-password__value">{password}</code>
        <CopyButton label={m.copy} text={password} copiedMessage={m.copied} />
      </div>
      <p className="field__hint">{m.signIn}</p>
    </Dialog>
  );
}

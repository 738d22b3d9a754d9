// The one view of a new AuthKey's secret: key ID and secret with copy buttons, and the CSV download.
import { useId } from 'react';
import { CopyButton } from '../../components/copy-button.tsx';
import type { AuthKeyCredentials } from './auth-key-csv.ts';
import { downloadAuthKeyCsv } from './download-auth-key-csv.ts';
import { useMessages } from '../../i18n/use-i18n.ts';

export function NewAuthKeySecret({
  userName,
  credentials,
  onSaved,
}: {
  userName: string;
  credentials: AuthKeyCredentials;
  /** Called when the admin copies the secret or downloads the CSV, so the close check can say so. */
  onSaved: () => void;
}) {
  const m = useMessages().authKeys.newKey;
  const idTerm = useId();
  const secretTerm = useId();
  return (
    <div className="secret-panel">
      <p className="notice notice--warning">
        <strong>{m.warningStrong}</strong>
        {m.warning}
      </p>
      {/* Named groups rather than dt/dd: a definition cannot carry a name, and each value needs one to be found and read. */}
      <div className="secret-panel__fields">
        <div className="secret-field" role="group" aria-labelledby={idTerm}>
          <span id={idTerm} className="secret-field__label">
            {m.id}
          </span>
          <code className="secret-panel__value">{credentials.authKeyId}</code>
          <CopyButton label={m.copyId} text={credentials.authKeyId} copiedMessage={m.idCopied} />
        </div>
        <div className="secret-field" role="group" aria-labelledby={secretTerm}>
          <span id={secretTerm} className="secret-field__label">
            {m.secret}
          </span>
          <code className="secret-panel__value">{credentials.authKey}</code>
          <CopyButton
            label={m.copySecret}
            text={credentials.authKey}
            copiedMessage={m.secretCopied}
            onCopied={onSaved}
          />
        </div>
      </div>
      <button
        type="button"
        className="button"
        onClick={() => {
          downloadAuthKeyCsv(userName, credentials);
          onSaved();
        }}
      >
        {m.download}
      </button>
    </div>
  );
}

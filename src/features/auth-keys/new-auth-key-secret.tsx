// The one view of a new AuthKey's secret: key ID and secret with copy buttons, and the CSV download.
import { useId } from 'react';
import { CopyButton } from '../../components/copy-button.tsx';
import type { AuthKeyCredentials } from './auth-key-csv.ts';
import { downloadAuthKeyCsv } from './download-auth-key-csv.ts';

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
  const idTerm = useId();
  const secretTerm = useId();
  return (
    <div className="secret-panel">
      <p className="notice notice--warning">
        <strong>Save the secret now.</strong> This is the only time it is shown: SAM Console and the API
        cannot show it again. If it is lost, generate a new key and delete this one.
      </p>
      {/* Named groups rather than dt/dd: a definition cannot carry a name, and each value needs one to be found and read. */}
      <div className="secret-panel__fields">
        <div className="secret-field" role="group" aria-labelledby={idTerm}>
          <span id={idTerm} className="secret-field__label">
            AuthKey ID
          </span>
          <code className="secret-panel__value">{credentials.authKeyId}</code>
          <CopyButton
            label="Copy AuthKey ID"
            text={credentials.authKeyId}
            copiedMessage="AuthKey ID copied."
          />
        </div>
        <div className="secret-field" role="group" aria-labelledby={secretTerm}>
          <span id={secretTerm} className="secret-field__label">
            AuthKey secret
          </span>
          <code className="secret-panel__value">{credentials.authKey}</code>
          <CopyButton
            label="Copy secret"
            text={credentials.authKey}
            copiedMessage="Secret copied."
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
        Download CSV
      </button>
    </div>
  );
}

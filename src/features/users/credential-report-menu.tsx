// "Credential report" buttons: read every user's MFA status (cached, a few at a time), then build the CSV or JSON
// and save it. What does it (credential-report-download.ts, with papaparse) is fetched on the first click, not with
// the list.
import { useState } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import { describeApiError } from '../../api/api-error.ts';
import type { UserDetail } from '../../api/operations.ts';
import { readSession } from '../../api/session-store.ts';
import { useMessages } from '../../i18n/use-i18n.ts';

type Format = 'csv' | 'json';

export function CredentialReportMenu({
  users,
  lastSignInProvided,
}: {
  users: readonly UserDetail[];
  lastSignInProvided: boolean;
}) {
  const client = useQueryClient();
  const text = useMessages().hygiene.report;
  const [busy, setBusy] = useState<{ format: Format; done: number } | null>(null);
  const [error, setError] = useState<string | null>(null);

  const download = async (format: Format) => {
    if (busy) return;
    setError(null);
    setBusy({ format, done: 0 });
    try {
      const { downloadCredentialReport } = await import('./credential-report-download.ts');
      await downloadCredentialReport({
        client,
        users,
        lastSignInProvided,
        operatorId: readSession()?.operatorId ?? 'operator',
        format,
        onProgress: (done) => setBusy({ format, done }),
      });
    } catch (failure) {
      setError(text.failed({ reason: describeApiError(failure) }));
    } finally {
      setBusy(null);
    }
  };

  return (
    <div className="report-menu" role="group" aria-label={text.label}>
      <span className="report-menu__label">{text.label}</span>
      <button
        type="button"
        className="button button--small"
        disabled={busy !== null}
        onClick={() => void download('csv')}
      >
        {text.csv}
      </button>
      <button
        type="button"
        className="button button--small"
        disabled={busy !== null}
        onClick={() => void download('json')}
      >
        {text.json}
      </button>
      {busy ? (
        <span className="muted" role="status">
          {text.reading({ done: busy.done, total: users.length })}
        </span>
      ) : null}
      {error ? (
        <span className="form-error" role="alert">
          {error}
        </span>
      ) : null}
    </div>
  );
}

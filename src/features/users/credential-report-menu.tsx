// "Credential report" buttons: read every user's MFA status (cached, a few at a time), then build the CSV or JSON
// and save it. The report module (and papaparse) is fetched on the first click, not with the list.
import { useState } from 'react';
import { useQueryClient, type QueryClient } from '@tanstack/react-query';
import { describeApiError } from '../../api/api-error.ts';
import type { UserDetail } from '../../api/operations.ts';
import { readSession } from '../../api/session-store.ts';
import type { MfaStatus } from '../../lib/sam-rules.ts';
import { userMfaStatusOptions } from '../../queries/user-queries.ts';
import { useMessages } from '../../i18n/use-i18n.ts';
import { MFA_STALE_MS } from './mfa-statuses.ts';

/** Every user's MFA status through the shared query (cached ones are not asked again); unreadable ones are left out. */
export async function loadAllMfaStatuses(
  client: QueryClient,
  users: readonly UserDetail[],
  onProgress: (done: number) => void,
): Promise<Map<string, MfaStatus>> {
  const statuses = new Map<string, MfaStatus>();
  let done = 0;
  await Promise.all(
    users.map(async (user) => {
      try {
        const answer = await client.fetchQuery({
          ...userMfaStatusOptions(user.userName),
          staleTime: MFA_STALE_MS,
        });
        statuses.set(user.userName, answer.status);
      } catch {
        // Not permitted or failed: the report says "unknown" for this user rather than stopping.
      }
      done += 1;
      onProgress(done);
    }),
  );
  return statuses;
}

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
      const [report, mfa] = await Promise.all([
        import('./credential-report.ts'),
        loadAllMfaStatuses(client, users, (done) => setBusy({ format, done })),
      ]);
      report.saveCredentialReport({
        users,
        mfa,
        now: Math.floor(Date.now() / 1000),
        lastSignInProvided,
        operatorId: readSession()?.operatorId ?? 'operator',
        format,
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

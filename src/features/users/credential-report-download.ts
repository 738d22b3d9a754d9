// The credential report's run, fetched on the first click of its buttons: read every user's MFA status through the
// shared query (cached ones are not asked again, a few at a time), then build the report and save it as a file.
import type { QueryClient } from '@tanstack/react-query';
import type { UserDetail } from '../../api/operations.ts';
import { downloadFile } from '../../lib/download-file.ts';
import type { MfaStatus } from '../../lib/sam-rules.ts';
import { userMfaStatusOptions } from '../../queries/user-queries.ts';
import {
  credentialReport,
  credentialReportCsv,
  credentialReportFileName,
  credentialReportJson,
} from './credential-report.ts';
import { MFA_STALE_MS } from './mfa-statuses.ts';

/** Every user's MFA status through the shared query; unreadable ones are left out. */
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

export async function downloadCredentialReport({
  client,
  users,
  lastSignInProvided,
  operatorId,
  format,
  onProgress,
}: {
  client: QueryClient;
  users: readonly UserDetail[];
  lastSignInProvided: boolean;
  operatorId: string;
  format: 'csv' | 'json';
  onProgress: (done: number) => void;
}): Promise<void> {
  const mfa = await loadAllMfaStatuses(client, users, onProgress);
  const data = credentialReport({ users, mfa, now: Math.floor(Date.now() / 1000), lastSignInProvided });
  const fileName = credentialReportFileName(operatorId, data, format);
  if (format === 'csv') downloadFile(fileName, credentialReportCsv(data), 'text/csv;charset=utf-8');
  else downloadFile(fileName, credentialReportJson(data), 'application/json');
}

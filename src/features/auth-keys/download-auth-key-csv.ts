// Saves a new AuthKey as a CSV file through a short-lived Blob URL, so the secret never lands in a URL that lasts.
import { authKeyCsv, authKeyCsvFileName, type AuthKeyCredentials } from './auth-key-csv.ts';

export function downloadAuthKeyCsv(userName: string, credentials: AuthKeyCredentials): void {
  const blob = new Blob([authKeyCsv(credentials)], { type: 'text/csv;charset=utf-8' });
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = authKeyCsvFileName(userName, credentials.authKeyId);
  link.rel = 'noopener';
  link.hidden = true;
  document.body.append(link);
  try {
    link.click();
  } finally {
    link.remove();
    // The download has taken its copy of the blob when click() returns; the URL must not outlive it.
    URL.revokeObjectURL(url);
  }
}

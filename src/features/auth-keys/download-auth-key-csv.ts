// Saves a new AuthKey as a CSV file through a short-lived Blob URL, so the secret never lands in a URL that lasts.
import { downloadFile } from '../../lib/download-file.ts';
import { authKeyCsv, authKeyCsvFileName, type AuthKeyCredentials } from './auth-key-csv.ts';

export function downloadAuthKeyCsv(userName: string, credentials: AuthKeyCredentials): void {
  downloadFile(
    authKeyCsvFileName(userName, credentials.authKeyId),
    authKeyCsv(credentials),
    'text/csv;charset=utf-8',
  );
}

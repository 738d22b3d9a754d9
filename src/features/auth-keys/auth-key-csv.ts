// The CSV file an admin downloads to keep a new AuthKey: a header and one row, `authKeyId,authKey`.

export interface AuthKeyCredentials {
  authKeyId: string;
  authKey: string;
}

export const AUTH_KEY_CSV_HEADER = 'authKeyId,authKey';

/** RFC 4180 text with CRLF line ends; a field is quoted only when it holds a comma, quote or line break. */
export function authKeyCsv({ authKeyId, authKey }: AuthKeyCredentials): string {
  return `${AUTH_KEY_CSV_HEADER}\r\n${csvField(authKeyId)},${csvField(authKey)}\r\n`;
}

function csvField(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

/**
 * A file name that says whose key it is, e.g. `authkey-alice-keyId-abc.csv`. User names may hold
 * characters some file systems refuse (`,` `=` `+` `@` are fine on most, but keep it portable).
 */
export function authKeyCsvFileName(userName: string, authKeyId: string): string {
  const safe = (text: string) => text.replace(/[^A-Za-z0-9_.@-]/g, '_');
  return `authkey-${safe(userName)}-${safe(authKeyId)}.csv`;
}

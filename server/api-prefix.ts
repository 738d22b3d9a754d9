// Where the SAM API lives in the URL space: /v1 and everything below it.
export const API_PREFIX = '/v1';

/** /v1 or below it, whatever the query string. Asked on every answer, so it allocates nothing. */
export function isApiPath(url: string): boolean {
  if (!url.startsWith(API_PREFIX)) return false;
  if (url.length === API_PREFIX.length) return true;
  const next = url[API_PREFIX.length];
  return next === '/' || next === '?';
}

// Where the SAM API lives in the URL space: /v1 and everything below it.
export const API_PREFIX = '/v1';

/** /v1 or below it, whatever the query string. */
export function isApiPath(url: string): boolean {
  const path = url.split('?')[0] ?? '';
  return path === API_PREFIX || path.startsWith(`${API_PREFIX}/`);
}

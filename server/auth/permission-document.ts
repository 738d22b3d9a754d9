// Checks that a permission document (a JSON string) can be stored; the permission engine will refine it.

export type PermissionDocumentCheck =
  | { ok: true }
  | { ok: false; message: string; line?: number; column?: number };

export function checkPermissionDocument(text: string): PermissionDocumentCheck {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (err) {
    return { ok: false, message: `not valid JSON (${err instanceof Error ? err.message : 'parse error'})` };
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) {
    return { ok: false, message: 'the document must be a JSON object with a "statements" array' };
  }
  if (!Array.isArray((parsed as { statements?: unknown }).statements)) {
    return { ok: false, message: '"statements" must be an array' };
  }
  return { ok: true };
}

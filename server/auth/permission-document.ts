// Checks that a permission document (a JSON string) can be stored, with the engine's validation and position.
import { firstPermissionError } from '../../src/permissions/index.ts';

export type PermissionDocumentCheck =
  { ok: true } | { ok: false; message: string; line?: number; column?: number };

/**
 * The first error of the document (syntax, shape or condition) with its 1-based line and column.
 * Unknown API names are warnings in the engine and do not stop a document from being stored.
 */
export function checkPermissionDocument(text: string): PermissionDocumentCheck {
  const error = firstPermissionError(text);
  if (!error) return { ok: true };
  return { ok: false, message: error.message, line: error.line, column: error.column };
}

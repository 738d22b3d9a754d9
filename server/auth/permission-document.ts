// Checks that a permission document or a trust policy (a JSON string) can be stored, with the engine's validation and position.
import {
  firstPermissionError,
  firstTrustPolicyError,
  type PermissionDiagnostic,
} from '../../src/permissions/index.ts';
import { ApiFailure } from '../errors.ts';

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

const located = (error: PermissionDiagnostic): string =>
  `${error.message} (line ${error.line}, column ${error.column})`;

/** 400 SAM0008 naming the field, the first error and where it is. */
export function requireValidDocument(field: string, text: string): void {
  const check = checkPermissionDocument(text);
  if (check.ok) return;
  const where =
    check.line === undefined
      ? ''
      : ` (line ${check.line}${check.column === undefined ? '' : `, column ${check.column}`})`;
  throw new ApiFailure('SAM0008', { field, detail: `${check.message}${where}` });
}

/** 400 SAM0010 naming the field, the trust policy's first error and where it is. */
export function requireValidTrustPolicy(field: string, text: string): void {
  const error = firstTrustPolicyError(text);
  if (error) throw new ApiFailure('SAM0010', { field, detail: located(error) });
}

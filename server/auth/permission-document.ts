// Checks that a permission document or a trust policy (a JSON string) can be stored, with the engine's validation and position.
import {
  firstPermissionError,
  firstTrustPolicyError,
  wordProblem,
  type PermissionDiagnostic,
} from '../../src/permissions/index.ts';
import { problems as japaneseProblems } from '../../src/permissions/problem-messages-ja.ts';
import { ApiFailure } from '../errors.ts';

/**
 * The error and where it is, in both languages (the answer's language is chosen later, from X-Soracom-Lang):
 * English is the engine's own message, Japanese its problem worded by the console's Japanese table.
 */
const located = (error: PermissionDiagnostic) => ({
  detail: `${error.message} (line ${error.line}, column ${error.column})`,
  detail_ja: `${error.line} 行 ${error.column} 列: ${wordProblem(japaneseProblems, error.problem)}`,
});

/**
 * 400 SAM0008 naming the field, the first error (syntax, shape or condition) and where it is. Unknown API names
 * are warnings in the engine and do not stop a document from being stored.
 */
export function requireValidDocument(field: string, text: string): void {
  const error = firstPermissionError(text);
  if (error) throw new ApiFailure('SAM0008', { field, ...located(error) });
}

/** 400 SAM0010 naming the field, the trust policy's first error and where it is. */
export function requireValidTrustPolicy(field: string, text: string): void {
  const error = firstTrustPolicyError(text);
  if (error) throw new ApiFailure('SAM0010', { field, ...located(error) });
}

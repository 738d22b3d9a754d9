// Maps the engine's diagnostics onto the editor's lint ranges and onto the readable list under the editor.
import type { Diagnostic } from '@codemirror/lint';
import {
  wordProblem,
  type DiagnosticProblemWording,
  type PermissionDiagnostic,
} from '../../permissions/index.ts';
import { messages } from '../../i18n/i18n-store.ts';
import { problemWording } from '../../i18n/problem-wording.ts';
import { markerRange } from '../../components/marker-range.ts';

/**
 * The diagnostic in the console's language (the engine's `message` is English, for the API). Components
 * pass the wording from useProblemWording(); an editor's lint callback leaves it to the current language.
 */
export function diagnosticMessage(
  diagnostic: Pick<PermissionDiagnostic, 'problem'>,
  wording: DiagnosticProblemWording = problemWording(),
): string {
  return wordProblem(wording, diagnostic.problem);
}

/**
 * CodeMirror diagnostics for a document of `length` characters. The engine's offsets are UTF-16
 * code units, as CodeMirror counts them, so they carry over; an empty span (a missing value, an
 * unexpected end) is widened to one character so its marker can be seen, and nothing may point
 * past the end of the text the editor holds now.
 */
export function toEditorDiagnostics(
  diagnostics: readonly PermissionDiagnostic[],
  length: number,
): Diagnostic[] {
  return diagnostics.map((diagnostic) => ({
    ...markerRange(diagnostic.from, diagnostic.to, length),
    severity: diagnostic.severity,
    message: diagnosticMessage(diagnostic),
    source: messages().permissions.diagnostics.sources[diagnostic.kind],
  }));
}

/** "Line 3, column 14" for the list under the editor (both count from 1, as the editor's gutter does). */
export function diagnosticPlace(diagnostic: Pick<PermissionDiagnostic, 'line' | 'column'>): string {
  return messages().permissions.diagnostics.place({ line: diagnostic.line, column: diagnostic.column });
}

export interface DiagnosticCounts {
  errors: number;
  warnings: number;
}

export function countDiagnostics(diagnostics: readonly PermissionDiagnostic[]): DiagnosticCounts {
  let errors = 0;
  let warnings = 0;
  for (const diagnostic of diagnostics) {
    if (diagnostic.severity === 'error') errors++;
    else warnings++;
  }
  return { errors, warnings };
}

/** "2 errors, 1 warning" or "No problems". */
export function summarizeDiagnostics({ errors, warnings }: DiagnosticCounts): string {
  const m = messages().permissions.diagnostics;
  if (errors === 0 && warnings === 0) return m.none;
  if (errors && warnings)
    return m.joined({ errors: m.errors({ count: errors }), warnings: m.warnings({ count: warnings }) });
  return errors ? m.errors({ count: errors }) : m.warnings({ count: warnings });
}

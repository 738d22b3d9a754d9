// The list of a permission document's problems: each place a button that shows it in the editor, with its severity and message.
import { useId } from 'react';
import type { PermissionDiagnostic } from '../../permissions/index.ts';
import { useProblemWording } from '../../i18n/problem-wording.ts';
import { useMessages } from '../../i18n/use-i18n.ts';
import { diagnosticMessage, diagnosticPlace } from './editor-diagnostics.ts';

export function PermissionProblems({
  diagnostics,
  onReveal,
}: {
  diagnostics: readonly PermissionDiagnostic[];
  /** Selects the problem's span in the editor. */
  onReveal: (from: number, to: number) => void;
}) {
  const id = useId();
  const m = useMessages().permissions.workspace;
  const wording = useProblemWording();
  if (diagnostics.length === 0) return null;
  return (
    <section aria-labelledby={`${id}-problems`} className="problems">
      <h3 id={`${id}-problems`}>{m.problems}</h3>
      <ul className="problems__list">
        {diagnostics.map((diagnostic, index) => (
          <li key={`${diagnostic.from}-${index}`} className={`problem problem--${diagnostic.severity}`}>
            {/* Tabbing through the list reads the place with its message, not a bare "Line 3, column 17". */}
            <button
              type="button"
              className="button--link problem__place"
              onClick={() => onReveal(diagnostic.from, diagnostic.to)}
              aria-describedby={`${id}-problem-${index}-severity ${id}-problem-${index}`}
            >
              {diagnosticPlace(diagnostic)}
            </button>
            <span
              id={`${id}-problem-${index}-severity`}
              className={diagnostic.severity === 'error' ? 'badge badge--denied' : 'badge badge--warn'}
            >
              {diagnostic.severity === 'error' ? m.error : m.warning}
            </span>
            <span id={`${id}-problem-${index}`} className="problem__message">
              {diagnosticMessage(diagnostic, wording)}
            </span>
          </li>
        ))}
      </ul>
    </section>
  );
}

// <TrustPolicyEditor>: a small CodeMirror editor for a trust policy, with the engine's checks inline and SRN completion.
import type { Ref } from 'react';
import { drawSelection, EditorView, lineNumbers } from '@codemirror/view';
import { linter, lintGutter } from '@codemirror/lint';
import { autocompletion, closeBrackets } from '@codemirror/autocomplete';
import { history } from '@codemirror/commands';
import { json } from '@codemirror/lang-json';
import { bracketMatching, syntaxHighlighting } from '@codemirror/language';
import { analyzeTrustPolicy, wordProblem } from '../../permissions/index.ts';
import { problemWording } from '../../i18n/problem-wording.ts';
import { codeEditorHighlight, codeEditorTheme } from '../../components/code-editor-theme.ts';
import { codeEditorKeymap } from '../../components/code-editor-keymap.ts';
import '../../components/code-editor.css';
import { useCodeMirror, type CodeEditorHandle } from '../../components/use-code-mirror.ts';
import { markerRange } from '../../components/marker-range.ts';
import { srnCompletionSource, type SrnOption } from './srn-completion.ts';

/** replaceText: the "Add trusted user" form, Revert; reveal: a problem in the list. */
export type TrustPolicyEditorHandle = CodeEditorHandle;

export interface TrustPolicyEditorProps {
  initialText: string;
  label: string;
  /** Id of the hint that says how to get the suggestions. */
  describedBy: string;
  onChange: (text: string) => void;
  /** The SRNs offered inside `principal.soracom`; read at each completion, so it may arrive later. */
  srns: readonly SrnOption[];
  ref?: Ref<TrustPolicyEditorHandle>;
}

/**
 * Only what a document of a few statements needs: line numbers, undo, brackets, completion and lint. No Tab key is
 * bound, so Tab moves focus out as in any field; the completion list takes Enter, arrows and Escape.
 */
export function TrustPolicyCodeEditor({
  initialText,
  label,
  describedBy,
  onChange,
  srns,
  ref,
}: TrustPolicyEditorProps) {
  const hostRef = useCodeMirror({
    initialText,
    ref,
    revealAtLeastOneCharacter: true,
    latest: { onChange, srns },
    extensions: (read) => [
      lineNumbers(),
      history(),
      drawSelection(),
      bracketMatching(),
      closeBrackets(),
      autocompletion({ override: [srnCompletionSource(() => read().srns)] }),
      codeEditorKeymap,
      json(),
      syntaxHighlighting(codeEditorHighlight),
      linter(
        (editor) => {
          const text = editor.state.doc.toString();
          if (text.trim() === '') return [];
          return analyzeTrustPolicy(text).diagnostics.map((problem) => ({
            // A problem with no width (the text cut short) still gets a marker to see.
            ...markerRange(problem.from, problem.to, text.length),
            severity: 'error' as const,
            // The console's language, not the engine's English message (that one is for the API).
            message: wordProblem(problemWording(), problem.problem),
          }));
        },
        { delay: 250 },
      ),
      lintGutter(),
      codeEditorTheme,
      EditorView.lineWrapping,
      EditorView.contentAttributes.of({ 'aria-label': label, 'aria-describedby': describedBy }),
      EditorView.updateListener.of((update) => {
        if (update.docChanged) read().onChange(update.state.doc.toString());
      }),
    ],
    rebuildOn: [label, describedBy],
  });

  return <div ref={hostRef} className="code-editor trust-policy-editor" data-testid="trust-policy-editor" />;
}

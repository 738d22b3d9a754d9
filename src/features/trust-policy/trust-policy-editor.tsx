// <TrustPolicyEditor>: a small CodeMirror editor for a trust policy, with the engine's checks inline and SRN completion.
import { useEffect, useImperativeHandle, useRef, type Ref } from 'react';
import { EditorSelection, EditorState } from '@codemirror/state';
import { drawSelection, EditorView, keymap, lineNumbers } from '@codemirror/view';
import { linter, lintGutter, lintKeymap } from '@codemirror/lint';
import {
  autocompletion,
  closeBrackets,
  closeBracketsKeymap,
  completionKeymap,
} from '@codemirror/autocomplete';
import { defaultKeymap, history, historyKeymap } from '@codemirror/commands';
import { json } from '@codemirror/lang-json';
import { bracketMatching, syntaxHighlighting } from '@codemirror/language';
import { analyzeTrustPolicy, wordProblem } from '../../permissions/index.ts';
import { problemWording } from '../../i18n/problem-wording.ts';
import { codeEditorHighlight, codeEditorTheme } from '../../components/code-editor-theme.ts';
import '../../components/code-editor.css';
import { srnCompletionSource, type SrnOption } from './srn-completion.ts';

export interface TrustPolicyEditorHandle {
  /** Replaces the whole text as one undoable change (the "Add trusted user" form, Revert). */
  replaceText(text: string): void;
  /** Selects a span, scrolls it into view and focuses the editor (a problem in the list). */
  reveal(from: number, to: number): void;
}

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
  const hostRef = useRef<HTMLDivElement>(null);
  const viewRef = useRef<EditorView | null>(null);
  const onChangeRef = useRef(onChange);
  const srnsRef = useRef(srns);
  useEffect(() => {
    onChangeRef.current = onChange;
    srnsRef.current = srns;
  });
  const initialTextRef = useRef(initialText);

  useEffect(() => {
    const host = hostRef.current;
    if (!host) return;
    const view = new EditorView({
      parent: host,
      state: EditorState.create({
        doc: initialTextRef.current,
        extensions: [
          lineNumbers(),
          history(),
          drawSelection(),
          bracketMatching(),
          closeBrackets(),
          autocompletion({ override: [srnCompletionSource(() => srnsRef.current)] }),
          keymap.of([
            ...closeBracketsKeymap,
            ...defaultKeymap,
            ...historyKeymap,
            ...completionKeymap,
            ...lintKeymap,
          ]),
          json(),
          syntaxHighlighting(codeEditorHighlight),
          linter(
            (editor) => {
              const text = editor.state.doc.toString();
              if (text.trim() === '') return [];
              return analyzeTrustPolicy(text).diagnostics.map((problem) => ({
                from: Math.min(problem.from, text.length),
                to: Math.min(Math.max(problem.to, problem.from), text.length),
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
            if (update.docChanged) onChangeRef.current(update.state.doc.toString());
          }),
        ],
      }),
    });
    viewRef.current = view;
    return () => {
      view.destroy();
      viewRef.current = null;
    };
  }, [label, describedBy]);

  useImperativeHandle(
    ref,
    () => ({
      replaceText(text) {
        const view = viewRef.current;
        if (!view) return;
        view.dispatch({
          changes: { from: 0, to: view.state.doc.length, insert: text },
          selection: EditorSelection.cursor(0),
          scrollIntoView: true,
        });
      },
      reveal(from, to) {
        const view = viewRef.current;
        if (!view) return;
        const length = view.state.doc.length;
        const anchor = Math.max(0, Math.min(from, length));
        const head = Math.max(anchor, Math.min(Math.max(to, from + 1), length));
        view.dispatch({
          selection: EditorSelection.single(anchor, head),
          effects: EditorView.scrollIntoView(anchor, { y: 'center' }),
        });
        view.focus();
      },
    }),
    [],
  );

  return <div ref={hostRef} className="code-editor trust-policy-editor" data-testid="trust-policy-editor" />;
}

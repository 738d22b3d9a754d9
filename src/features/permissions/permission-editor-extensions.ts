// The CodeMirror extensions of the permission editor: engine diagnostics, API-name completion, the wildcard hover, theme.
import type { Extension } from '@codemirror/state';
import {
  drawSelection,
  EditorView,
  highlightActiveLine,
  highlightActiveLineGutter,
  highlightSpecialChars,
  hoverTooltip,
  keymap,
  lineNumbers,
  type Tooltip,
} from '@codemirror/view';
import { linter, lintGutter, lintKeymap } from '@codemirror/lint';
import {
  autocompletion,
  closeBrackets,
  closeBracketsKeymap,
  completionKeymap,
  type Completion,
  type CompletionSource,
} from '@codemirror/autocomplete';
import { defaultKeymap, history, historyKeymap } from '@codemirror/commands';
import { json, jsonLanguage } from '@codemirror/lang-json';
import { bracketMatching, HighlightStyle, indentOnInput, syntaxHighlighting } from '@codemirror/language';
import { tags } from '@lezer/highlight';
import { analyzePermission, type ApiCatalogue } from '../../permissions/index.ts';
import { apiStringAt } from './api-string-at.ts';
import { describeApiPattern } from './api-pattern-summary.ts';
import { toEditorDiagnostics } from './editor-diagnostics.ts';
import { messages } from '../../i18n/i18n-store.ts';

/** Every name the "api" strings may take: `*`, each group's wildcard, then each operation. */
export function apiCompletions(catalogue: ApiCatalogue): Completion[] {
  const total = catalogue.operations.length;
  const options: Completion[] = [
    { label: '*', detail: `all ${total} operations`, type: 'keyword', boost: 2 },
  ];
  for (const group of catalogue.groups) {
    const count = catalogue.countMatching(`${group}:*`);
    options.push({
      label: `${group}:*`,
      detail: messages().permissions.patterns.operations({ count }),
      type: 'namespace',
      boost: 1,
    });
  }
  for (const operation of catalogue.operations) {
    options.push({ label: operation.api, detail: `${operation.method} ${operation.path}`, type: 'function' });
  }
  return options;
}

export function apiCompletionSource(catalogue: ApiCatalogue): CompletionSource {
  const options = apiCompletions(catalogue);
  return (context) => {
    const span = apiStringAt(context.state.doc.toString(), context.pos);
    if (!span) return null;
    return { from: span.from, to: span.to, options, validFor: /^[\w:*]*$/ };
  };
}

function apiHover(catalogue: ApiCatalogue) {
  return hoverTooltip((view, pos): Tooltip | null => {
    const span = apiStringAt(view.state.doc.toString(), pos);
    if (!span || span.value === '' || pos < span.from || pos > span.to) return null;
    return {
      pos: span.from,
      end: span.to,
      above: true,
      create() {
        const dom = document.createElement('div');
        dom.className = 'permission-editor__hover';
        dom.textContent = describeApiPattern(span.value, catalogue);
        return { dom };
      },
    };
  });
}

const theme = EditorView.theme({
  '&': { backgroundColor: 'var(--surface)', color: 'var(--text)', fontSize: '0.92rem' },
  '.cm-content': { fontFamily: 'var(--mono)', caretColor: 'var(--text)' },
  '.cm-gutters': {
    backgroundColor: 'var(--surface-2)',
    color: 'var(--text-muted)',
    borderRight: '1px solid var(--border)',
  },
  '&.cm-focused': { outline: '3px solid var(--focus)', outlineOffset: '2px' },
  '.cm-tooltip': { maxWidth: '32rem' },
  '.permission-editor__hover': { padding: '0.35rem 0.6rem', fontFamily: 'var(--mono)', fontSize: '0.85rem' },
});

// Colours from the page's tokens (light and dark), so the JSON stays readable and contrasted in both schemes.
const highlight = HighlightStyle.define([
  { tag: tags.propertyName, color: 'var(--json-key)' },
  { tag: tags.string, color: 'var(--json-string)' },
  { tag: [tags.number, tags.bool, tags.null], color: 'var(--json-literal)' },
  { tag: [tags.brace, tags.squareBracket, tags.separator, tags.punctuation], color: 'var(--text-muted)' },
]);

export interface EditorExtensionOptions {
  catalogue: ApiCatalogue;
  /** The editor's accessible name. */
  label: string;
  /** Id of the text that explains the keyboard (Tab leaves the editor). */
  describedBy: string;
  onChange: (text: string) => void;
}

/**
 * What of CodeMirror's basicSetup this editor uses: line numbers, undo, bracket matching and
 * closing, completion, lint, and the default keys. Left out: search (the browser's own find works
 * on a document this short), folding, rectangular selection and selection-match highlighting,
 * which cost ~40 KB before gzip and served no task here.
 *
 * No Tab key is bound (CodeMirror's indentWithTab is left out on purpose), so Tab and Shift+Tab
 * move focus in and out of the editor like any field; indenting is Ctrl+] / Ctrl+[.
 */
export function permissionEditorExtensions({
  catalogue,
  label,
  describedBy,
  onChange,
}: EditorExtensionOptions): Extension[] {
  return [
    lineNumbers(),
    highlightActiveLineGutter(),
    highlightSpecialChars(),
    history(),
    drawSelection(),
    indentOnInput(),
    bracketMatching(),
    closeBrackets(),
    autocompletion(),
    highlightActiveLine(),
    keymap.of([
      ...closeBracketsKeymap,
      ...defaultKeymap,
      ...historyKeymap,
      ...completionKeymap,
      ...lintKeymap,
    ]),
    json(),
    syntaxHighlighting(highlight),
    jsonLanguage.data.of({ autocomplete: apiCompletionSource(catalogue) }),
    linter(
      (view) => {
        const text = view.state.doc.toString();
        return toEditorDiagnostics(analyzePermission(text, { catalogue }).diagnostics, text.length);
      },
      { delay: 250 },
    ),
    lintGutter(),
    apiHover(catalogue),
    theme,
    EditorView.lineWrapping,
    EditorView.contentAttributes.of({ 'aria-label': label, 'aria-describedby': describedBy }),
    EditorView.updateListener.of((update) => {
      if (update.docChanged) onChange(update.state.doc.toString());
    }),
  ];
}

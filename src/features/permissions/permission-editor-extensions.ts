// The CodeMirror extensions of the permission editor: engine diagnostics, API-name completion, the wildcard hover, theme.
import type { Extension } from '@codemirror/state';
import {
  drawSelection,
  EditorView,
  highlightActiveLine,
  highlightActiveLineGutter,
  highlightSpecialChars,
  hoverTooltip,
  lineNumbers,
  type Tooltip,
} from '@codemirror/view';
import { linter, lintGutter } from '@codemirror/lint';
import {
  autocompletion,
  closeBrackets,
  type Completion,
  type CompletionSource,
} from '@codemirror/autocomplete';
import { history } from '@codemirror/commands';
import { json, jsonLanguage } from '@codemirror/lang-json';
import { bracketMatching, indentOnInput, syntaxHighlighting } from '@codemirror/language';
import { analyzePermission, type ApiCatalogue } from '../../permissions/index.ts';
import { apiStringAt } from './api-string-at.ts';
import { describeApiPattern } from './api-pattern-summary.ts';
import { toEditorDiagnostics } from './editor-diagnostics.ts';
import { messages } from '../../i18n/i18n-store.ts';
import { codeEditorHighlight, codeEditorTheme } from '../../components/code-editor-theme.ts';
import { codeEditorKeymap } from '../../components/code-editor-keymap.ts';

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
    codeEditorKeymap,
    json(),
    syntaxHighlighting(codeEditorHighlight),
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
    codeEditorTheme,
    EditorView.lineWrapping,
    EditorView.contentAttributes.of({ 'aria-label': label, 'aria-describedby': describedBy }),
    EditorView.updateListener.of((update) => {
      if (update.docChanged) onChange(update.state.doc.toString());
    }),
  ];
}

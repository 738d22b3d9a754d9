// The keys of the console's CodeMirror editors: the defaults, with bracket closing, undo, completion and lint.
import { keymap } from '@codemirror/view';
import { lintKeymap } from '@codemirror/lint';
import { closeBracketsKeymap, completionKeymap } from '@codemirror/autocomplete';
import { defaultKeymap, historyKeymap } from '@codemirror/commands';

/** No Tab key is bound (indentWithTab is left out on purpose): Tab moves focus in and out like any field. */
export const codeEditorKeymap = keymap.of([
  ...closeBracketsKeymap,
  ...defaultKeymap,
  ...historyKeymap,
  ...completionKeymap,
  ...lintKeymap,
]);

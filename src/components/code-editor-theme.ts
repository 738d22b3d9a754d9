// The look of the console's CodeMirror editors (permission documents, trust policies): colours from the page's tokens.
import { EditorView } from '@codemirror/view';
import { HighlightStyle } from '@codemirror/language';
import { tags } from '@lezer/highlight';

export const codeEditorTheme = EditorView.theme({
  '&': { backgroundColor: 'var(--surface)', color: 'var(--text)', fontSize: '0.92rem' },
  '.cm-content': { fontFamily: 'var(--mono)', caretColor: 'var(--text)' },
  '.cm-gutters': {
    backgroundColor: 'var(--surface-2)',
    color: 'var(--text-muted)',
    borderRight: '1px solid var(--border)',
  },
  // CodeMirror's own active-line colours are light blues, under which the dark scheme's light numbers vanish.
  '.cm-activeLineGutter': { backgroundColor: 'var(--accent-soft)', color: 'var(--text)' },
  '.cm-activeLine': { backgroundColor: 'color-mix(in srgb, var(--accent-soft) 50%, transparent)' },
  '&.cm-focused': { outline: '3px solid var(--focus)', outlineOffset: '2px' },
  // CodeMirror's tooltips (lint messages, hovers) keep a light grey background of their own, under which the dark
  // scheme's light text vanished; its diagnostic source is faded with opacity, below contrast in either scheme.
  '.cm-tooltip': {
    maxWidth: '32rem',
    backgroundColor: 'var(--surface)',
    color: 'var(--text)',
    border: '1px solid var(--border)',
  },
  '.cm-diagnosticSource': { opacity: '1', color: 'var(--text-muted)' },
  '.permission-editor__hover': { padding: '0.35rem 0.6rem', fontFamily: 'var(--mono)', fontSize: '0.85rem' },
});

// Light and dark alike, so the JSON stays readable and contrasted in both schemes.
export const codeEditorHighlight = HighlightStyle.define([
  { tag: tags.propertyName, color: 'var(--json-key)' },
  { tag: tags.string, color: 'var(--json-string)' },
  { tag: [tags.number, tags.bool, tags.null], color: 'var(--json-literal)' },
  { tag: [tags.brace, tags.squareBracket, tags.separator, tags.punctuation], color: 'var(--text-muted)' },
]);

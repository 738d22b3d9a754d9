// <PermissionEditor>: a CodeMirror 6 editor for a permission document, with the engine's diagnostics, completion and hover.
import { useEffect, useImperativeHandle, useRef, type Ref } from 'react';
import { EditorSelection, EditorState } from '@codemirror/state';
import { EditorView } from '@codemirror/view';
import type { ApiCatalogue } from '../../permissions/index.ts';
import { permissionEditorExtensions } from './permission-editor-extensions.ts';

export interface PermissionEditorHandle {
  /** Replaces the whole text as one undoable change (templates, Format, Revert). */
  replaceText(text: string): void;
  /** Selects a span, scrolls it into view and focuses the editor (a diagnostic, the statement that decided). */
  reveal(from: number, to: number): void;
}

export interface PermissionEditorProps {
  initialText: string;
  catalogue: ApiCatalogue;
  label: string;
  describedBy: string;
  onChange: (text: string) => void;
  /** The cursor's offset whenever it moves or the text changes (the page describes the API name under it). */
  onCursor?: (offset: number) => void;
  /** The signed-in principal may not save this document: it can be read, searched and simulated, not edited. */
  readOnly?: boolean;
  ref?: Ref<PermissionEditorHandle>;
}

export function PermissionEditor({
  initialText,
  catalogue,
  label,
  describedBy,
  onChange,
  onCursor,
  readOnly = false,
  ref,
}: PermissionEditorProps) {
  const hostRef = useRef<HTMLDivElement>(null);
  const viewRef = useRef<EditorView | null>(null);
  const onChangeRef = useRef(onChange);
  const onCursorRef = useRef(onCursor);
  useEffect(() => {
    onChangeRef.current = onChange;
    onCursorRef.current = onCursor;
  });
  // The editor owns its text after the first render; later changes come through the handle.
  const initialTextRef = useRef(initialText);

  useEffect(() => {
    const host = hostRef.current;
    if (!host) return;
    const view = new EditorView({
      parent: host,
      state: EditorState.create({
        doc: initialTextRef.current,
        extensions: [
          permissionEditorExtensions({
            catalogue,
            label,
            describedBy,
            onChange: (text) => onChangeRef.current(text),
          }),
          EditorView.updateListener.of((update) => {
            if (update.selectionSet || update.docChanged)
              onCursorRef.current?.(update.state.selection.main.head);
          }),
          // Still focusable and selectable (a keyboard user reads it like any text), but typing changes nothing.
          ...(readOnly
            ? [EditorState.readOnly.of(true), EditorView.contentAttributes.of({ 'aria-readonly': 'true' })]
            : []),
        ],
      }),
    });
    viewRef.current = view;
    return () => {
      view.destroy();
      viewRef.current = null;
    };
  }, [catalogue, label, describedBy, readOnly]);

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
        const head = Math.max(anchor, Math.min(to, length));
        view.dispatch({
          selection: EditorSelection.single(anchor, head),
          effects: EditorView.scrollIntoView(anchor, { y: 'center' }),
        });
        view.focus();
      },
    }),
    [],
  );

  return <div ref={hostRef} className="permission-editor" data-testid="permission-editor" />;
}

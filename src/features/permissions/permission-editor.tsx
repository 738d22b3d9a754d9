// <PermissionEditor>: a CodeMirror 6 editor for a permission document, with the engine's diagnostics, completion and hover.
import type { Ref } from 'react';
import { EditorState } from '@codemirror/state';
import { EditorView } from '@codemirror/view';
import type { ApiCatalogue } from '../../permissions/index.ts';
import { useCodeMirror, type CodeEditorHandle } from '../../components/use-code-mirror.ts';
import { permissionEditorExtensions } from './permission-editor-extensions.ts';

/** replaceText: templates, Format, Revert; reveal: a diagnostic, the statement that decided. */
export type PermissionEditorHandle = CodeEditorHandle;

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
  const hostRef = useCodeMirror({
    initialText,
    ref,
    latest: { onChange, onCursor },
    extensions: (read) => [
      permissionEditorExtensions({
        catalogue,
        label,
        describedBy,
        onChange: (text) => read().onChange(text),
      }),
      EditorView.updateListener.of((update) => {
        if (update.selectionSet || update.docChanged) read().onCursor?.(update.state.selection.main.head);
      }),
      // Still focusable and selectable (a keyboard user reads it like any text), but typing changes nothing.
      ...(readOnly
        ? [EditorState.readOnly.of(true), EditorView.contentAttributes.of({ 'aria-readonly': 'true' })]
        : []),
    ],
    rebuildOn: [catalogue, label, describedBy, readOnly],
  });

  return <div ref={hostRef} className="permission-editor" data-testid="permission-editor" />;
}

// useCodeMirror: the React lifecycle of a CodeMirror 6 view (made in an effect, destroyed on cleanup) and its handle.
import { useEffect, useImperativeHandle, useRef, type DependencyList, type Ref, type RefObject } from 'react';
import { EditorSelection, EditorState, type Extension } from '@codemirror/state';
import { EditorView } from '@codemirror/view';

/** What a page may do to an editor that owns its text. */
export interface CodeEditorHandle {
  /** Replaces the whole text as one undoable change. */
  replaceText(text: string): void;
  /** Selects a span, scrolls it into view and focuses the editor. */
  reveal(from: number, to: number): void;
}

export interface CodeMirrorOptions<Latest> {
  /** The text of the first view: the editor owns its text after that, later changes come through the handle. */
  initialText: string;
  /** What the extensions read as they run (callbacks, suggestion lists): always the latest render's. */
  latest: Latest;
  /** The view's extensions, made with the view; `read` answers `latest` at the time it is called. */
  extensions: (read: () => Latest) => Extension;
  /** The view is made anew (keeping the first text) when one of these changes. */
  rebuildOn: DependencyList;
  ref: Ref<CodeEditorHandle> | undefined;
  /** `reveal` of an empty span (a problem at one point) still selects one character, so it can be seen. */
  revealAtLeastOneCharacter?: boolean;
}

/** Returns the ref of the element that hosts the view. */
export function useCodeMirror<Latest>({
  initialText,
  latest,
  extensions,
  rebuildOn,
  ref,
  revealAtLeastOneCharacter = false,
}: CodeMirrorOptions<Latest>): RefObject<HTMLDivElement | null> {
  const hostRef = useRef<HTMLDivElement>(null);
  const viewRef = useRef<EditorView | null>(null);
  const latestRef = useRef(latest);
  useEffect(() => {
    latestRef.current = latest;
  });
  const initialTextRef = useRef(initialText);

  useEffect(() => {
    const host = hostRef.current;
    if (!host) return;
    const view = new EditorView({
      parent: host,
      state: EditorState.create({
        doc: initialTextRef.current,
        extensions: extensions(() => latestRef.current),
      }),
    });
    viewRef.current = view;
    return () => {
      view.destroy();
      viewRef.current = null;
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps -- rebuilt on the caller's list, not on each render's new `extensions`
  }, rebuildOn);

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
        const end = revealAtLeastOneCharacter ? Math.max(to, from + 1) : to;
        const head = Math.max(anchor, Math.min(end, length));
        view.dispatch({
          selection: EditorSelection.single(anchor, head),
          effects: EditorView.scrollIntoView(anchor, { y: 'center' }),
        });
        view.focus();
      },
    }),
    [revealAtLeastOneCharacter],
  );

  return hostRef;
}

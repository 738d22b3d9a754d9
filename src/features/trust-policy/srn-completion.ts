// SRN completion in the trust policy editor: inside a string where `principal.soracom` takes an SRN, offer the SRNs of
// the operator's root user and SAM users.
import type { Completion, CompletionSource } from '@codemirror/autocomplete';
import { syntaxTree } from '@codemirror/language';
import type { EditorState } from '@codemirror/state';

export interface SrnOption {
  srn: string;
  /** Who it names, for people: "root user", "SAM user". */
  detail: string;
}

/** The span inside the quotes of the JSON string at `pos`, when that string is an SRN of `principal.soracom`. */
export function principalStringAt(state: EditorState, pos: number): { from: number; to: number } | null {
  const node = syntaxTree(state).resolveInner(pos, -1);
  let span: { from: number; to: number };
  if (node.name === 'String') {
    if (pos <= node.from) return null;
    const text = state.sliceDoc(node.from, node.to);
    const closed = text.length >= 2 && text.endsWith('"');
    span = { from: node.from + 1, to: closed ? node.to - 1 : node.to };
    if (pos > span.to) return null;
  } else if (node.name === '⚠') {
    // A string not closed yet is no String to the parser: its quote opens it, up to the cursor on this line.
    const line = state.doc.lineAt(pos);
    const before = state.sliceDoc(line.from, pos);
    if ((before.match(/"/g)?.length ?? 0) % 2 === 0) return null;
    span = { from: line.from + before.lastIndexOf('"') + 1, to: pos };
  } else {
    return null;
  }
  // The value of "soracom" itself, or an item of the array it holds.
  const holder = node.parent?.name === 'Array' ? node.parent : node;
  const soracom = holder.parent;
  if (soracom?.name !== 'Property' || propertyName(state, soracom) !== 'soracom') return null;
  const principal = soracom.parent?.parent;
  if (principal?.name !== 'Property' || propertyName(state, principal) !== 'principal') return null;
  return span;
}

function propertyName(
  state: EditorState,
  property: { getChild(name: string): { from: number; to: number } | null },
): string | null {
  const name = property.getChild('PropertyName');
  if (!name) return null;
  try {
    return JSON.parse(state.sliceDoc(name.from, name.to)) as string;
  } catch {
    return null;
  }
}

/** Completes SRNs where a trust policy names its principals; `options` is read at each request, so it may grow. */
export function srnCompletionSource(options: () => readonly SrnOption[]): CompletionSource {
  return (context) => {
    const span = principalStringAt(context.state, context.pos);
    if (!span) return null;
    const list: Completion[] = options().map(({ srn, detail }) => ({ label: srn, detail, type: 'constant' }));
    if (list.length === 0) return null;
    return { from: span.from, to: span.to, options: list, validFor: /^[\w:.@+=,-]*$/ };
  };
}

// SRN completion in the trust policy editor: offered inside principal.soracom strings, nowhere else.
import { describe, expect, it } from 'vitest';
import { CompletionContext, type CompletionResult } from '@codemirror/autocomplete';
import { ensureSyntaxTree } from '@codemirror/language';
import { EditorState } from '@codemirror/state';
import { json } from '@codemirror/lang-json';
import { principalStringAt, srnCompletionSource, type SrnOption } from './srn-completion.ts';

const OPTIONS: SrnOption[] = [
  { srn: 'srn:soracom:OP0001::Operator:OP0001', detail: 'root user' },
  { srn: 'srn:soracom:OP0001::User:alice', detail: 'SAM user' },
];

/** The editor state of `marked` without its `|`, and where the `|` (the cursor) was. */
function stateAt(marked: string) {
  const pos = marked.indexOf('|');
  const state = EditorState.create({
    doc: marked.slice(0, pos) + marked.slice(pos + 1),
    extensions: [json()],
  });
  ensureSyntaxTree(state, state.doc.length, 5_000);
  return { state, pos };
}

function complete(marked: string): CompletionResult | null {
  const { state, pos } = stateAt(marked);
  const result = srnCompletionSource(() => OPTIONS)(new CompletionContext(state, pos, false));
  if (result instanceof Promise) throw new Error('the source answers at once');
  return result;
}

describe('SRN completion in a trust policy', () => {
  it('offers the SRNs in an item of principal.soracom, replacing the whole string', () => {
    const text = '{"statements": [{"effect": "allow", "principal": {"soracom": ["srn:sor|acom:OP"]}}]}';
    const result = complete(text);
    expect(result?.options.map((option) => option.label)).toEqual(OPTIONS.map((option) => option.srn));
    const start = text.indexOf('srn:');
    expect(result?.from).toBe(start);
    expect(result?.to).toBe(start + 'srn:soracom:OP'.length);
  });

  it('offers them for a string value of soracom, across lines, and in an empty string', () => {
    expect(complete('{\n  "statements": [\n    {"principal": {\n      "soracom": "|"\n')).not.toBeNull();
    expect(complete('{"statements":[{"principal":{"soracom":["srn:a", "|"]}}]}')).not.toBeNull();
  });

  it('offers them in a string that is not closed yet', () => {
    const text = '{"statements":[{"principal":{"soracom":["srn:so|';
    const result = complete(text);
    expect(result?.options).toHaveLength(OPTIONS.length);
    expect(result?.from).toBe(text.indexOf('srn:'));
    expect(complete('{"statements":[{"principal":{"soracom":["srn:x", 4|')).toBeNull();
  });

  it('offers nothing elsewhere: keys, effects, conditions, other principals, outside strings', () => {
    expect(complete('{"statements":[{"effect": "al|low", "principal":{"soracom":[]}}]}')).toBeNull();
    expect(complete('{"statements":[{"principal":{"sora|com":["x"]}}]}')).toBeNull();
    expect(complete('{"statements":[{"principal":{"aws":["|"]}}]}')).toBeNull();
    expect(complete('{"statements":[{"soracom":["|"]}]}')).toBeNull();
    expect(complete('{"statements":[{"principal":{"soracom":[|"x"]}}]}')).toBeNull();
    expect(complete('{"statements":[{"condition": "|", "principal":{"soracom":[]}}]}')).toBeNull();
  });

  it('offers nothing while the list of SRNs is empty', () => {
    const { state, pos } = stateAt('{"principal":{"soracom":["|"]}}');
    expect(srnCompletionSource(() => [])(new CompletionContext(state, pos, true))).toBeNull();
    expect(principalStringAt(state, pos)).toEqual({ from: pos, to: pos });
  });
});

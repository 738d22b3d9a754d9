// The lint source's mapping: engine diagnostics land on the exact characters in the editor, and the list reads them out.
import { describe, expect, it } from 'vitest';
import { analyzePermission, loadCatalogue } from '../../permissions/index.ts';
import {
  countDiagnostics,
  diagnosticPlace,
  summarizeDiagnostics,
  toEditorDiagnostics,
} from './editor-diagnostics.ts';

function marked(text: string, catalogueAware = false) {
  return (async () => {
    const catalogue = catalogueAware ? await loadCatalogue() : undefined;
    const analysis = analyzePermission(text, catalogue ? { catalogue } : {});
    return toEditorDiagnostics(analysis.diagnostics, text.length).map((diagnostic) => ({
      text: text.slice(diagnostic.from, diagnostic.to),
      severity: diagnostic.severity,
      source: diagnostic.source,
    }));
  })();
}

describe('toEditorDiagnostics', () => {
  it('marks a shape error and an unknown API name on the very strings that cause them', async () => {
    const text = '{\n  "statements": [\n    { "effect": "alow", "api": "User:listUser" }\n  ]\n}';
    expect(await marked(text, true)).toEqual([
      { text: '"alow"', severity: 'error', source: 'Document' },
      { text: '"User:listUser"', severity: 'warning', source: 'API name' },
    ]);
  });

  it('marks a condition error inside its string, past escapes', async () => {
    const text =
      '{"statements": [{"effect": "allow", "api": "*", "condition": "samUserName == \\u0027a\\u0027 and samUserName = \'b\'"}]}';
    const [diagnostic] = await marked(text);
    expect(diagnostic).toEqual({ text: '=', severity: 'error', source: 'Condition' });
  });

  it('widens an empty span at the end of the text backwards so the marker can be seen', async () => {
    const text = '{"statements": [';
    const [engine] = analyzePermission(text).diagnostics;
    expect(engine?.from).toBe(engine?.to);
    const [diagnostic] = toEditorDiagnostics(analyzePermission(text).diagnostics, text.length);
    expect(diagnostic?.to).toBe(text.length);
    expect(diagnostic?.from).toBe(text.length - 1);
  });

  it('widens an empty span inside the text forwards, and clamps ranges to the current text', () => {
    const base = {
      line: 1,
      column: 1,
      severity: 'error' as const,
      kind: 'syntax' as const,
      message: 'x',
      problem: { code: 'jsonInvalidNumber' as const, params: {} },
    };
    expect(toEditorDiagnostics([{ ...base, from: 3, to: 3 }], 10)[0]).toMatchObject({ from: 3, to: 4 });
    expect(toEditorDiagnostics([{ ...base, from: 8, to: 40 }], 10)[0]).toMatchObject({ from: 8, to: 10 });
    expect(toEditorDiagnostics([{ ...base, from: 0, to: 0 }], 0)[0]).toMatchObject({ from: 0, to: 0 });
  });
});

describe('the list under the editor', () => {
  it('says where a problem is in the gutter’s numbering', () => {
    expect(diagnosticPlace({ line: 3, column: 17 })).toBe('Line 3, column 17');
  });

  it('counts errors and warnings apart', () => {
    const text =
      '{"statements": [{"effect": "alow", "api": "Nope:nothing"}, {"effect": "allow", "api": "Nor:this"}]}';
    return loadCatalogue().then((catalogue) => {
      const counts = countDiagnostics(analyzePermission(text, { catalogue }).diagnostics);
      expect(counts).toEqual({ errors: 1, warnings: 2 });
      expect(summarizeDiagnostics(counts)).toBe('1 error, 2 warnings');
      expect(summarizeDiagnostics({ errors: 0, warnings: 0 })).toBe('No problems');
      expect(summarizeDiagnostics({ errors: 2, warnings: 1 })).toBe('2 errors, 1 warning');
    });
  });
});

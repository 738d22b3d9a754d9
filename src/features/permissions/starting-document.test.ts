// What the editor starts from: an empty document when nothing is stored, the stored one laid out otherwise.
import { describe, expect, it } from 'vitest';
import { analyzePermission } from '../../permissions/index.ts';
import { EMPTY_DOCUMENT, startingDocument } from './starting-document.ts';

describe('startingDocument', () => {
  it('starts from a valid empty document when nothing is stored', () => {
    expect(startingDocument('')).toEqual({ saved: null, text: EMPTY_DOCUMENT });
    expect(startingDocument('   ')).toEqual({ saved: null, text: EMPTY_DOCUMENT });
    expect(startingDocument(undefined)).toEqual({ saved: null, text: EMPTY_DOCUMENT });
    expect(analyzePermission(EMPTY_DOCUMENT).valid).toBe(true);
  });

  it('lays out a compact stored document and keeps the stored text for the delta', () => {
    const stored = '{"statements":[{"effect":"allow","api":"User:listUsers"}]}';
    expect(startingDocument(stored)).toEqual({
      saved: stored,
      text: '{\n  "statements": [\n    {\n      "effect": "allow",\n      "api": "User:listUsers"\n    }\n  ]\n}',
    });
  });

  it('shows a malformed stored document exactly as stored', () => {
    expect(startingDocument('{"statements": [')).toEqual({
      saved: '{"statements": [',
      text: '{"statements": [',
    });
  });
});

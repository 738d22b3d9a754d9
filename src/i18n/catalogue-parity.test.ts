// Every key exists in both languages with the same kind of value, and a Japanese text is not an English one left in place.
import { describe, expect, it } from 'vitest';
import en from './messages/en/index.ts';
import ja from './messages/ja/index.ts';
import enAudit from './messages/en/audit.ts';
import jaAudit from './messages/ja/audit.ts';

type Tree = { [key: string]: unknown };

/** "users.list.title: string", "users.created: function(1)": the shape of a catalogue, one line per message. */
export function shapeOf(tree: Tree, prefix = ''): string[] {
  return Object.entries(tree).flatMap(([key, value]) => {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === 'string') return [`${path}: string`];
    if (typeof value === 'function') return [`${path}: function(${value.length})`];
    if (typeof value === 'object' && value !== null) return shapeOf(value as Tree, path);
    return [`${path}: ${typeof value}`];
  });
}

function stringsOf(tree: Tree, prefix = ''): [string, string][] {
  return Object.entries(tree).flatMap(([key, value]): [string, string][] => {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === 'string') return [[path, value]];
    if (typeof value === 'object' && value !== null) return stringsOf(value as Tree, path);
    return [];
  });
}

// Texts that are rightly the same in both languages: product names and codes.
const sameInBothLanguages = new Set(['app.name', 'signIn.brand', 'session.api.unknown']);

describe('the catalogues', () => {
  it('have the same keys, each with the same kind of value, in English and Japanese', () => {
    expect(shapeOf(ja)).toEqual(shapeOf(en));
  });

  it('translate every English text that is not a name', () => {
    const japanese = new Map(stringsOf(ja));
    const untranslated = stringsOf(en)
      .filter(([path, text]) => !sameInBothLanguages.has(path) && /[a-z]{3}/.test(text))
      .filter(([path, text]) => japanese.get(path) === text)
      .map(([path]) => path);
    expect(untranslated).toEqual([]);
  });

  it('notices a key missing from one language', () => {
    const broken = { ...ja, app: { ...ja.app, nav: { label: ja.app.nav.label } } };
    expect(shapeOf(broken)).not.toEqual(shapeOf(en));
  });
});

// Areas fetched with their own pages rather than with the catalogue (e.g. src/features/audit/audit-messages.ts).
const pageAreas: [string, Tree, Tree][] = [['audit', enAudit, jaAudit]];

describe('the areas loaded with their pages', () => {
  it.each(pageAreas)(
    '%s: the same keys in both languages, every text translated',
    (_area, english, japanese) => {
      expect(shapeOf(japanese)).toEqual(shapeOf(english));
      const translated = new Map(stringsOf(japanese));
      const untranslated = stringsOf(english)
        .filter(([path, text]) => /[a-z]{3}/.test(text) && translated.get(path) === text)
        .map(([path]) => path);
      expect(untranslated).toEqual([]);
    },
  );
});

// No component shows a text that is not in the catalogue: JSX text, labelling attributes and page titles come from it.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { findLiteralStrings } from './literal-strings.ts';

const srcDir = join(import.meta.dirname, '..');

function componentFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === 'test' ? [] : componentFiles(path);
    // Tests and their kits render fixtures, not the console's texts.
    return entry.name.endsWith('.tsx') && !/\.test\.|test-kit\./.test(entry.name) ? [path] : [];
  });
}

// Areas not yet moved to the catalogue; each leaves this list as it is converted (see docs/i18n.md).
const notYetConverted = new Set<string>([]);

describe('user-facing texts', () => {
  const files = componentFiles(srcDir).map((path) => relative(srcDir, path).split('\\').join('/'));

  it('come from the catalogue in every component', () => {
    const offenders = files
      .filter((file) => !notYetConverted.has(file))
      .flatMap((file) =>
        findLiteralStrings(file, readFileSync(join(srcDir, file), 'utf8')).map(
          (finding) => `${file}:${finding.line}: ${finding.text}`,
        ),
      );
    expect(offenders).toEqual([]);
  });

  it('lists as not yet converted only files that exist and still hold literal texts', () => {
    const stale = [...notYetConverted].filter(
      (file) =>
        !files.includes(file) ||
        findLiteralStrings(file, readFileSync(join(srcDir, file), 'utf8')).length === 0,
    );
    expect(stale).toEqual([]);
  });
});

describe('findLiteralStrings', () => {
  it('finds JSX text, spoken attributes, literal branches and page titles', () => {
    const found = findLiteralStrings(
      'x.tsx',
      `export function X({ busy }: { busy: boolean }) {
        usePageTitle('Users');
        return (
          <section aria-label="Main">
            <h1>Hello</h1>
            <input placeholder={'Name'} />
            <button>{busy ? 'Saving…' : m.save}</button>
          </section>
        );
      }`,
    );
    expect(found.map((f) => f.text)).toEqual(['Users', 'Main', 'Hello', 'Name', 'Saving…']);
  });

  it('lets catalogue texts, punctuation, class names and code through', () => {
    const found = findLiteralStrings(
      'x.tsx',
      `export function X() {
        return (
          <p className="state state--error" data-testid="location" id={\`\${id}-hint\`}>
            {m.title} · {' '}({count}) ×
          </p>
        );
      }`,
    );
    expect(found).toEqual([]);
  });
});

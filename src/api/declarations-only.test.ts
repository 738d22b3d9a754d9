// The build takes the API module's barrels and operation files to have no side effects (vite.config.ts,
// API_DECLARATIONS_ONLY), so it may leave out of a chunk any of them whose exports the chunk does not use. A statement
// that does something at load (registers a handler, fills a table) would then silently not run: this test says so.
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const apiDir = fileURLToPath(new URL('.', import.meta.url));
const files = [
  'index.ts',
  'operations.ts',
  ...readdirSync(`${apiDir}operations`)
    .filter((name) => name.endsWith('.ts') && !name.endsWith('.test.ts'))
    .map((name) => `operations/${name}`),
];

/** A top-level initializer that runs nothing: a function, a literal, or such a value `as const`. */
function isInert(node: ts.Expression): boolean {
  if (ts.isAsExpression(node) || ts.isSatisfiesExpression(node) || ts.isParenthesizedExpression(node))
    return isInert(node.expression);
  return (
    ts.isArrowFunction(node) ||
    ts.isFunctionExpression(node) ||
    ts.isStringLiteral(node) ||
    ts.isNumericLiteral(node) ||
    ts.isNoSubstitutionTemplateLiteral(node)
  );
}

/** The top-level statements of a module's `text` that do something when it loads, as "line: text". */
function sideEffects(file: string, text = readFileSync(`${apiDir}${file}`, 'utf8')): string[] {
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true);
  const found: string[] = [];
  for (const statement of source.statements) {
    const declaresOnly =
      ts.isImportDeclaration(statement) ||
      ts.isExportDeclaration(statement) ||
      ts.isFunctionDeclaration(statement) ||
      ts.isTypeAliasDeclaration(statement) ||
      ts.isInterfaceDeclaration(statement) ||
      (ts.isVariableStatement(statement) &&
        statement.declarationList.declarations.every(
          (declaration) => declaration.initializer !== undefined && isInert(declaration.initializer),
        ));
    if (!declaresOnly) {
      const { line } = source.getLineAndCharacterOfPosition(statement.getStart());
      found.push(`${line + 1}: ${statement.getText().split('\n')[0]}`);
    }
  }
  return found;
}

describe('the API files the build treats as free of side effects', () => {
  it('finds them all', () => {
    expect(files).toContain('operations/users.ts');
    expect(files.length).toBeGreaterThan(10);
  });

  it.each(files)('%s only declares', (file) => {
    expect(sideEffects(file)).toEqual([]);
  });

  it('would catch a statement that runs at load', () => {
    const text = [
      'import { apiClient } from "../client.ts";',
      'export type Ref = { userName: string };',
      'export const op = "User:getUser" as const;',
      'export const read = () => apiClient();',
      'register(op);',
      'const table = new Map();',
    ].join('\n');
    expect(sideEffects('probe.ts', text)).toEqual(['5: register(op);', '6: const table = new Map();']);
  });
});

// Finds user-facing text written straight into components (JSX text, labelling attributes, page titles) instead of
// the catalogue; the scan test runs it over src/, and docs/i18n.md says how to move such a text into the catalogue.
import ts from 'typescript';

export interface LiteralFinding {
  line: number;
  text: string;
}

// Attributes whose value a person reads or hears.
const spokenAttributes = new Set([
  'aria-label',
  'aria-description',
  'aria-valuetext',
  'title',
  'placeholder',
  'alt',
  'label',
  'hint',
  'description',
  'message',
  'confirmLabel',
  'successMessage',
]);
// Calls whose first argument is shown.
const spokenCalls = new Set(['usePageTitle', 'showToast']);

/** A word of at least two letters in any script we write: punctuation, symbols and single letters pass. */
function isWords(text: string): boolean {
  return /[A-Za-z]{2}|[\u3040-\u30ff\u3400-\u9fff]/.test(text);
}

/** The string literals an expression can evaluate to, through conditionals, ?? and ||, and parentheses. */
function literalsOf(node: ts.Expression): ts.Node[] {
  if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node) || ts.isTemplateExpression(node))
    return [node];
  if (ts.isParenthesizedExpression(node)) return literalsOf(node.expression);
  if (ts.isConditionalExpression(node)) return [...literalsOf(node.whenTrue), ...literalsOf(node.whenFalse)];
  if (
    ts.isBinaryExpression(node) &&
    (node.operatorToken.kind === ts.SyntaxKind.QuestionQuestionToken ||
      node.operatorToken.kind === ts.SyntaxKind.BarBarToken ||
      node.operatorToken.kind === ts.SyntaxKind.AmpersandAmpersandToken)
  )
    return [...literalsOf(node.left), ...literalsOf(node.right)];
  return [];
}

function textOf(node: ts.Node, source: ts.SourceFile): string {
  if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) return node.text;
  if (ts.isTemplateExpression(node))
    return [node.head.text, ...node.templateSpans.map((span) => span.literal.text)].join(' ');
  return node.getText(source);
}

export function findLiteralStrings(fileName: string, code: string): LiteralFinding[] {
  const source = ts.createSourceFile(fileName, code, ts.ScriptTarget.Latest, true, ts.ScriptKind.TSX);
  const findings: LiteralFinding[] = [];
  const report = (node: ts.Node, text: string) => {
    if (!isWords(text)) return;
    const { line } = source.getLineAndCharacterOfPosition(node.getStart(source));
    findings.push({ line: line + 1, text: text.trim().replace(/\s+/g, ' ') });
  };
  const visit = (node: ts.Node) => {
    if (ts.isJsxText(node)) report(node, node.text);
    else if (ts.isJsxExpression(node) && node.expression && !ts.isJsxAttribute(node.parent)) {
      for (const literal of literalsOf(node.expression)) report(literal, textOf(literal, source));
    } else if (
      ts.isJsxAttribute(node) &&
      spokenAttributes.has(node.name.getText(source)) &&
      node.initializer
    ) {
      const init = node.initializer;
      if (ts.isStringLiteral(init)) report(init, init.text);
      else if (ts.isJsxExpression(init) && init.expression)
        for (const literal of literalsOf(init.expression)) report(literal, textOf(literal, source));
    } else if (ts.isCallExpression(node) && spokenCalls.has(node.expression.getText(source))) {
      const first = node.arguments[0];
      if (first) for (const literal of literalsOf(first)) report(literal, textOf(literal, source));
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return findings;
}

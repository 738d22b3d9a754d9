// Validates a permission document's shape and conditions, keeping exact positions, and formats it.
import type {
  AnalyzeOptions,
  ApiCatalogue,
  ApiPatternEntry,
  ConditionExpr,
  JsonNode,
  JsonObjectNode,
  JsonStringNode,
  PermissionAnalysis,
  PermissionDiagnostic,
  PermissionStatement,
  TextRange,
} from './types.ts';
import { parseJson } from './json-parser.ts';
import { printJson } from './json-printer.ts';
import { createLineIndex } from './positions.ts';
import { parseCondition } from './condition-parser.ts';
import { compileApiPattern, isWildcard } from './api-pattern.ts';
import { BoundedCache } from './bounded-cache.ts';
import { jsonValueKind, type DiagnosticProblem } from './problems.ts';
import { described } from './problem-messages.ts';

const STATEMENT_KEYS = ['effect', 'api', 'condition'] as const;
// About 12 bytes are held per character of a parsed document (its tree, ranges, statements and diagnostics).
const ANALYSIS_CACHE_BYTES = 24 * 1024 * 1024;
const ANALYSIS_BYTES_PER_CHAR = 14;

/** Patterns that open up an account; granting one of them asks for an extra confirmation. */
export const BROAD_GRANT_PATTERNS: readonly string[] = ['*', 'User:*', 'Role:*', 'Operator:*'];

/**
 * Maps offsets within a decoded JSON string onto offsets in the document. An escape such as `\n`
 * or `\u0041` is one character of the value but several of the text, so a plain addition would
 * point past the real place.
 */
export function decodedToSourceOffsets(text: string, node: JsonStringNode): number[] {
  const map: number[] = [];
  let i = node.from + 1;
  const end = node.to - 1;
  while (i < end) {
    if (text.charCodeAt(i) === 0x5c) {
      map.push(i);
      i += text[i + 1] === 'u' ? 6 : 2;
    } else {
      map.push(i);
      i++;
    }
  }
  map.push(end);
  return map;
}

class DocumentValidator {
  readonly diagnostics: PermissionDiagnostic[] = [];
  readonly statements: PermissionStatement[] = [];
  private readonly rangeAt: (from: number, to: number) => TextRange;

  constructor(
    private readonly text: string,
    private readonly catalogue: ApiCatalogue | undefined,
  ) {
    this.rangeAt = createLineIndex(text);
  }

  private report(
    severity: 'error' | 'warning',
    kind: PermissionDiagnostic['kind'],
    problem: DiagnosticProblem,
    from: number,
    to: number,
  ): void {
    this.diagnostics.push({ ...this.rangeAt(from, to), severity, kind, ...described(problem) });
  }

  private error(
    problem: DiagnosticProblem,
    from: number,
    to: number,
    kind: PermissionDiagnostic['kind'] = 'shape',
  ): void {
    this.report('error', kind, problem, from, to);
  }

  /** An object's opening brace: where to point when something is missing from it. */
  private braceOf(node: JsonObjectNode): [number, number] {
    return [node.from, node.from + 1];
  }

  validateRoot(root: JsonNode): void {
    if (root.type !== 'object') {
      this.error({ code: 'documentNotObject', params: { found: jsonValueKind(root) } }, root.from, root.to);
      return;
    }
    let statements: JsonNode | null = null;
    for (const member of root.members) {
      const key = member.key.value;
      if (key === 'statements') {
        if (statements) {
          this.error({ code: 'statementsTwice', params: {} }, member.key.from, member.key.to);
          continue;
        }
        statements = member.value;
      } else {
        this.error(
          { code: 'documentUnknownKey', params: { key, caseHint: key.toLowerCase() === 'statements' } },
          member.key.from,
          member.key.to,
        );
      }
    }
    if (!statements) {
      this.error({ code: 'statementsMissing', params: {} }, ...this.braceOf(root));
      return;
    }
    if (statements.type !== 'array') {
      this.error(
        { code: 'statementsNotArray', params: { found: jsonValueKind(statements) } },
        statements.from,
        statements.to,
      );
      return;
    }
    statements.items.forEach((item, index) => this.validateStatement(item, index));
  }

  private validateStatement(node: JsonNode, index: number): void {
    const errorsBefore = this.countErrors();
    const statement = index + 1;
    if (node.type !== 'object') {
      this.error(
        { code: 'statementNotObject', params: { statement, found: jsonValueKind(node) } },
        node.from,
        node.to,
      );
      return;
    }
    const seen = new Map<string, JsonNode>();
    // Misspelt keys by the key they stand for, so "has no effect" can name the typo that caused it.
    const misspelt = new Map<string, string>();
    for (const member of node.members) {
      const key = member.key.value;
      if (!(STATEMENT_KEYS as readonly string[]).includes(key)) {
        const near = STATEMENT_KEYS.find(
          (known) => known === key.toLowerCase() || `${known}s` === key.toLowerCase(),
        );
        if (near && !misspelt.has(near)) misspelt.set(near, key);
        this.error(
          { code: 'statementUnknownKey', params: { key, statement, near: near ?? null } },
          member.key.from,
          member.key.to,
        );
        continue;
      }
      if (seen.has(key)) {
        this.error({ code: 'statementKeyTwice', params: { key, statement } }, member.key.from, member.key.to);
        continue;
      }
      seen.set(key, member.value);
    }

    const effectNode = seen.get('effect');
    let effect: 'allow' | 'deny' | null = null;
    if (!effectNode) {
      this.error(
        { code: 'effectMissing', params: { statement, written: misspelt.get('effect') ?? null } },
        ...this.braceOf(node),
      );
    } else if (effectNode.type !== 'string') {
      this.error(
        { code: 'effectNotString', params: { found: jsonValueKind(effectNode) } },
        effectNode.from,
        effectNode.to,
      );
    } else if (effectNode.value === 'allow' || effectNode.value === 'deny') {
      effect = effectNode.value;
    } else {
      const lower = effectNode.value.toLowerCase();
      const lowerCase = lower === 'allow' || lower === 'deny' ? lower : null;
      this.error(
        { code: 'effectInvalid', params: { value: effectNode.value, lowerCase } },
        effectNode.from,
        effectNode.to,
      );
    }

    const apis = this.validateApi(seen.get('api'), node, statement, misspelt.get('api') ?? null);

    const conditionNode = seen.get('condition');
    let condition: string | null = null;
    let conditionExpr: ConditionExpr | null = null;
    if (conditionNode) {
      if (conditionNode.type !== 'string') {
        this.error(
          { code: 'conditionNotString', params: { found: jsonValueKind(conditionNode) } },
          conditionNode.from,
          conditionNode.to,
        );
      } else {
        condition = conditionNode.value;
        const parsed = parseCondition(condition);
        const [first] = parsed.errors;
        if (first) {
          const map = decodedToSourceOffsets(this.text, conditionNode);
          const from = map[Math.min(first.from, map.length - 1)] ?? conditionNode.from;
          let to = map[Math.min(first.to, map.length - 1)] ?? conditionNode.to;
          // An empty span (a missing value at the end) still needs one character to be visible.
          if (to <= from) to = Math.min(from + 1, conditionNode.to);
          this.error({ code: 'condition', params: { problem: first.problem } }, from, to, 'condition');
        }
        conditionExpr = parsed.expr;
      }
    }

    if (this.countErrors() === errorsBefore && effect && apis) {
      this.statements.push({
        index,
        effect,
        apis,
        condition,
        conditionExpr,
        range: this.rangeAt(node.from, node.to),
      });
    }
  }

  private validateApi(
    node: JsonNode | undefined,
    statementNode: JsonObjectNode,
    statement: number,
    written: string | null,
  ): ApiPatternEntry[] | null {
    if (!node) {
      this.error({ code: 'apiMissing', params: { statement, written } }, ...this.braceOf(statementNode));
      return null;
    }
    const strings: JsonStringNode[] = [];
    let ok = true;
    if (node.type === 'string') {
      strings.push(node);
    } else if (node.type === 'array') {
      if (node.items.length === 0) {
        this.error({ code: 'apiListEmpty', params: {} }, node.from, node.to);
        return null;
      }
      for (const item of node.items) {
        if (item.type === 'string') strings.push(item);
        else {
          this.error(
            { code: 'apiItemNotString', params: { found: jsonValueKind(item) } },
            item.from,
            item.to,
          );
          ok = false;
        }
      }
    } else {
      this.error({ code: 'apiNotStringOrArray', params: { found: jsonValueKind(node) } }, node.from, node.to);
      return null;
    }
    const entries: ApiPatternEntry[] = [];
    for (const item of strings) {
      if (item.value.trim() === '') {
        this.error({ code: 'apiNameEmpty', params: {} }, item.from, item.to);
        ok = false;
        continue;
      }
      entries.push({ pattern: item.value, range: this.rangeAt(item.from, item.to) });
      this.warnIfUnknown(item);
    }
    return ok ? entries : null;
  }

  private warnIfUnknown(item: JsonStringNode): void {
    const catalogue = this.catalogue;
    if (!catalogue) return;
    const pattern = item.value;
    const trimmed = pattern.trim();
    // A pasted name often brings a space along; it then matches nothing, silently.
    const spaced =
      trimmed !== pattern &&
      (isWildcard(trimmed) ? catalogue.countMatching(trimmed) > 0 : catalogue.get(trimmed) !== undefined);
    const spacedName = spaced ? trimmed : null;
    if (isWildcard(pattern)) {
      if (catalogue.countMatching(pattern) === 0) {
        this.report(
          'warning',
          'api',
          { code: 'apiMatchesNothing', params: { pattern, trimmed: spacedName } },
          item.from,
          item.to,
        );
      }
      return;
    }
    if (catalogue.get(pattern)) return;
    const lower = trimmed.toLowerCase();
    const near = spaced
      ? undefined
      : catalogue.operations.find((operation) => operation.api.toLowerCase() === lower);
    this.report(
      'warning',
      'api',
      { code: 'apiNotInCatalogue', params: { pattern, trimmed: spacedName, near: near?.api ?? null } },
      item.from,
      item.to,
    );
  }

  private countErrors(): number {
    return this.diagnostics.reduce(
      (count, diagnostic) => count + (diagnostic.severity === 'error' ? 1 : 0),
      0,
    );
  }
}

function analyzeUncached(text: string, catalogue: ApiCatalogue | undefined): PermissionAnalysis {
  const parsed = parseJson(text);
  if (!parsed.root) return { text, valid: false, statements: [], diagnostics: parsed.errors };
  const validator = new DocumentValidator(text, catalogue);
  validator.validateRoot(parsed.root);
  const diagnostics = [...validator.diagnostics].sort((a, b) => a.from - b.from || a.to - b.to);
  const valid = !diagnostics.some((diagnostic) => diagnostic.severity === 'error');
  return { text, valid, statements: validator.statements, diagnostics };
}

const newAnalysisCache = () =>
  new BoundedCache<PermissionAnalysis>(ANALYSIS_CACHE_BYTES, ANALYSIS_BYTES_PER_CHAR);
const plainCache = newAnalysisCache();
const catalogueCaches = new WeakMap<ApiCatalogue, BoundedCache<PermissionAnalysis>>();

export function analyzePermission(text: string, options: AnalyzeOptions = {}): PermissionAnalysis {
  if (typeof text !== 'string') {
    const diagnostic: PermissionDiagnostic = {
      from: 0,
      to: 0,
      line: 1,
      column: 1,
      severity: 'error',
      kind: 'syntax',
      ...described({ code: 'notText', params: {} }),
    };
    return { text: '', valid: false, statements: [], diagnostics: [diagnostic] };
  }
  const source = text;
  const catalogue = options.catalogue;
  let cache = plainCache;
  if (catalogue) {
    cache = catalogueCaches.get(catalogue) ?? newAnalysisCache();
    catalogueCaches.set(catalogue, cache);
  }
  const cached = cache.get(source);
  if (cached) return cached;
  const analysis = analyzeUncached(source, catalogue);
  cache.set(source, analysis);
  return analysis;
}

export function firstPermissionError(text: string): PermissionDiagnostic | null {
  return analyzePermission(text).diagnostics.find((diagnostic) => diagnostic.severity === 'error') ?? null;
}

export function formatPermission(text: string): string | null {
  const parsed = parseJson(text);
  return parsed.root ? printJson(parsed.root) : null;
}

/** Whether a pattern matches every name of a broad scope: it ends in `*` and matches the scope's bare prefix. */
function coversScope(pattern: string, scope: string): boolean {
  return pattern.endsWith('*') && compileApiPattern(pattern)(scope.slice(0, -1));
}

/** One way a document grants a broad scope: an allow's condition ('' for none) and the conditions of the denies that fence the scope off. */
interface BroadTerm {
  allow: string;
  fences: readonly string[];
}

/**
 * For each broad scope a document grants, the terms of the grant: the condition of each allow that
 * covers the whole scope together with the conditions of the denies that cover the whole scope.
 * A scope that an unconditional deny covers is not granted at all.
 */
function broadGrants(text: string | null): Map<string, BroadTerm[]> {
  const granted = new Map<string, BroadTerm[]>();
  if (text === null) return granted;
  const statements = analyzePermission(text).statements;
  for (const scope of BROAD_GRANT_PATTERNS) {
    const covering = statements.filter((statement) =>
      statement.apis.some(({ pattern }) => coversScope(pattern, scope)),
    );
    const denies = covering.filter((statement) => statement.effect === 'deny');
    if (denies.some((statement) => statement.condition === null)) continue;
    const fences = denies.map((statement) => statement.condition ?? '');
    const terms = covering
      .filter((statement) => statement.effect === 'allow')
      .map((statement) => ({ allow: statement.condition ?? '', fences }));
    if (terms.length > 0) granted.set(scope, terms);
  }
  return granted;
}

/** An old term grants at least as much as a new one: same or no condition, and no fence the new one lacks. */
function subsumes(old: BroadTerm, term: BroadTerm): boolean {
  return (
    (old.allow === '' || old.allow === term.allow) && old.fences.every((fence) => term.fences.includes(fence))
  );
}

/**
 * A broad scope is newly granted when the edited document grants it on terms the old one did not
 * cover: a broad allow added, its condition dropped or changed, or a deny that fenced it off
 * removed or made conditional. Adding a condition or a fence only narrows the grant: no question.
 */
export function broadGrantsAdded(before: string | null, after: string): string[] {
  const already = broadGrants(before);
  return [...broadGrants(after)]
    .filter(([scope, terms]) =>
      terms.some((term) => !(already.get(scope) ?? []).some((old) => subsumes(old, term))),
    )
    .map(([scope]) => scope);
}

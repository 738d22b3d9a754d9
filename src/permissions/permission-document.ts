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

const STATEMENT_KEYS = ['effect', 'api', 'condition'] as const;
// About 12 bytes are held per character of a parsed document (its tree, ranges, statements and diagnostics).
const ANALYSIS_CACHE_BYTES = 24 * 1024 * 1024;
const ANALYSIS_BYTES_PER_CHAR = 14;

/** Patterns that open up an account; granting one of them asks for an extra confirmation. */
export const BROAD_GRANT_PATTERNS: readonly string[] = ['*', 'User:*', 'Role:*', 'Operator:*'];

function jsonTypeName(node: JsonNode): string {
  switch (node.type) {
    case 'object':
      return 'an object';
    case 'array':
      return 'an array';
    case 'string':
      return 'a string';
    case 'number':
      return 'a number';
    case 'boolean':
      return node.value ? 'true' : 'false';
    case 'null':
      return 'null';
  }
}

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

/** ` (it is written "Effect"; keys are case-sensitive)` when a look-alike key stands in for a missing one. */
function misspeltHint(misspelt: ReadonlyMap<string, string>, key: string): string {
  const written = misspelt.get(key);
  return written === undefined ? '' : ` (it is written "${written}"; keys are case-sensitive)`;
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
    message: string,
    from: number,
    to: number,
  ): void {
    this.diagnostics.push({ ...this.rangeAt(from, to), severity, kind, message });
  }

  private error(
    message: string,
    from: number,
    to: number,
    kind: PermissionDiagnostic['kind'] = 'shape',
  ): void {
    this.report('error', kind, message, from, to);
  }

  /** An object's opening brace: where to point when something is missing from it. */
  private braceOf(node: JsonObjectNode): [number, number] {
    return [node.from, node.from + 1];
  }

  validateRoot(root: JsonNode): void {
    if (root.type !== 'object') {
      this.error(
        `A permission document is an object {"statements": [...]}, not ${jsonTypeName(root)}`,
        root.from,
        root.to,
      );
      return;
    }
    let statements: JsonNode | null = null;
    for (const member of root.members) {
      const key = member.key.value;
      if (key === 'statements') {
        if (statements) {
          this.error('"statements" appears twice', member.key.from, member.key.to);
          continue;
        }
        statements = member.value;
      } else {
        const hint =
          key.toLowerCase() === 'statements' ? ' (did you mean "statements"? keys are case-sensitive)' : '';
        this.error(
          `Unknown key "${key}"${hint}: a permission document has only "statements"`,
          member.key.from,
          member.key.to,
        );
      }
    }
    if (!statements) {
      this.error('The "statements" array is missing', ...this.braceOf(root));
      return;
    }
    if (statements.type !== 'array') {
      this.error(
        `"statements" must be an array of statements, not ${jsonTypeName(statements)}`,
        statements.from,
        statements.to,
      );
      return;
    }
    statements.items.forEach((item, index) => this.validateStatement(item, index));
  }

  private validateStatement(node: JsonNode, index: number): void {
    const errorsBefore = this.countErrors();
    if (node.type !== 'object') {
      this.error(
        `Statement ${index + 1} must be an object {"effect": ..., "api": ...}, not ${jsonTypeName(node)}`,
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
        const hint = near ? ` (did you mean "${near}"? keys are case-sensitive)` : '';
        this.error(
          `Unknown key "${key}" in statement ${index + 1}${hint}: a statement has "effect", "api" and an optional "condition"`,
          member.key.from,
          member.key.to,
        );
        continue;
      }
      if (seen.has(key)) {
        this.error(`"${key}" appears twice in statement ${index + 1}`, member.key.from, member.key.to);
        continue;
      }
      seen.set(key, member.value);
    }

    const effectNode = seen.get('effect');
    let effect: 'allow' | 'deny' | null = null;
    if (!effectNode) {
      this.error(
        `Statement ${index + 1} has no "effect"${misspeltHint(misspelt, 'effect')}: add "effect": "allow" or "effect": "deny"`,
        ...this.braceOf(node),
      );
    } else if (effectNode.type !== 'string') {
      this.error(
        `"effect" must be "allow" or "deny", not ${jsonTypeName(effectNode)}`,
        effectNode.from,
        effectNode.to,
      );
    } else if (effectNode.value === 'allow' || effectNode.value === 'deny') {
      effect = effectNode.value;
    } else {
      const lower = effectNode.value.toLowerCase();
      const hint = lower === 'allow' || lower === 'deny' ? ` (write it in lower case: "${lower}")` : '';
      this.error(
        `"effect" must be "allow" or "deny", not "${effectNode.value}"${hint}`,
        effectNode.from,
        effectNode.to,
      );
    }

    const apis = this.validateApi(seen.get('api'), node, index, misspeltHint(misspelt, 'api'));

    const conditionNode = seen.get('condition');
    let condition: string | null = null;
    let conditionExpr: ConditionExpr | null = null;
    if (conditionNode) {
      if (conditionNode.type !== 'string') {
        this.error(
          `"condition" must be a string such as "samUserName == 'alice'", not ${jsonTypeName(conditionNode)}`,
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
          this.error(`Condition: ${first.message}`, from, to, 'condition');
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
    statement: JsonObjectNode,
    index: number,
    hint: string,
  ): ApiPatternEntry[] | null {
    if (!node) {
      this.error(
        `Statement ${index + 1} has no "api"${hint}: add "api": "Group:operation" or a list of them`,
        ...this.braceOf(statement),
      );
      return null;
    }
    const strings: JsonStringNode[] = [];
    let ok = true;
    if (node.type === 'string') {
      strings.push(node);
    } else if (node.type === 'array') {
      if (node.items.length === 0) {
        this.error('"api" lists no API: add at least one name such as "User:listUsers"', node.from, node.to);
        return null;
      }
      for (const item of node.items) {
        if (item.type === 'string') strings.push(item);
        else {
          this.error(
            `Each API in "api" is a string such as "User:listUsers", not ${jsonTypeName(item)}`,
            item.from,
            item.to,
          );
          ok = false;
        }
      }
    } else {
      this.error(
        `"api" must be a string or an array of strings, not ${jsonTypeName(node)}`,
        node.from,
        node.to,
      );
      return null;
    }
    const entries: ApiPatternEntry[] = [];
    for (const item of strings) {
      if (item.value.trim() === '') {
        this.error('An API name cannot be empty', item.from, item.to);
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
    const spaceHint = spaced ? ` (it has spaces around "${trimmed}": names are matched exactly)` : '';
    if (isWildcard(pattern)) {
      if (catalogue.countMatching(pattern) === 0) {
        this.report(
          'warning',
          'api',
          `"${pattern}" matches no operation in the API catalogue${spaceHint}`,
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
    const hint = spaceHint || (near ? ` (did you mean "${near.api}"? names are case-sensitive)` : '');
    this.report('warning', 'api', `"${pattern}" is not in the API catalogue${hint}`, item.from, item.to);
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
      message: 'The permission document is not text',
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

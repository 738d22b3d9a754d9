// Authorizes one call against a SAM user's documents: a deny that holds wins, then an allow that holds, else implicit deny.
import type {
  ConditionExpr,
  DecidingStatement,
  PermissionCall,
  PermissionDecision,
  PermissionDiagnostic,
  PermissionSourceKind,
  PermissionSources,
  SkippedDocument,
  TextRange,
} from './types.ts';
import { analyzePermission, firstPermissionError } from './permission-document.ts';
import { compileApiPattern } from './api-pattern.ts';
import { BoundedCache } from './bounded-cache.ts';
import { described } from './problem-messages.ts';
import { createEvaluationContext, holds, type EvaluationContext } from './condition-evaluator.ts';

/**
 * Operations a signed-in SAM user may always call, whatever their permissions: ending one's own
 * session. The server lets them through before evaluating, and the simulator says so, so both agree.
 */
export const ALWAYS_ALLOWED_APIS: readonly string[] = ['Auth:logout'];

interface CompiledStatement {
  index: number;
  effect: 'allow' | 'deny';
  patterns: readonly { pattern: string; matches: (api: string) => boolean }[];
  condition: ConditionExpr | null;
  range: TextRange;
}

interface CompiledDocument {
  denies: readonly CompiledStatement[];
  allows: readonly CompiledStatement[];
  error: PermissionDiagnostic | null;
}

// Compiled documents keep their analysis' statements alive: bounded by bytes as the analysis cache is.
const compiledCache = new BoundedCache<CompiledDocument>(24 * 1024 * 1024, 14);

function compileDocument(text: string): CompiledDocument {
  const cached = compiledCache.get(text);
  if (cached) return cached;
  const analysis = analyzePermission(text);
  const statements: CompiledStatement[] = analysis.valid
    ? analysis.statements.map((statement) => ({
        index: statement.index,
        effect: statement.effect,
        patterns: statement.apis.map(({ pattern }) => ({ pattern, matches: compileApiPattern(pattern) })),
        condition: statement.conditionExpr,
        range: statement.range,
      }))
    : [];
  const compiled: CompiledDocument = {
    denies: statements.filter((statement) => statement.effect === 'deny'),
    allows: statements.filter((statement) => statement.effect === 'allow'),
    error: analysis.valid ? null : firstPermissionError(text),
  };
  compiledCache.set(text, compiled);
  return compiled;
}

interface SourceDocument {
  source: PermissionSourceKind;
  documentIndex: number;
  compiled: CompiledDocument;
}

const NOT_TEXT: PermissionDiagnostic = {
  from: 0,
  to: 0,
  line: 1,
  column: 1,
  severity: 'error',
  kind: 'syntax',
  ...described({ code: 'notText', params: {} }),
};

function gather(sources: PermissionSources, skipped: SkippedDocument[]): SourceDocument[] {
  const documents: SourceDocument[] = [];
  const add = (source: PermissionSourceKind, documentIndex: number, text: unknown): void => {
    if (text === null || text === undefined) return;
    if (typeof text !== 'string') {
      skipped.push({ source, documentIndex, error: NOT_TEXT });
      return;
    }
    const compiled = compileDocument(text);
    if (compiled.error) skipped.push({ source, documentIndex, error: compiled.error });
    else documents.push({ source, documentIndex, compiled });
  };
  if (sources && typeof sources === 'object') {
    add('user', 0, sources.user);
    if (Array.isArray(sources.roles))
      sources.roles.forEach((role: unknown, index) => add('role', index, role));
    add('default', 0, sources.defaults);
  }
  return documents;
}

function find(
  documents: readonly SourceDocument[],
  pick: (document: CompiledDocument) => readonly CompiledStatement[],
  api: string,
  context: EvaluationContext,
): DecidingStatement | null {
  for (const document of documents) {
    for (const statement of pick(document.compiled)) {
      const hit = statement.patterns.find((entry) => entry.matches(api));
      if (!hit) continue;
      if (statement.condition && !holds(statement.condition, context)) continue;
      return {
        source: document.source,
        documentIndex: document.documentIndex,
        statementIndex: statement.index,
        effect: statement.effect,
        pattern: hit.pattern,
        range: statement.range,
      };
    }
  }
  return null;
}

function describeSource(decided: DecidingStatement): string {
  const where =
    decided.source === 'role'
      ? `role ${decided.documentIndex + 1}`
      : decided.source === 'user'
        ? 'user permission'
        : 'default permissions';
  return `${where}, statement ${decided.statementIndex + 1} (${decided.pattern})`;
}

export function evaluateCall(sources: PermissionSources, call: PermissionCall): PermissionDecision {
  const skipped: SkippedDocument[] = [];
  try {
    const api = call && typeof call.api === 'string' ? call.api : '';
    const documents = gather(sources, skipped);
    const context = createEvaluationContext(call && typeof call === 'object' ? call : { api });
    const denied = find(documents, (document) => document.denies, api, context);
    if (denied)
      return {
        allowed: false,
        decidedBy: denied,
        reason: `${api} denied by ${describeSource(denied)}`,
        skipped,
      };
    const allowed = find(documents, (document) => document.allows, api, context);
    if (allowed)
      return {
        allowed: true,
        decidedBy: allowed,
        reason: `${api} allowed by ${describeSource(allowed)}`,
        skipped,
      };
    return {
      allowed: false,
      decidedBy: null,
      reason: `${api} denied: implicit deny (no statement allows it)`,
      skipped,
    };
  } catch {
    return {
      allowed: false,
      decidedBy: null,
      reason: 'denied: implicit deny (the call could not be evaluated)',
      skipped,
    };
  }
}

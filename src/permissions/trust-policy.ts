// Validates and evaluates trust policies: who (by SRN) may switch to a SAM user, with exact error positions.
import type {
  ConditionExpr,
  JsonNode,
  JsonObjectNode,
  PermissionCall,
  PermissionDiagnostic,
} from './types.ts';
import { parseJson } from './json-parser.ts';
import { createLineIndex } from './positions.ts';
import { parseCondition } from './condition-parser.ts';
import { createEvaluationContext, holds } from './condition-evaluator.ts';
import { decodedToSourceOffsets } from './permission-document.ts';
import { jsonValueKind, type DiagnosticProblem } from './problems.ts';
import { described } from './problem-messages.ts';

const OPERATOR_ID = '[A-Za-z0-9]{1,64}';
const USER_NAME = '[A-Za-z0-9_.@+=,-]{1,100}';
const ROOT_SRN = new RegExp(`^srn:soracom:(${OPERATOR_ID})::Operator:(${OPERATOR_ID})$`);
const USER_SRN = new RegExp(`^srn:soracom:(${OPERATOR_ID})::User:(${USER_NAME})$`);

/** Whom an SRN names: an operator's root user, or one of its SAM users. */
export type TrustPrincipal =
  { kind: 'root'; operatorId: string } | { kind: 'user'; operatorId: string; userName: string };

/** The SRN Soracom gives a root user (`operatorId` only) or a SAM user. */
export function principalSrn(operatorId: string, userName?: string): string {
  return userName === undefined
    ? `srn:soracom:${operatorId}::Operator:${operatorId}`
    : `srn:soracom:${operatorId}::User:${userName}`;
}

/** The principal an SRN names, or null when it is not the SRN of a root user or a SAM user. */
export function parsePrincipalSrn(srn: string): TrustPrincipal | null {
  const root = ROOT_SRN.exec(srn);
  if (root) return root[1] === root[2] && root[1] ? { kind: 'root', operatorId: root[1] } : null;
  const user = USER_SRN.exec(srn);
  if (user?.[1] && user[2]) return { kind: 'user', operatorId: user[1], userName: user[2] };
  return null;
}

export interface TrustStatement {
  index: number;
  effect: 'allow' | 'deny';
  principals: readonly string[];
  conditionExpr: ConditionExpr | null;
}

export interface TrustPolicyAnalysis {
  valid: boolean;
  statements: readonly TrustStatement[];
  /** Errors only (a trust policy has no warnings), sorted by position. */
  diagnostics: readonly PermissionDiagnostic[];
}

/** Checks a trust policy `{"statements":[{"effect", "principal": {"soracom": [SRN...]}, "condition"?}]}`. Never throws. */
export function analyzeTrustPolicy(text: string): TrustPolicyAnalysis {
  const parsed = parseJson(text);
  if (!parsed.root) return { valid: false, statements: [], diagnostics: parsed.errors };
  const rangeAt = createLineIndex(text);
  const diagnostics: PermissionDiagnostic[] = [];
  const statements: TrustStatement[] = [];
  const error = (
    problem: DiagnosticProblem,
    from: number,
    to: number,
    kind: PermissionDiagnostic['kind'] = 'shape',
  ) => {
    diagnostics.push({ ...rangeAt(from, to), severity: 'error', kind, ...described(problem) });
  };
  const brace = (node: JsonObjectNode): [number, number] => [node.from, node.from + 1];

  const root = parsed.root;
  if (root.type !== 'object') {
    error({ code: 'trustNotObject', params: { found: jsonValueKind(root) } }, root.from, root.to);
    return { valid: false, statements, diagnostics };
  }
  let list: JsonNode | undefined;
  for (const member of root.members) {
    if (member.key.value === 'statements' && !list) list = member.value;
    else
      error({ code: 'trustUnknownKey', params: { key: member.key.value } }, member.key.from, member.key.to);
  }
  if (!list) {
    error({ code: 'statementsMissing', params: {} }, ...brace(root));
    return { valid: false, statements, diagnostics };
  }
  if (list.type !== 'array') {
    error({ code: 'trustStatementsNotArray', params: { found: jsonValueKind(list) } }, list.from, list.to);
    return { valid: false, statements, diagnostics };
  }

  list.items.forEach((node, index) => {
    const before = diagnostics.length;
    const statement = index + 1;
    if (node.type !== 'object') {
      error(
        { code: 'trustStatementNotObject', params: { statement, found: jsonValueKind(node) } },
        node.from,
        node.to,
      );
      return;
    }
    const seen = new Map<string, JsonNode>();
    for (const member of node.members) {
      const key = member.key.value;
      if (key !== 'effect' && key !== 'principal' && key !== 'condition') {
        error(
          { code: 'trustStatementUnknownKey', params: { key, statement } },
          member.key.from,
          member.key.to,
        );
      } else if (seen.has(key)) {
        error({ code: 'statementKeyTwice', params: { key, statement } }, member.key.from, member.key.to);
      } else seen.set(key, member.value);
    }

    const effectNode = seen.get('effect');
    let effect: 'allow' | 'deny' | null = null;
    if (!effectNode) error({ code: 'trustEffectMissing', params: { statement } }, ...brace(node));
    else if (effectNode.type === 'string' && (effectNode.value === 'allow' || effectNode.value === 'deny'))
      effect = effectNode.value;
    else
      error(
        effectNode.type === 'string'
          ? { code: 'effectInvalid', params: { value: effectNode.value, lowerCase: null } }
          : { code: 'effectNotString', params: { found: jsonValueKind(effectNode) } },
        effectNode.from,
        effectNode.to,
      );

    const principals: string[] = [];
    const principalNode = seen.get('principal');
    if (!principalNode) {
      error({ code: 'principalMissing', params: { statement } }, ...brace(node));
    } else if (principalNode.type !== 'object') {
      error(
        { code: 'principalNotObject', params: { found: jsonValueKind(principalNode) } },
        principalNode.from,
        principalNode.to,
      );
    } else {
      let soracom: JsonNode | undefined;
      for (const member of principalNode.members) {
        if (member.key.value === 'soracom' && !soracom) soracom = member.value;
        else
          error(
            { code: 'principalUnknownKey', params: { key: member.key.value } },
            member.key.from,
            member.key.to,
          );
      }
      if (!soracom) error({ code: 'soracomMissing', params: {} }, ...brace(principalNode));
      else {
        const items = soracom.type === 'array' ? soracom.items : soracom.type === 'string' ? [soracom] : null;
        if (!items)
          error(
            { code: 'soracomNotArray', params: { found: jsonValueKind(soracom) } },
            soracom.from,
            soracom.to,
          );
        else if (items.length === 0) error({ code: 'soracomEmpty', params: {} }, soracom.from, soracom.to);
        else
          for (const item of items) {
            if (item.type !== 'string') {
              error(
                { code: 'principalNotString', params: { found: jsonValueKind(item) } },
                item.from,
                item.to,
              );
            } else if (!parsePrincipalSrn(item.value)) {
              error({ code: 'principalNotSrn', params: { value: item.value } }, item.from, item.to);
            } else principals.push(item.value);
          }
      }
    }

    let conditionExpr: ConditionExpr | null = null;
    const conditionNode = seen.get('condition');
    if (conditionNode) {
      if (conditionNode.type !== 'string') {
        error(
          { code: 'trustConditionNotString', params: { found: jsonValueKind(conditionNode) } },
          conditionNode.from,
          conditionNode.to,
        );
      } else {
        const result = parseCondition(conditionNode.value);
        const [first] = result.errors;
        if (first) {
          const map = decodedToSourceOffsets(text, conditionNode);
          const from = map[Math.min(first.from, map.length - 1)] ?? conditionNode.from;
          let to = map[Math.min(first.to, map.length - 1)] ?? conditionNode.to;
          if (to <= from) to = Math.min(from + 1, conditionNode.to);
          error({ code: 'condition', params: { problem: first.problem } }, from, to, 'condition');
        }
        conditionExpr = result.expr;
      }
    }
    if (diagnostics.length === before && effect)
      statements.push({ index, effect, principals, conditionExpr });
  });

  diagnostics.sort((a, b) => a.from - b.from || a.to - b.to);
  return { valid: diagnostics.length === 0, statements, diagnostics };
}

/** The first error of a trust policy, or null when it can be stored. */
export function firstTrustPolicyError(text: string): PermissionDiagnostic | null {
  return analyzeTrustPolicy(text).diagnostics[0] ?? null;
}

export interface TrustDecision {
  allowed: boolean;
  /** The statement that decided (0-based), or null for "no statement names the caller". */
  statementIndex: number | null;
}

/**
 * Whether the principal with this SRN may switch: a deny naming it whose condition holds wins,
 * then an allow, else no. A policy that does not validate allows nobody.
 */
export function trustPolicyAllows(
  text: string | null,
  callerSrn: string,
  call: PermissionCall,
): TrustDecision {
  if (text === null || text === '') return { allowed: false, statementIndex: null };
  const analysis = analyzeTrustPolicy(text);
  if (!analysis.valid) return { allowed: false, statementIndex: null };
  const context = createEvaluationContext(call);
  const naming = analysis.statements.filter(
    (statement) =>
      statement.principals.includes(callerSrn) &&
      (statement.conditionExpr === null || holds(statement.conditionExpr, context)),
  );
  const deny = naming.find((statement) => statement.effect === 'deny');
  if (deny) return { allowed: false, statementIndex: deny.index };
  const allow = naming.find((statement) => statement.effect === 'allow');
  return allow ? { allowed: true, statementIndex: allow.index } : { allowed: false, statementIndex: null };
}

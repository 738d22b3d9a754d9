// What the signed-in principal may do, worked out by the permission engine from what the console could read.
//
// Pure: the documents come in as text (or "could not be read"), the answer is a verdict per API and target user.
// Root may do everything. A SAM user (by password or AuthKey) is judged on their own permission, every role's
// permission and the operator's default permissions, as the server judges them; when some of those cannot be read,
// only what is certain is said (a deny that applies whatever the unread documents hold), and everything else is
// "unknown": the console then offers the action as it always did, and the server decides.
import {
  ALWAYS_ALLOWED_APIS,
  analyzePermission,
  compileApiPattern,
  evaluateCondition,
} from '../permissions/index.ts';
import type { ConditionExpr, PermissionStatement } from '../permissions/index.ts';
import {
  ALLOWED,
  UNKNOWN,
  refusing,
  rootCapabilities,
  type CallTarget,
  type Capabilities,
  type Principal,
  type PrincipalDocuments,
  type Verdict,
} from './capability-verdicts.ts';

export type { PrincipalDocuments } from './capability-verdicts.ts';

/** Conditions the console cannot evaluate for a call not yet made: the caller's IP and the HTTP method. */
function needsCallContext(expr: ConditionExpr): boolean {
  switch (expr.type) {
    case 'ipAddress':
    case 'httpMethod':
      return true;
    case 'or':
    case 'and':
      return needsCallContext(expr.left) || needsCallContext(expr.right);
    case 'not':
      return needsCallContext(expr.operand);
    case 'compare':
      return needsCallContext(expr.left) || needsCallContext(expr.right);
    default:
      return false;
  }
}

/** The valid statements of a readable document; an invalid document counts for nothing, as the server skips it. */
function statementsOf(text: string | null): readonly PermissionStatement[] {
  if (text === null || text === '') return [];
  const analysis = analyzePermission(text);
  return analysis.valid ? analysis.statements : [];
}

type Applies = 'yes' | 'no' | 'maybe';

function applies(
  statement: PermissionStatement,
  api: string,
  call: Parameters<typeof evaluateCondition>[1],
): Applies {
  if (!statement.apis.some(({ pattern }) => compileApiPattern(pattern)(api))) return 'no';
  if (statement.conditionExpr === null) return 'yes';
  if (needsCallContext(statement.conditionExpr)) return 'maybe';
  return evaluateCondition(statement.conditionExpr, call) ? 'yes' : 'no';
}

/**
 * The capabilities of a principal. `refused` holds calls the server already answered 403 during this session
 * (`refusalKey(api, target)`): they are denied whatever the documents say, since the token's permissions were
 * fixed at sign-in and may differ from the documents read since.
 */
export function capabilitiesOf(
  principal: Principal,
  documents: PrincipalDocuments,
  refused: ReadonlySet<string> = new Set(),
  now: () => Date = () => new Date(),
): Capabilities {
  if (principal.kind === 'root') return rootCapabilities();
  const readable = [documents.user, documents.defaults, ...(documents.roles ?? [])].filter(
    (text): text is string | null => text !== undefined,
  );
  const complete =
    documents.user !== undefined && documents.defaults !== undefined && documents.roles !== undefined;
  const statements = readable.flatMap(statementsOf);

  const can = (api: string, target: CallTarget = {}): Verdict => {
    if (ALWAYS_ALLOWED_APIS.includes(api)) return ALLOWED;
    const pathVariables: Record<string, string> = {};
    if (target.userName !== undefined) pathVariables.user_name = target.userName;
    const call = {
      api,
      pathVariables,
      samUserName: principal.userName,
      now: now(),
    };
    let allow: Applies = 'no';
    let deny: Applies = 'no';
    for (const statement of statements) {
      const answer = applies(statement, api, call);
      if (answer === 'no') continue;
      if (statement.effect === 'deny') deny = deny === 'yes' ? 'yes' : answer;
      else allow = allow === 'yes' ? 'yes' : answer;
    }
    // A deny anywhere wins: one that surely applies settles it, read or unread documents alike.
    if (deny === 'yes') return { kind: 'denied', api };
    if (!complete || deny === 'maybe') return UNKNOWN;
    if (allow === 'yes') return ALLOWED;
    if (allow === 'maybe') return UNKNOWN;
    return { kind: 'denied', api };
  };
  return refusing({ principal, complete, can }, refused);
}

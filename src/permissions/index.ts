// The permission engine's public API: parse, validate, print, match and evaluate SAM permission documents.
//
// Pure TypeScript, no React and no Node APIs: the editor and the server import the same code.
// The operation catalogue is NOT imported here, so a page that only needs validation does not pull
// it in; call `loadCatalogue()` (a dynamic import) where autocompletion, warnings or access
// analysis are needed.

export type {
  TextPosition,
  TextRange,
  DiagnosticKind,
  PermissionDiagnostic,
  JsonNode,
  JsonStringNode,
  JsonNumberNode,
  JsonBooleanNode,
  JsonNullNode,
  JsonArrayNode,
  JsonObjectNode,
  JsonMember,
  JsonParseResult,
  ComparisonOperator,
  ConditionExpr,
  Ipv4Cidr,
  ConditionError,
  ConditionParseResult,
  ApiPatternEntry,
  PermissionStatement,
  PermissionAnalysis,
  AnalyzeOptions,
  ApiOperation,
  ApiCatalogue,
  PermissionCall,
  PermissionSources,
  PermissionSourceKind,
  DecidingStatement,
  SkippedDocument,
  PermissionDecision,
  AccessLevel,
  AccessChange,
  AccessDelta,
  GroupAccess,
} from './types.ts';

/**
 * Parses JSON text keeping the offset of every key and value. Never throws: a malformed text gives
 * `root: null` and one syntax error at the place parsing stopped.
 *   parseJson(text: string): JsonParseResult
 */
export { parseJson } from './json-parser.ts';

/**
 * Prints a JSON tree as pretty JSON (2-space indent, `"key": value`, no trailing newline).
 * Empty arrays/objects print as `[]`/`{}`.
 *   printJson(node: JsonNode): string
 */
export { printJson } from './json-printer.ts';

/**
 * Line/column (1-based) of an offset in a text, and a TextRange for [from, to).
 *   positionAt(text: string, offset: number): TextPosition
 *   rangeAt(text: string, from: number, to: number): TextRange
 *   createLineIndex(text: string): (from: number, to: number) => TextRange   (for many ranges of one text)
 */
export { positionAt, rangeAt, createLineIndex } from './positions.ts';

/**
 * Parses a condition string (the grammar of sam-semantics.md). Offsets in the result are within
 * the condition string; `analyzePermission` maps them back into the document. Never throws.
 *   parseCondition(source: string): ConditionParseResult
 * Evaluates a parsed condition for a call (time in UTC). Missing context (no clientIp, unknown path
 * variable, no samUserName) makes the comparison/call that needs it false. Never throws.
 *   evaluateCondition(expr: ConditionExpr, call: PermissionCall): boolean
 */
export { parseCondition } from './condition-parser.ts';
export { evaluateCondition } from './condition-evaluator.ts';

/**
 * API-name patterns: `*` matches any run of characters (including none), everything else is
 * literal and case-sensitive. `compileApiPattern` returns a reusable matcher (compiled once).
 *   compileApiPattern(pattern: string): (api: string) => boolean
 *   matchesApi(pattern: string, api: string): boolean
 *   isWildcard(pattern: string): boolean
 */
export { compileApiPattern, matchesApi, isWildcard } from './api-pattern.ts';

/**
 * Parses and validates a permission document `{"statements":[{effect, api, condition?}]}`:
 * syntax, shape (unknown keys are named), conditions (errors mapped to their exact place in the
 * JSON text, escapes included), and, when `options.catalogue` is given, unknown API names as
 * warnings. Results are cached by text (and catalogue). Never throws.
 *   analyzePermission(text: string, options?: AnalyzeOptions): PermissionAnalysis
 * The first error of a document, or null when it is valid (what the server answers 400 with).
 *   firstPermissionError(text: string): PermissionDiagnostic | null
 * Pretty-prints a document (2 spaces) if it is well-formed JSON, else returns null. Content is kept
 * as is (a shape error is not fixed, only laid out).
 *   formatPermission(text: string): string | null
 * Broad scopes (`*`, `User:*`, `Role:*`, `Operator:*`) that `after` grants on terms `before` did
 * not (a covering allow added, its condition dropped or changed, a fencing deny removed): the
 * editor asks an extra confirmation. See docs/permission-engine.md for the exact rules.
 *   broadGrantsAdded(before: string | null, after: string): string[]
 */
export {
  analyzePermission,
  firstPermissionError,
  formatPermission,
  broadGrantsAdded,
  BROAD_GRANT_PATTERNS,
} from './permission-document.ts';

/**
 * Authorizes a call against the user's permission, their roles and the default permissions: a
 * matching deny whose condition holds wins, else a matching allow whose condition holds, else an
 * implicit deny. Invalid documents are skipped and reported in `skipped`. Never throws.
 *   evaluateCall(sources: PermissionSources, call: PermissionCall): PermissionDecision
 */
export { evaluateCall } from './evaluate-call.ts';

/**
 * Operations every signed-in SAM user may call whatever their permissions (`Auth:logout`): the
 * server allows them before asking `evaluateCall`, and the simulator shows them as allowed.
 */
export { ALWAYS_ALLOWED_APIS } from './evaluate-call.ts';

/**
 * The operation catalogue.
 *   createCatalogue(rows: readonly { group: string; operationId: string; method: string; path: string }[]): ApiCatalogue
 *   loadCatalogue(): Promise<ApiCatalogue>   (dynamic import of the generated data; memoized)
 */
export { createCatalogue, loadCatalogue, type CatalogueRow } from './catalogue.ts';

/**
 * Context-free access analysis (see AccessLevel for what each level means; conditions are not
 * evaluated, a conditional statement makes an operation `conditional`).
 *   accessLevel(sources: PermissionSources, api: string): AccessLevel
 *   accessDelta(before: string | null, after: string | null, defaults: string | null, catalogue: ApiCatalogue): AccessDelta
 *     (before/after are the edited document - a user's permission or the default permissions
 *      themselves; `defaults` is combined with both, pass null when editing the defaults)
 *   sourcesDelta(before: PermissionSources, after: PermissionSources, catalogue: ApiCatalogue): AccessDelta
 *     (the same for any two sets of sources: attaching a role, or a role's edit as it reaches one user)
 *   effectiveGroupAccess(sources: PermissionSources, catalogue: ApiCatalogue): GroupAccess[]
 */
export {
  accessLevel,
  accessDelta,
  sourcesDelta,
  operationsNamedBy,
  effectiveGroupAccess,
} from './access-analysis.ts';

/**
 * Trust policies: who may switch to a SAM user. `analyzeTrustPolicy` checks the shape
 * (statements, effect, `principal.soracom` SRNs of a root or SAM user, optional condition) with
 * positions; `trustPolicyAllows` decides for a caller's SRN (a deny that holds wins).
 *   analyzeTrustPolicy(text: string): TrustPolicyAnalysis
 *   firstTrustPolicyError(text: string): PermissionDiagnostic | null
 *   trustPolicyAllows(text: string | null, callerSrn: string, call: PermissionCall): TrustDecision
 *   principalSrn(operatorId: string, userName?: string): string
 *   parsePrincipalSrn(srn: string): TrustPrincipal | null
 */
export {
  analyzeTrustPolicy,
  firstTrustPolicyError,
  trustPolicyAllows,
  principalSrn,
  parsePrincipalSrn,
  type TrustPolicyAnalysis,
  type TrustStatement,
  type TrustDecision,
  type TrustPrincipal,
} from './trust-policy.ts';

/**
 * Problems as codes: every diagnostic (and condition error) carries `problem: {code, params}` beside its
 * English `message`, for a console to word in its language with a table of one function per code.
 *   wordProblem(wording, problem): string
 */
export {
  wordProblem,
  type DiagnosticProblem,
  type DiagnosticProblemCode,
  type DiagnosticProblemParams,
  type DiagnosticProblemWording,
  type ConditionProblem,
  type ConditionProblemCode,
  type ConditionProblemParams,
  type ConditionProblemWording,
  type JsonCharacter,
  type JsonValueKind,
  type ConditionToken,
  type ConditionValueType,
  type ConditionFunction,
  type CidrReason,
} from './problems.ts';

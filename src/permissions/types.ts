// The shapes the permission engine hands to the editor and the server: positions, diagnostics, documents, decisions.
import type { ConditionProblem, DiagnosticProblem } from './problems.ts';

/** A place in a document. `offset` counts UTF-16 code units from 0; `line` and `column` count from 1. */
export interface TextPosition {
  offset: number;
  line: number;
  column: number;
}

/** A span of a document: `from` inclusive, `to` exclusive (UTF-16 offsets, as CodeMirror counts them). */
export interface TextRange {
  from: number;
  to: number;
  /** Line (1-based) of `from`. */
  line: number;
  /** Column (1-based) of `from`. */
  column: number;
}

/** Where a diagnostic comes from: the JSON text, the document's shape, a condition, or the API catalogue. */
export type DiagnosticKind = 'syntax' | 'shape' | 'condition' | 'api';

/** A problem found in a document. Errors block saving; warnings (unknown API names) never do. */
export interface PermissionDiagnostic extends TextRange {
  severity: 'error' | 'warning';
  kind: DiagnosticKind;
  /** In English, for the API's answers and logs. */
  message: string;
  /** The same problem as a code and values, for a console to word in its own language. */
  problem: DiagnosticProblem;
}

// ---------------------------------------------------------------------------------------------
// JSON with positions

interface JsonNodeBase {
  /** Offset of the node's first character (the quote of a string, the brace of an object). */
  from: number;
  /** Offset just after the node's last character. */
  to: number;
}
export interface JsonStringNode extends JsonNodeBase {
  type: 'string';
  /** The decoded value (escapes resolved). */
  value: string;
}
export interface JsonNumberNode extends JsonNodeBase {
  type: 'number';
  value: number;
  /** The number as written, kept so printing does not change it (1.0 stays 1.0). */
  raw: string;
}
export interface JsonBooleanNode extends JsonNodeBase {
  type: 'boolean';
  value: boolean;
}
export interface JsonNullNode extends JsonNodeBase {
  type: 'null';
  value: null;
}
export interface JsonArrayNode extends JsonNodeBase {
  type: 'array';
  items: JsonNode[];
}
export interface JsonMember {
  key: JsonStringNode;
  value: JsonNode;
}
export interface JsonObjectNode extends JsonNodeBase {
  type: 'object';
  /** In document order; duplicate keys are kept (the validator reports them). */
  members: JsonMember[];
}
export type JsonNode =
  JsonStringNode | JsonNumberNode | JsonBooleanNode | JsonNullNode | JsonArrayNode | JsonObjectNode;

/** The result of parsing JSON text: the tree when the text is well-formed, else the first syntax error. */
export interface JsonParseResult {
  root: JsonNode | null;
  errors: PermissionDiagnostic[];
}

// ---------------------------------------------------------------------------------------------
// Conditions

export type ComparisonOperator = '==' | '!=' | '<' | '<=' | '>' | '>=';

/** A node of a parsed condition; `from`/`to` are offsets within the condition string. */
export type ConditionExpr =
  | { type: 'or'; left: ConditionExpr; right: ConditionExpr; from: number; to: number }
  | { type: 'and'; left: ConditionExpr; right: ConditionExpr; from: number; to: number }
  | { type: 'not'; operand: ConditionExpr; from: number; to: number }
  | {
      type: 'compare';
      operator: ComparisonOperator;
      left: ConditionExpr;
      right: ConditionExpr;
      from: number;
      to: number;
    }
  | { type: 'string'; value: string; from: number; to: number }
  | { type: 'integer'; value: number; from: number; to: number }
  | { type: 'variable'; name: 'currentDate' | 'currentDateTime' | 'samUserName'; from: number; to: number }
  /** date(y, m, d): midnight UTC of that day, as epoch milliseconds. */
  | { type: 'date'; epochMs: number; from: number; to: number }
  /** dateTime(y, m, d, h, mi, s) in UTC, as epoch milliseconds. */
  | { type: 'dateTime'; epochMs: number; from: number; to: number }
  | { type: 'ipAddress'; cidrs: readonly Ipv4Cidr[]; from: number; to: number }
  | { type: 'httpMethod'; methods: readonly string[]; from: number; to: number }
  | { type: 'pathVariable'; name: string; from: number; to: number };

/** An IPv4 network: `base` is the network address as an unsigned 32-bit number. */
export interface Ipv4Cidr {
  base: number;
  prefix: number;
}

/** An error inside a condition; `from`/`to` are offsets within the condition string. */
export interface ConditionError {
  /** In English. */
  message: string;
  /** The same problem as a code and values. */
  problem: ConditionProblem;
  from: number;
  to: number;
}

export interface ConditionParseResult {
  expr: ConditionExpr | null;
  errors: ConditionError[];
}

// ---------------------------------------------------------------------------------------------
// Documents

/** One API pattern of a statement, e.g. `User:*`, with where it is written. */
export interface ApiPatternEntry {
  pattern: string;
  range: TextRange;
}

/** A statement that passed validation. */
export interface PermissionStatement {
  /** Position in the `statements` array (0-based). */
  index: number;
  effect: 'allow' | 'deny';
  apis: readonly ApiPatternEntry[];
  /** The condition as written (decoded JSON string), if any. */
  condition: string | null;
  conditionExpr: ConditionExpr | null;
  /** The whole statement object `{...}` in the document. */
  range: TextRange;
}

/**
 * A document after parsing and validation. `statements` holds only valid statements; a statement
 * with any error is left out (and the document is not `valid`).
 */
export interface PermissionAnalysis {
  text: string;
  /** True when there is no error (warnings allowed). Only a valid document may be saved. */
  valid: boolean;
  statements: readonly PermissionStatement[];
  /** Errors and warnings, sorted by position. */
  diagnostics: readonly PermissionDiagnostic[];
}

/** Options of `analyzePermission`. */
export interface AnalyzeOptions {
  /**
   * When given, API names absent from the catalogue and wildcards that match none of its
   * operations are reported as warnings. Without it no API-name warnings are produced.
   */
  catalogue?: ApiCatalogue;
}

// ---------------------------------------------------------------------------------------------
// Catalogue

/** One operation of the Soracom API. `api` is `group:operationId`, the name statements use. */
export interface ApiOperation {
  api: string;
  group: string;
  operationId: string;
  method: string;
  /** Path template relative to /v1, e.g. `/operators/{operator_id}/users/{user_name}`. */
  path: string;
}

/** The catalogue of operations with the lookups the editor needs. */
export interface ApiCatalogue {
  readonly operations: readonly ApiOperation[];
  /** Group names, sorted. */
  readonly groups: readonly string[];
  get(api: string): ApiOperation | undefined;
  /** Operations a pattern (with `*` wildcards) covers, in catalogue order. */
  matching(pattern: string): readonly ApiOperation[];
  /** How many operations a pattern covers. */
  countMatching(pattern: string): number;
  /** Names of the `{placeholders}` in an operation's path, in order (empty when unknown). */
  pathVariables(api: string): readonly string[];
}

// ---------------------------------------------------------------------------------------------
// Evaluation

/** A call to authorize. Missing context makes the conditions that need it false. */
export interface PermissionCall {
  /** `group:operationId`, e.g. `User:createUser`. */
  api: string;
  /** HTTP method, any case. */
  method?: string;
  pathVariables?: Readonly<Record<string, string>>;
  /** Dotted IPv4 address of the caller. */
  clientIp?: string;
  /** The time of the call; conditions read it in UTC. Defaults to the current time. */
  now?: Date;
  /** The calling SAM user's name. */
  samUserName?: string;
}

/** The permission documents (JSON text) that apply to a SAM user. Null/absent means none. */
export interface PermissionSources {
  user?: string | null;
  /** One document per role attached to the user (may be empty). */
  roles?: readonly string[];
  defaults?: string | null;
}

export type PermissionSourceKind = 'user' | 'role' | 'default';

/** The statement that decided a call. */
export interface DecidingStatement {
  source: PermissionSourceKind;
  /** For a role: its position in `PermissionSources.roles`; otherwise 0. */
  documentIndex: number;
  statementIndex: number;
  effect: 'allow' | 'deny';
  /** The pattern of the statement that matched the API. */
  pattern: string;
  /** Where the statement is in its document. */
  range: TextRange;
}

/** A document that could not be used (not valid); its statements were ignored. */
export interface SkippedDocument {
  source: PermissionSourceKind;
  documentIndex: number;
  /** The first error of that document. */
  error: PermissionDiagnostic;
}

export interface PermissionDecision {
  allowed: boolean;
  /** The deciding statement, or null for an implicit deny (nothing matched). */
  decidedBy: DecidingStatement | null;
  /** One line in English for people and logs, e.g. `denied by default statement 2 (User:*)`. */
  reason: string;
  skipped: readonly SkippedDocument[];
}

// ---------------------------------------------------------------------------------------------
// Static access analysis (for the editor's delta and the effective-permission view)

/**
 * How a set of documents treats an operation regardless of context:
 * `allowed`  - an unconditional allow matches and no deny (conditional or not) matches;
 * `conditional` - allowed in some contexts only (a conditional allow, or an allow that a conditional deny can override);
 * `denied`   - no allow matches, or an unconditional deny matches.
 */
export type AccessLevel = 'allowed' | 'conditional' | 'denied';

export interface AccessChange {
  api: string;
  before: AccessLevel;
  after: AccessLevel;
}

export interface AccessDelta {
  /** Operations whose level went up (denied → conditional/allowed, conditional → allowed). */
  newlyAllowed: readonly AccessChange[];
  /** Operations whose level went down. */
  newlyDenied: readonly AccessChange[];
}

export interface GroupAccess {
  group: string;
  total: number;
  allowed: number;
  conditional: number;
}

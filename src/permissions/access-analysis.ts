// Context-free access analysis: which operations a set of documents allows, for the access delta and the effective view.
import type {
  AccessChange,
  AccessDelta,
  AccessLevel,
  ApiCatalogue,
  ApiOperation,
  GroupAccess,
  PermissionSources,
  PermissionStatement,
} from './types.ts';
import { analyzePermission } from './permission-document.ts';
import { compileApiPattern } from './api-pattern.ts';

const RANK: Record<AccessLevel, number> = { denied: 0, conditional: 1, allowed: 2 };

function validStatements(sources: PermissionSources): PermissionStatement[] {
  if (!sources || typeof sources !== 'object') return [];
  const texts: unknown[] = [
    sources.user,
    ...(Array.isArray(sources.roles) ? sources.roles : []),
    sources.defaults,
  ];
  const statements: PermissionStatement[] = [];
  for (const text of texts) {
    if (typeof text !== 'string') continue;
    const analysis = analyzePermission(text);
    // An invalid document is skipped as a whole, as evaluation skips it.
    if (analysis.valid) statements.push(...analysis.statements);
  }
  return statements;
}

function levelFor(statements: readonly PermissionStatement[], api: string): AccessLevel {
  let allow = false;
  let conditionalAllow = false;
  let conditionalDeny = false;
  for (const statement of statements) {
    if (!statement.apis.some(({ pattern }) => compileApiPattern(pattern)(api))) continue;
    const conditional = statement.conditionExpr !== null;
    if (statement.effect === 'deny') {
      if (!conditional) return 'denied';
      conditionalDeny = true;
    } else if (conditional) {
      conditionalAllow = true;
    } else {
      allow = true;
    }
  }
  if (allow && !conditionalDeny) return 'allowed';
  if (allow || conditionalAllow) return 'conditional';
  return 'denied';
}

export function accessLevel(sources: PermissionSources, api: string): AccessLevel {
  return levelFor(validStatements(sources), api);
}

export function accessDelta(
  before: string | null,
  after: string | null,
  defaults: string | null,
  catalogue: ApiCatalogue,
): AccessDelta {
  return sourcesDelta({ user: before, defaults }, { user: after, defaults }, catalogue);
}

/**
 * The same delta between any two sets of sources: attaching or detaching a role (the user's
 * roles before and after), or editing one role as it reaches one user (the other sources fixed).
 */
export function sourcesDelta(
  before: PermissionSources,
  after: PermissionSources,
  catalogue: ApiCatalogue,
  /** Only these operations are compared (see operationsNamedBy); all of the catalogue's by default. */
  operations: readonly ApiOperation[] = catalogue.operations,
): AccessDelta {
  const beforeStatements = validStatements(before);
  const afterStatements = validStatements(after);
  const newlyAllowed: AccessChange[] = [];
  const newlyDenied: AccessChange[] = [];
  for (const { api } of operations) {
    const was = levelFor(beforeStatements, api);
    const now = levelFor(afterStatements, api);
    if (RANK[now] > RANK[was]) newlyAllowed.push({ api, before: was, after: now });
    else if (RANK[now] < RANK[was]) newlyDenied.push({ api, before: was, after: now });
  }
  return { newlyAllowed, newlyDenied };
}

/**
 * The operations any statement of these documents names, in catalogue order. When two sets of sources differ only
 * in these documents (one role's saved and edited text), an operation none of them names keeps its level on both
 * sides, so a delta need not look at it: a role's review for 50 users then compares tens of operations, not all.
 */
export function operationsNamedBy(
  documents: readonly (string | null)[],
  catalogue: ApiCatalogue,
): ApiOperation[] {
  const statements = validStatements({ roles: documents.filter((text): text is string => text !== null) });
  return catalogue.operations.filter(({ api }) =>
    statements.some((statement) => statement.apis.some(({ pattern }) => compileApiPattern(pattern)(api))),
  );
}

export function effectiveGroupAccess(sources: PermissionSources, catalogue: ApiCatalogue): GroupAccess[] {
  const statements = validStatements(sources);
  const byGroup = new Map<string, GroupAccess>(
    catalogue.groups.map((group) => [group, { group, total: 0, allowed: 0, conditional: 0 }]),
  );
  for (const operation of catalogue.operations) {
    const entry = byGroup.get(operation.group);
    if (!entry) continue;
    entry.total++;
    const level = levelFor(statements, operation.api);
    if (level === 'allowed') entry.allowed++;
    else if (level === 'conditional') entry.conditional++;
  }
  return [...byGroup.values()];
}

// Credential hygiene of SAM users: which filters a user matches (no MFA, old or unused AuthKeys, broad permission...)
// and how many users each filter holds, from listUsers plus the MFA statuses known so far. Pure: no React, no fetch.
import type { UserDetail } from '../../api/operations.ts';
import type { MfaStatus } from '../../lib/sam-rules.ts';

export const hygieneFilterIds = [
  'mfa-off',
  'password-no-mfa',
  'old-keys',
  'unused-keys',
  'no-credentials',
  'has-roles',
  'no-roles',
  'broad-permission',
  'denies-nothing',
] as const;
export type HygieneFilterId = (typeof hygieneFilterIds)[number];

export const DEFAULT_KEY_AGE_DAYS = 90;
const DAY_SECONDS = 86_400;

export interface HygieneContext {
  /** UNIX seconds: "now", so an AuthKey's age is measured against one clock for the whole list. */
  now: number;
  /** AuthKeys created more than this many days ago count as old. */
  keyAgeDays: number;
  /** MFA statuses known so far (listUsers does not carry them). */
  mfa: ReadonlyMap<string, MfaStatus>;
}

/** The filters that need a user's MFA status, which listUsers lacks: choosing one loads every status. */
export const mfaFilters: ReadonlySet<HygieneFilterId> = new Set<HygieneFilterId>([
  'mfa-off',
  'password-no-mfa',
]);

export function isHygieneFilterId(value: string): value is HygieneFilterId {
  return (hygieneFilterIds as readonly string[]).includes(value);
}

/** `*` or a whole group such as `User:*`: an allow on these grants every operation it covers. */
export function isBroadApiPattern(pattern: string): boolean {
  return pattern === '*' || /^[A-Za-z][A-Za-z0-9]*:\*$/.test(pattern);
}

export interface PermissionShape {
  /** An allow statement (with or without a condition) on `*` or `Group:*`. */
  broad: boolean;
  /** The document allows something and has no deny statement at all. */
  deniesNothing: boolean;
}

function statementsOf(permission: string): { effect: unknown; api: unknown }[] | null {
  try {
    const document: unknown = JSON.parse(permission);
    if (typeof document !== 'object' || document === null) return null;
    const statements = (document as { statements?: unknown }).statements;
    if (!Array.isArray(statements)) return null;
    return statements.filter(
      (item): item is { effect: unknown; api: unknown } => typeof item === 'object' && item !== null,
    );
  } catch {
    return null;
  }
}

/**
 * What a user's own permission document looks like; an absent or malformed document is neither broad nor
 * denying. A plain JSON read rather than the permission engine: the server only stores valid documents,
 * and the list should not carry the engine's parser for one question.
 */
export function permissionShape(permission: string | undefined): PermissionShape {
  if (permission === undefined || permission.trim() === '') return { broad: false, deniesNothing: false };
  const cached = shapes.get(permission);
  if (cached) return cached;
  const shape = readPermissionShape(permission);
  // Counting nine filters over a thousand users asks the same question many times; most users share a few documents.
  if (shapes.size > 5_000) shapes.clear();
  shapes.set(permission, shape);
  return shape;
}

const shapes = new Map<string, PermissionShape>();

function readPermissionShape(permission: string): PermissionShape {
  const statements = statementsOf(permission);
  if (!statements) return { broad: false, deniesNothing: false };
  const apisOf = (api: unknown): string[] =>
    typeof api === 'string' ? [api] : Array.isArray(api) ? api.filter((a) => typeof a === 'string') : [];
  const allows = statements.filter((statement) => statement.effect === 'allow');
  const denies = statements.filter((statement) => statement.effect === 'deny');
  return {
    broad: allows.some((statement) => apisOf(statement.api).some(isBroadApiPattern)),
    deniesNothing: allows.length > 0 && denies.length === 0,
  };
}

/** The creation time (UNIX seconds) of the user's oldest AuthKey, or null without keys. */
export function oldestKeyCreated(user: UserDetail): number | null {
  let oldest: number | null = null;
  for (const key of user.authKeyList) {
    if (oldest === null || key.createDateTime < oldest) oldest = key.createDateTime;
  }
  return oldest;
}

/** The latest sign-in with any of the user's AuthKeys (UNIX seconds), or null when none was ever used. */
export function lastKeyUse(user: UserDetail): number | null {
  let latest: number | null = null;
  for (const key of user.authKeyList) {
    const used = key.lastUsedDateTime;
    if (used !== undefined && (latest === null || used > latest)) latest = used;
  }
  return latest;
}

/** Whole days between two UNIX times, rounded down. */
export function daysBetween(from: number, to: number): number {
  return Math.floor((to - from) / DAY_SECONDS);
}

/**
 * Whether the user matches the filter: true, false, or undefined when it depends on an MFA status not
 * known yet (the list shows such users as "checking", never as a match).
 */
export function matchesHygieneFilter(
  user: UserDetail,
  filter: HygieneFilterId,
  context: HygieneContext,
): boolean | undefined {
  switch (filter) {
    case 'mfa-off': {
      const status = context.mfa.get(user.userName);
      return status === undefined ? undefined : status !== 'ACTIVE';
    }
    case 'password-no-mfa': {
      if (!user.hasPassword) return false;
      const status = context.mfa.get(user.userName);
      return status === undefined ? undefined : status !== 'ACTIVE';
    }
    case 'old-keys': {
      const cutoff = context.now - context.keyAgeDays * DAY_SECONDS;
      return user.authKeyList.some((key) => key.createDateTime < cutoff);
    }
    case 'unused-keys':
      return user.authKeyList.some((key) => key.lastUsedDateTime === undefined);
    case 'no-credentials':
      return !user.hasPassword && user.authKeyList.length === 0;
    case 'has-roles':
      return user.roleList.length > 0;
    case 'no-roles':
      return user.roleList.length === 0;
    case 'broad-permission':
      return permissionShape(user.permission).broad;
    case 'denies-nothing':
      return permissionShape(user.permission).deniesNothing;
  }
}

export interface HygieneFilterResult {
  /** Users that match every chosen filter (AND); users whose match is not known yet are left out. */
  users: UserDetail[];
  /** Users left out only because an MFA status they need is still unknown. */
  undecided: number;
}

/** Keeps the users matching all chosen filters. No filters: everyone. */
export function applyHygieneFilters(
  users: readonly UserDetail[],
  filters: readonly HygieneFilterId[],
  context: HygieneContext,
): HygieneFilterResult {
  if (filters.length === 0) return { users: [...users], undecided: 0 };
  const kept: UserDetail[] = [];
  let undecided = 0;
  for (const user of users) {
    let all: boolean | undefined = true;
    for (const filter of filters) {
      const match = matchesHygieneFilter(user, filter, context);
      if (match === false) {
        all = false;
        break;
      }
      if (match === undefined) all = undefined;
    }
    if (all === true) kept.push(user);
    else if (all === undefined) undecided += 1;
  }
  return { users: kept, undecided };
}

export interface HygieneCount {
  /** Users known to match. */
  count: number;
  /** Users whose match is not known yet (MFA status not loaded); 0 when the count is final. */
  unknown: number;
}

/** How many users each filter would show on its own, over the given users (the list after search). */
export function countHygiene(
  users: readonly UserDetail[],
  context: HygieneContext,
): Record<HygieneFilterId, HygieneCount> {
  const counts = Object.fromEntries(hygieneFilterIds.map((id) => [id, { count: 0, unknown: 0 }])) as Record<
    HygieneFilterId,
    HygieneCount
  >;
  for (const user of users) {
    for (const id of hygieneFilterIds) {
      const match = matchesHygieneFilter(user, id, context);
      if (match === true) counts[id].count += 1;
      else if (match === undefined) counts[id].unknown += 1;
    }
  }
  return counts;
}

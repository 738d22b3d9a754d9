// The user list's view state (search, sort, page) read from and written to URL search params, and the pure filter/sort/page steps.
import type { UserDetail } from '../../api/operations.ts';
import type { MfaStatus } from '../../lib/sam-rules.ts';
import { DEFAULT_KEY_AGE_DAYS, isHygieneFilterId, type HygieneFilterId } from './credential-hygiene.ts';

export const sortKeys = [
  'name',
  'description',
  'password',
  'mfa',
  'authKeys',
  'lastSignIn',
  'created',
  'updated',
] as const;
export type SortKey = (typeof sortKeys)[number];
export type SortDirection = 'asc' | 'desc';
export const PAGE_SIZE = 50;

export interface ListView {
  query: string;
  sort: SortKey;
  direction: SortDirection;
  page: number;
  /** Hygiene filters, all of which a user must match (`f=mfa-off,old-keys`). */
  filters: HygieneFilterId[];
  /** What "old" means for the AuthKey filter, in days (`age=180`). */
  keyAgeDays: number;
}

function isSortKey(value: string | null): value is SortKey {
  return value !== null && (sortKeys as readonly string[]).includes(value);
}

export function readListView(params: URLSearchParams): ListView {
  const sort = params.get('sort');
  const page = Number.parseInt(params.get('page') ?? '1', 10);
  const age = Number.parseInt(params.get('age') ?? '', 10);
  const filters = (params.get('f') ?? '').split(',').filter(isHygieneFilterId);
  return {
    query: params.get('q') ?? '',
    sort: isSortKey(sort) ? sort : 'name',
    direction: params.get('dir') === 'desc' ? 'desc' : 'asc',
    page: Number.isFinite(page) && page > 0 ? page : 1,
    // Deduplicated and in a fixed order, so one selection has one URL.
    filters: [...new Set(filters)].sort(),
    keyAgeDays: Number.isFinite(age) && age > 0 && age <= 36_500 ? age : DEFAULT_KEY_AGE_DAYS,
  };
}

/** Writes only what differs from the defaults, so a plain /users stays plain. */
export function writeListView(view: ListView): URLSearchParams {
  const params = new URLSearchParams();
  if (view.query) params.set('q', view.query);
  if (view.sort !== 'name') params.set('sort', view.sort);
  if (view.direction !== 'asc') params.set('dir', view.direction);
  if (view.page > 1) params.set('page', String(view.page));
  if (view.filters.length > 0) params.set('f', [...view.filters].sort().join(','));
  if (view.keyAgeDays !== DEFAULT_KEY_AGE_DAYS) params.set('age', String(view.keyAgeDays));
  return params;
}

/** Choosing or dropping a hygiene filter; the result starts on its first page. */
export function toggleFilter(view: ListView, filter: HygieneFilterId): ListView {
  const filters = view.filters.includes(filter)
    ? view.filters.filter((item) => item !== filter)
    : [...view.filters, filter].sort();
  return { ...view, filters, page: 1 };
}

/** Clicking a column header: a new column sorts ascending, the same column flips. */
export function nextSort(view: ListView, key: SortKey): ListView {
  const direction: SortDirection = view.sort === key && view.direction === 'asc' ? 'desc' : 'asc';
  return { ...view, sort: key, direction, page: 1 };
}

export function filterUsers(users: readonly UserDetail[], query: string): UserDetail[] {
  const needle = query.trim().toLocaleLowerCase();
  if (!needle) return [...users];
  return users.filter(
    (user) =>
      user.userName.toLocaleLowerCase().includes(needle) ||
      (user.description ?? '').toLocaleLowerCase().includes(needle),
  );
}

const mfaRank: Record<MfaStatus, number> = { INACTIVE: 0, UNCONFIRMED: 1, ACTIVE: 2 };

/** Sorts a copy; ties fall back to the name so the order is stable. Unknown MFA statuses go last either way. */
export function sortUsers(
  users: readonly UserDetail[],
  key: SortKey,
  direction: SortDirection,
  mfa: ReadonlyMap<string, MfaStatus> = new Map(),
): UserDetail[] {
  const sign = direction === 'asc' ? 1 : -1;
  const byName = (a: UserDetail, b: UserDetail) => a.userName.localeCompare(b.userName);
  const compare = (a: UserDetail, b: UserDetail): number => {
    switch (key) {
      case 'name':
        return sign * byName(a, b);
      case 'description':
        return sign * (a.description ?? '').localeCompare(b.description ?? '') || byName(a, b);
      case 'password':
        return sign * (Number(a.hasPassword) - Number(b.hasPassword)) || byName(a, b);
      case 'authKeys':
        return sign * (a.authKeyList.length - b.authKeyList.length) || byName(a, b);
      case 'created':
        return sign * (a.createDateTime - b.createDateTime) || byName(a, b);
      case 'updated':
        return sign * (a.updateDateTime - b.updateDateTime) || byName(a, b);
      case 'lastSignIn':
        // Never signed in counts as the oldest.
        return sign * ((a.lastSignInDateTime ?? 0) - (b.lastSignInDateTime ?? 0)) || byName(a, b);
      case 'mfa': {
        const left = mfa.get(a.userName);
        const right = mfa.get(b.userName);
        if (left === undefined || right === undefined) {
          if (left === right) return byName(a, b);
          return left === undefined ? 1 : -1;
        }
        return sign * (mfaRank[left] - mfaRank[right]) || byName(a, b);
      }
    }
  };
  return [...users].sort(compare);
}

export function pageOf<T>(items: readonly T[], page: number): { rows: T[]; page: number; pageCount: number } {
  const pageCount = Math.max(1, Math.ceil(items.length / PAGE_SIZE));
  const current = Math.min(Math.max(1, page), pageCount);
  return { rows: items.slice((current - 1) * PAGE_SIZE, current * PAGE_SIZE), page: current, pageCount };
}

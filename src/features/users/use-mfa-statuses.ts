// MFA statuses of a set of users (listUsers lacks them): fetched a few at a time through the shared, cached query,
// answered as one primitive per user so a memoised row re-renders only when its own status arrives.
import { useQueries } from '@tanstack/react-query';
import { isApiError } from '../../api/api-error.ts';
import type { MfaStatus } from '../../lib/sam-rules.ts';
import { userMfaStatusOptions } from '../../queries/user-queries.ts';

/** A status, or why there is none: still loading, refused (403), or failed. */
export type MfaCellState = MfaStatus | 'loading' | 'forbidden' | 'failed';

export interface MfaStatuses {
  states: ReadonlyMap<string, MfaCellState>;
  /** Only the statuses actually read, for filters, counts and sorting. */
  known: ReadonlyMap<string, MfaStatus>;
  pending: number;
  /** The operation a 403 named, for the "Not permitted" hint. */
  forbiddenOperation: string | null;
}

export const MFA_STALE_MS = 60_000;

export function useMfaStatuses(userNames: readonly string[]): MfaStatuses {
  return useQueries({
    // Kept a minute: paging back and forth, or a filter after the report, does not ask again.
    queries: userNames.map((userName) => ({ ...userMfaStatusOptions(userName), staleTime: MFA_STALE_MS })),
    combine: (results) => {
      const states = new Map<string, MfaCellState>();
      const known = new Map<string, MfaStatus>();
      let pending = 0;
      let forbiddenOperation: string | null = null;
      results.forEach((result, index) => {
        const name = userNames[index];
        if (name === undefined) return;
        if (result.data) {
          states.set(name, result.data.status);
          known.set(name, result.data.status);
        } else if (isApiError(result.error) && result.error.status === 403) {
          states.set(name, 'forbidden');
          forbiddenOperation = result.error.operation;
        } else if (result.error) {
          states.set(name, 'failed');
        } else {
          states.set(name, 'loading');
          pending += 1;
        }
      });
      return { states, known, pending, forbiddenOperation };
    },
  });
}

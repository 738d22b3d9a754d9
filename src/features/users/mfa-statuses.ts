// What the list knows of its users' MFA statuses (listUsers lacks them): one primitive per user, and how long a
// status read is kept.
import type { MfaStatus } from '../../lib/sam-rules.ts';

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

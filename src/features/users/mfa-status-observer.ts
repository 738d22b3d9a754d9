// Reads the MFA statuses of a set of users through the shared, cached query (six at a time, see user-queries.ts) and
// answers them as one primitive per user. Its own chunk: the list loads it after its first paint (use-mfa-statuses.ts).
import {
  QueriesObserver,
  type QueryClient,
  type QueryObserverOptions,
  type QueryObserverResult,
} from '@tanstack/react-query';
import { isApiError } from '../../api/api-error.ts';
import type { MfaStatus } from '../../lib/sam-rules.ts';
import { userMfaStatusOptions } from '../../queries/user-queries.ts';
import { MFA_STALE_MS, type MfaCellState, type MfaStatuses } from './mfa-statuses.ts';

export interface MfaStatusObserver {
  /** Whose statuses to read: those no longer listed stop being watched (a fetch in flight is dropped). */
  setUserNames(userNames: readonly string[]): void;
  stop(): void;
}

function combine(userNames: readonly string[], results: readonly QueryObserverResult[]): MfaStatuses {
  const states = new Map<string, MfaCellState>();
  const known = new Map<string, MfaStatus>();
  let pending = 0;
  let forbiddenOperation: string | null = null;
  results.forEach((result, index) => {
    const name = userNames[index];
    if (name === undefined) return;
    const data = result.data as { status: MfaStatus } | undefined;
    if (data) {
      states.set(name, data.status);
      known.set(name, data.status);
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
}

/** Watches the users' statuses; `onChange` hears each change (answers arriving together are told once). */
export function observeMfaStatuses(
  client: QueryClient,
  onChange: (statuses: MfaStatuses) => void,
): MfaStatusObserver {
  let userNames: readonly string[] = [];
  const observer = new QueriesObserver(client, []);
  const tell = () => onChange(combine(userNames, observer.getCurrentResult()));
  const unsubscribe = observer.subscribe(tell);
  return {
    setUserNames(next) {
      userNames = next;
      // Kept a minute: paging back and forth, or a filter after the report, does not ask again.
      observer.setQueries(
        next.map(
          // The observer holds queries of any data; each of these answers a user's MFA status.
          (userName) =>
            ({ ...userMfaStatusOptions(userName), staleTime: MFA_STALE_MS }) as QueryObserverOptions,
        ),
      );
      tell();
    },
    stop() {
      unsubscribe();
      observer.destroy();
    },
  };
}

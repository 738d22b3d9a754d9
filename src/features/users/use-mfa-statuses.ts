// MFA statuses of a set of users (listUsers lacks them), answered as one primitive per user so a memoised row
// re-renders only when its own status arrives. What reads them (mfa-status-observer.ts, with the query machinery it
// needs) is fetched after the list's first paint: the rows show first, with "…" until their status arrives.
import { useEffect, useMemo, useRef, useState } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import type { MfaStatusObserver } from './mfa-status-observer.ts';
import type { MfaStatuses } from './mfa-statuses.ts';

const NOTHING_READ: MfaStatuses = {
  states: new Map(),
  known: new Map(),
  pending: 0,
  forbiddenOperation: null,
};

/** The statuses of `userNames` (a stable array: a new one asks for the users it adds, and drops those it lacks). */
export function useMfaStatuses(userNames: readonly string[]): MfaStatuses {
  const client = useQueryClient();
  const [statuses, setStatuses] = useState<MfaStatuses>(NOTHING_READ);
  const observer = useRef<MfaStatusObserver | null>(null);
  const wanted = useRef(userNames);
  useEffect(() => {
    wanted.current = userNames;
    observer.current?.setUserNames(userNames);
  }, [userNames]);
  useEffect(() => {
    let stopped = false;
    void import('./mfa-status-observer.ts').then(({ observeMfaStatuses }) => {
      if (stopped) return;
      observer.current = observeMfaStatuses(client, setStatuses);
      observer.current.setUserNames(wanted.current);
    });
    return () => {
      stopped = true;
      observer.current?.stop();
      observer.current = null;
    };
  }, [client]);
  // Until the reader has arrived, every user asked for is still loading.
  const waiting = useMemo<MfaStatuses>(
    () => ({
      ...NOTHING_READ,
      states: new Map(userNames.map((userName) => [userName, 'loading'])),
      pending: userNames.length,
    }),
    [userNames],
  );
  return statuses === NOTHING_READ ? waiting : statuses;
}
